import { describe, expect, it } from 'vitest';
import { retryDelay } from './subscriptions';

describe('retryDelay', () => {
  it('waits longer after each failed try, up to 15 seconds', () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => retryDelay(n, noJitter))).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('spreads a room’s reconnections over up to a second', () => {
    expect(retryDelay(0, () => 0.999)).toBe(1999);
  });
});
