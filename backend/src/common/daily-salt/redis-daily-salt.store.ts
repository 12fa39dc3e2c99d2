import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { DailySaltStore } from './daily-salt.store';

/** Under REDIS_PREFIX, which the connection puts before every key. */
const KEY_PREFIX = 'daily-salt:';

/** Milliseconds from `now` to the end of the UTC day `day` (YYYY-MM-DD); zero or less once it is over. */
export function msUntilEndOf(day: string, now: number): number {
  return Date.parse(`${day}T00:00:00.000Z`) + 24 * 60 * 60 * 1000 - now;
}

/**
 * The day's salt shared by every instance: the first to ask makes it (SET NX), the others read that
 * one. Redis deletes it when the UTC day ends, and a day that is over never gets a salt again.
 */
export class RedisDailySaltStore extends DailySaltStore {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async saltFor(day: string): Promise<Buffer> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00.000Z`))) throw new RangeError(`"${day}" is not a day (YYYY-MM-DD)`);
    const ttl = msUntilEndOf(day, this.now());
    if (ttl <= 0) throw new RangeError(`The salt of ${day} has been destroyed`);
    const key = KEY_PREFIX + day;
    await this.redis.set(key, randomBytes(32).toString('base64'), 'PX', ttl, 'NX');
    const stored = await this.redis.get(key);
    if (!stored) throw new RangeError(`The salt of ${day} has been destroyed`);
    return Buffer.from(stored, 'base64');
  }
}
