import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisDailySaltStore } from '../../../src/common/daily-salt/redis-daily-salt.store';
import { RedisEventBus } from '../../../src/common/pubsub/redis-event-bus';
import { RedisRateLimitStore } from '../../../src/common/rate-limit/redis-rate-limit.store';
import { connectRedis } from '../../../src/common/redis/redis.module';
import { TEST_REDIS_URL, redisNamespace } from '../../harness/redis';

const within = <T>(promise: Promise<T>, ms = 2_000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no result within ${ms} ms`)), ms))]);

// Runs when ZORKA_TEST_REDIS_URL names a Redis server (`pnpm test` sets it when one answers).
describe.skipIf(!TEST_REDIS_URL)('the Redis implementations of the shared-state seams', () => {
  const namespace = redisNamespace();
  const connections: Redis[] = [];
  const connect = () => {
    const redis = connectRedis(TEST_REDIS_URL!, namespace.prefix);
        connections.push(redis);
    return redis;
  };

  afterAll(async () => {
    await namespace.cleanup();
    await Promise.all(connections.map((c) => c.quit().catch(() => undefined)));
  });

  describe('RedisEventBus', () => {
    let a: RedisEventBus;
    let b: RedisEventBus;
    beforeAll(() => {
      a = new RedisEventBus(connect());
      b = new RedisEventBus(connect());
    });
    let c: RedisEventBus;
    const cName = `${namespace.prefix.replace(/\W/g, '-')}bus-c`;
    beforeAll(() => {
      // ioredis names the duplicated subscriber connection after the original.
      c = new RedisEventBus(new Redis(TEST_REDIS_URL!, { keyPrefix: namespace.prefix, connectionName: cName }));
    });
    afterAll(async () => {
      await a.onApplicationShutdown();
      await b.onApplicationShutdown();
      await c.onApplicationShutdown();
    });

    it('delivers an event published on one instance to subscribers on another, in order', async () => {
      const onB = b.subscribe<{ n: number }>('t1');
      const first = onB.next();
      await onB.ready; // the SUBSCRIBE has reached Redis
      await a.publish('t1', { n: 1 });
      await a.publish('t1', { n: 2 });
      expect((await within(first)).value).toEqual({ n: 1 });
      expect((await within(onB.next())).value).toEqual({ n: 2 });
      await onB.return?.();
    });

    it('ends a subscription cleanly: return() finishes a waiting reader and drops the Redis channel', async () => {
      const sub = b.subscribe('t2');
      await sub.ready;
      const waiting = sub.next();
      await sub.return?.();
      expect(await within(waiting)).toEqual({ value: undefined, done: true });
      expect(b.listenerCount('t2')).toBe(0);
      const probe = connect();
      const channels = (await probe.pubsub('CHANNELS', `${namespace.prefix}events:t2`)) as string[];
      expect(channels).toEqual([]);
    });

    it('keeps delivering after the subscriber connection is dropped and comes back', async () => {
      const sub = c.subscribe<string>('t3');
      await sub.ready;
      // Kill this bus's own subscriber connection (only it: the Redis may be shared) as a Redis restart would.
      const admin = connect();
      const clients = ((await admin.client('LIST')) as string).split('\n').filter((l) => l.includes(`name=${cName} `) && l.includes('sub=1'));
      expect(clients).toHaveLength(1);
      for (const line of clients) {
        const id = /id=(\d+)/.exec(line)?.[1];
        if (id) await admin.client('KILL', 'ID', id);
      }
      const received = sub.next();
      // Publish until the re-subscribed connection hears it.
      const deadline = Date.now() + 5_000;
      let result: IteratorResult<string> | undefined;
      while (!result && Date.now() < deadline) {
        await a.publish('t3', 'after-reconnect');
        result = await Promise.race([received, new Promise<undefined>((r) => setTimeout(() => r(undefined), 100))]);
      }
      expect(result?.value).toBe('after-reconnect');
      await sub.return?.();
    });
  });

  describe('RedisRateLimitStore', () => {
    it('counts one window across instances and says how long to wait', async () => {
      const one = new RedisRateLimitStore(connect());
      const two = new RedisRateLimitStore(connect());
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await (i % 2 ? one : two).hit('k', 3, 60_000));
      expect(results.slice(0, 3)).toEqual([0, 0, 0]);
      expect(results[3]).toBeGreaterThanOrEqual(59);
      expect(results[3]).toBeLessThanOrEqual(60);
    });

    it('starts a new window when the old one expires', async () => {
      const store = new RedisRateLimitStore(connect());
      expect(await store.hit('short', 1, 100)).toBe(0);
      expect(await store.hit('short', 1, 100)).toBe(1);
      await new Promise((r) => setTimeout(r, 150));
      expect(await store.hit('short', 1, 100)).toBe(0);
    });

    it('gives every instance the same random source salt', async () => {
      const [x, y] = await Promise.all([new RedisRateLimitStore(connect()).sourceSalt(), new RedisRateLimitStore(connect()).sourceSalt()]);
      expect(x.length).toBe(32);
      expect(x.equals(y)).toBe(true);
    });
  });

  describe('RedisDailySaltStore', () => {
    const now = Date.parse('2026-11-23T23:59:59.000Z');

    it('gives every instance the same salt for the day, expiring when the UTC day ends', async () => {
      const redis = connect();
      const x = await new RedisDailySaltStore(redis, () => now).saltFor('2026-11-23');
      const y = await new RedisDailySaltStore(connect(), () => now).saltFor('2026-11-23');
      expect(x.length).toBe(32);
      expect(x.equals(y)).toBe(true);
      const ttl = await redis.pttl('daily-salt:2026-11-23');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(1_000);
    });

    it('gives a day that is over no salt, and a new day a new one', async () => {
      const later = new RedisDailySaltStore(connect(), () => now + 2_000);
      await expect(later.saltFor('2026-11-23')).rejects.toThrow(/destroyed/);
      const today = await new RedisDailySaltStore(connect(), () => now).saltFor('2026-11-23');
      const next = await later.saltFor('2026-11-24');
      expect(next.equals(today)).toBe(false);
    });

    it('refuses something that is not a day', async () => {
      await expect(new RedisDailySaltStore(connect(), () => now).saltFor('yesterday')).rejects.toThrow(/not a day/);
    });
  });
});
