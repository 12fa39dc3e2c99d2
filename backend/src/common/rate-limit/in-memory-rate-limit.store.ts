import { randomBytes } from 'node:crypto';
import { RateLimiter } from './rate-limiter';
import { RateLimitStore } from './rate-limit.store';

/** One instance: counters in memory; the salt is made at start and dies with the process. */
export class InMemoryRateLimitStore extends RateLimitStore {
  private readonly limiter: RateLimiter;
  private readonly salt = randomBytes(32);

  constructor(now?: () => number) {
    super();
    this.limiter = new RateLimiter(now);
  }

  async hit(key: string, limit: number, windowMs: number): Promise<number> {
    return this.limiter.hit(key, limit, windowMs);
  }

  async sourceSalt(): Promise<Buffer> {
    return this.salt;
  }
}
