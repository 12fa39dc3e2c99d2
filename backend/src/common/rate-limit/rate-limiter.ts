/**
 * Fixed-window counters in memory, keyed by an opaque string. Bounded: when more keys than
 * `maxKeys` are live, expired windows are swept and, failing that, the oldest keys are dropped.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one attempt; returns the seconds to wait when over the limit, or 0 when allowed. */
  hit(key: string, limit: number, windowMs: number): number {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.delete(key);
      this.windows.set(key, window);
      this.evictIfFull(windowMs);
    }
    window.count++;
    if (window.count <= limit) return 0;
    return Math.ceil((window.startedAt + windowMs - now) / 1000);
  }

  get size(): number {
    return this.windows.size;
  }

  private evictIfFull(windowMs: number): void {
    if (this.windows.size <= this.maxKeys) return;
    const now = this.now();
    for (const [key, w] of this.windows) if (now - w.startedAt >= windowMs) this.windows.delete(key);
    // Maps iterate in insertion order: the first keys are the oldest windows.
    for (const key of this.windows.keys()) {
      if (this.windows.size <= this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
