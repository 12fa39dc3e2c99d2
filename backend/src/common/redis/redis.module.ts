import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { ConfigService } from '../../config/config.service';

const logger = new Logger('Redis');

/** Reports a lost connection once per outage (ioredis keeps retrying), without the URL or any data. */
export function reportErrors(redis: Redis): Redis {
  let reported = false;
  redis.on('error', (error: Error) => {
    if (!reported) logger.warn({ msg: 'Redis connection failed; retrying', error: error.message });
    reported = true;
  });
  redis.on('ready', () => {
    if (reported) logger.log({ msg: 'Redis connection back' });
    reported = false;
  });
  return redis;
}

/** The connection commands go through, or null when REDIS_URL is unset (one instance, state in memory). */
export const REDIS = Symbol('REDIS');

/**
 * A Redis connection that reconnects by itself (capped back-off) and queues commands meanwhile; a
 * subscriber needs a connection of its own, so `duplicate()` makes one from the same settings.
 */
export function connectRedis(url: string, keyPrefix: string): Redis {
  const redis = new Redis(url, {
    // Applies to keys (also in scripts); pub/sub channels take the same prefix by hand (RedisEventBus).
    keyPrefix,
    // Reconnect after 50 ms, 100 ms, ... up to 2 s, for ever: a Redis restart must not kill the instance.
    retryStrategy: (times) => Math.min(times * 50, 2_000),
    // A command waits for at most 3 reconnections, then fails (the request gets an error, not a hang).
    maxRetriesPerRequest: 3,
    lazyConnect: false,
  });
  return reportErrors(redis);
}

@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

@Global()
@Module({
  providers: [
    { provide: REDIS, inject: [ConfigService], useFactory: (config: ConfigService) => (config.env.REDIS_URL ? connectRedis(config.env.REDIS_URL, config.env.REDIS_PREFIX) : null) },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class RedisModule {}
