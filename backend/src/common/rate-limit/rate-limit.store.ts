/**
 * Where the attempt counters live: in this process (one instance) or in Redis (shared by every
 * instance, so spreading attempts over instances does not multiply the limit).
 */
export abstract class RateLimitStore {
  /** Counts one attempt of `key`; resolves to the seconds to wait when over `limit`, or 0 when allowed. */
  abstract hit(key: string, limit: number, windowMs: number): Promise<number>;
  /**
   * The secret the callers' addresses are hashed with. Random, never derived from anything that can
   * be recomputed, and the same on every instance that shares the counters.
   */
  abstract sourceSalt(): Promise<Buffer>;
}
