import { describe, expect, it } from 'vitest';
import { formatJoinCode, generateJoinCode, normalizeJoinCode } from './join-code';

describe('join codes', () => {
  it('makes 8 unambiguous characters', () => {
    const code = generateJoinCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(normalizeJoinCode(code)).toBe(code);
  });

  it('accepts what people type: lower case, a dash, O for zero and l for one', () => {
    expect(normalizeJoinCode(' k7qm-4xpo ')).toBe('K7QM4XP0');
    expect(normalizeJoinCode('abcd-efgl')).toBe('ABCDEFG1');
  });

  it('refuses codes of the wrong length or with letters outside the alphabet', () => {
    expect(normalizeJoinCode('ABC')).toBeNull();
    expect(normalizeJoinCode('ABCDEFGU')).toBeNull();
  });

  it('is shown in two groups of four', () => {
    expect(formatJoinCode('K7QM4XP0')).toBe('K7QM-4XP0');
  });
});
