import { describe, expect, it } from 'vitest';
import { normalizeJoinCode } from './join-code';

describe('normalizeJoinCode', () => {
  it('formats a code typed in lower case, with spaces and without the dash', () => {
    expect(normalizeJoinCode(' k7qm 4xp0 ')).toBe('K7QM-4XP0');
  });

  it('reads O as zero and I or L as one, as the server does', () => {
    expect(normalizeJoinCode('K7QM-4XPO')).toBe('K7QM-4XP0');
    expect(normalizeJoinCode('abcd-efgl')).toBe('ABCD-EFG1');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeJoinCode('K7QM-4XP')).toBeNull();
    expect(normalizeJoinCode('K7QM-4XPU')).toBeNull();
    expect(normalizeJoinCode('')).toBeNull();
  });
});
