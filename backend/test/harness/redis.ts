import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';

/** The Redis the scale-out suites run against, when given (like ZORKA_TEST_POSTGRES_URL for PostgreSQL). */
export const TEST_REDIS_URL = process.env['ZORKA_TEST_REDIS_URL'];

/**
 * A key prefix of this run's own, so suites never see each other's counters, salts or events on a
 * shared Redis; `cleanup()` deletes every key under it.
 */
export function redisNamespace(): { prefix: string; cleanup(): Promise<void> } {
  const prefix = `zorka-it-${randomBytes(4).toString('hex')}:`;
  return {
    prefix,
    async cleanup() {
      if (!TEST_REDIS_URL) return;
      const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true });
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await redis.quit();
    },
  };
}
