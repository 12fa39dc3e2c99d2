import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { RateLimitStore } from './rate-limit.store';

/** Under REDIS_PREFIX, which the connection puts before every key. */
const KEY_PREFIX = 'rl:';
const SALT_KEY = 'rl-salt';
/** The shared salt is replaced daily, so an old key cannot be matched with a later one for long. */
const SALT_TTL_S = 24 * 60 * 60;

/**
 * A fixed window counted atomically in Redis: the first hit of a window creates the counter with its
 * expiry, in one script, so a crash between the two steps cannot leave a counter that never expires.
 * Returns the count and the milliseconds left in the window.
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`;

export class RedisRateLimitStore extends RateLimitStore {
  private salt: { value: Buffer; until: number } | undefined;

  constructor(private readonly redis: Redis) {
    super();
    redis.defineCommand('zorkaRateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  }

  async hit(key: string, limit: number, windowMs: number): Promise<number> {
    const [count, ttl] = (await (this.redis as unknown as { zorkaRateLimitHit(k: string, w: number): Promise<[number, number]> }).zorkaRateLimitHit(
      KEY_PREFIX + key,
      windowMs,
    )) ?? [0, 0];
    if (count <= limit) return 0;
    return Math.max(1, Math.ceil(ttl / 1000));
  }

  /**
   * The first instance to need a salt makes a random one and stores it with SET NX (the others read
   * that one). Held locally for a minute at most, so every instance moves to the next salt together.
   */
  async sourceSalt(): Promise<Buffer> {
    const now = Date.now();
    if (this.salt && now < this.salt.until) return this.salt.value;
    await this.redis.set(SALT_KEY, randomBytes(32).toString('base64'), 'EX', SALT_TTL_S, 'NX');
    const stored = await this.redis.get(SALT_KEY);
    if (!stored) throw new Error('The rate-limit salt vanished from Redis');
    const value = Buffer.from(stored, 'base64');
    this.salt = { value, until: now + 60_000 };
    return value;
  }
}
