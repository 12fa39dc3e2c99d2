import { describe, expect, it } from 'vitest';
import { loggablePath } from './log-path';

describe('loggablePath', () => {
  it('hides join and certificate codes', () => {
    expect(loggablePath('/join/K7QM-4XP0')).toBe('/join/:code');
    expect(loggablePath('/certificates/ABCDEFGHJKMN.pdf')).toBe('/certificates/:code');
    expect(loggablePath('/verify/ABCDEFGHJKMN')).toBe('/verify/:code');
  });

  it('keeps other paths, bounded in length', () => {
    expect(loggablePath('/graphql')).toBe('/graphql');
    expect(loggablePath('/x'.repeat(500))).toHaveLength(200);
  });
});
