import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows up to the limit in a window, then says how long to wait', () => {
    const c = clock();
    const limiter = new RateLimiter(c.now);
    for (let i = 0; i < 3; i++) expect(limiter.hit('k', 3, 60_000)).toBe(0);
    c.advance(15_000);
    expect(limiter.hit('k', 3, 60_000)).toBe(45);
  });

  it('starts counting again in the next window', () => {
    const c = clock();
    const limiter = new RateLimiter(c.now);
    for (let i = 0; i < 5; i++) limiter.hit('k', 3, 1_000);
    c.advance(1_000);
    expect(limiter.hit('k', 3, 1_000)).toBe(0);
  });

  it('counts each key apart', () => {
    const limiter = new RateLimiter(clock().now);
    limiter.hit('a', 1, 1_000);
    expect(limiter.hit('a', 1, 1_000)).toBeGreaterThan(0);
    expect(limiter.hit('b', 1, 1_000)).toBe(0);
  });

  it('keeps its memory bounded under a flood of distinct keys', () => {
    const limiter = new RateLimiter(clock().now, 100);
    for (let i = 0; i < 10_000; i++) limiter.hit(`key-${i}`, 1, 60_000);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
