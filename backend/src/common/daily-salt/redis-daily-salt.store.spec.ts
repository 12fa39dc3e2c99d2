import { describe, expect, it } from 'vitest';
import { msUntilEndOf } from './redis-daily-salt.store';

describe('msUntilEndOf', () => {
  it('counts to midnight UTC at the end of the day', () => {
    expect(msUntilEndOf('2026-11-23', Date.parse('2026-11-23T23:00:00Z'))).toBe(3_600_000);
  });

  it('is zero or less once the day is over', () => {
    expect(msUntilEndOf('2026-11-23', Date.parse('2026-11-24T00:00:00Z'))).toBe(0);
    expect(msUntilEndOf('2026-11-22', Date.parse('2026-11-24T00:00:00Z'))).toBeLessThan(0);
  });
});
