import { describe, expect, it } from 'vitest';
import { isoDate, optionalText, requiredText } from './group-input';

describe('group input', () => {
  it('trims and folds spaces in text', () => {
    expect(requiredText('name', '  Brest   police ', 120)).toBe('Brest police');
  });

  it('refuses empty or too long text, naming the field', () => {
    expect(() => requiredText('name', '   ', 120)).toThrow(/name: write 1 to 120 characters/);
    expect(() => requiredText('name', 'x'.repeat(121), 120)).toThrow(/name/);
  });

  it('turns empty optional text into null', () => {
    expect(optionalText('region', '  ', 80)).toBeNull();
  });

  it('accepts real calendar dates only', () => {
    expect(isoDate('startsOn', '2026-11-23')).toBe('2026-11-23');
    expect(() => isoDate('startsOn', '2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => isoDate('startsOn', '23.11.2026')).toThrow(/startsOn/);
  });
});
