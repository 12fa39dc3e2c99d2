import { describe, expect, it } from 'vitest';
import { InMemoryRateLimitStore } from './in-memory-rate-limit.store';

describe('InMemoryRateLimitStore', () => {
  it('refuses the attempt past the limit with the seconds left in the window', async () => {
    let now = 0;
    const store = new InMemoryRateLimitStore(() => now);
    expect(await store.hit('k', 2, 10_000)).toBe(0);
    expect(await store.hit('k', 2, 10_000)).toBe(0);
    now = 4_000;
    expect(await store.hit('k', 2, 10_000)).toBe(6);
  });

  it('keeps one random salt for its lifetime, different for another process', async () => {
    const one = new InMemoryRateLimitStore();
    expect((await one.sourceSalt()).equals(await one.sourceSalt())).toBe(true);
    expect((await one.sourceSalt()).equals(await new InMemoryRateLimitStore().sourceSalt())).toBe(false);
  });
});
