import { Global, Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';
import { InMemoryRateLimitStore } from './in-memory-rate-limit.store';
import { RateLimitStore } from './rate-limit.store';
import { RedisRateLimitStore } from './redis-rate-limit.store';

/** Counters in memory for one instance; in Redis with REDIS_URL, so a limit holds across instances. */
@Global()
@Module({
  providers: [
    { provide: RateLimitStore, inject: [REDIS], useFactory: (redis: Redis | null) => (redis ? new RedisRateLimitStore(redis) : new InMemoryRateLimitStore()) },
  ],
  exports: [RateLimitStore],
})
export class RateLimitModule {}
