import { Global, Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';
import { DailySaltStore } from './daily-salt.store';
import { InMemoryDailySaltStore } from './in-memory-daily-salt.store';
import { RedisDailySaltStore } from './redis-daily-salt.store';

/** Inject `DailySaltStore`: in memory for one instance, in Redis with REDIS_URL (one salt for all instances). */
@Global()
@Module({
  providers: [
    { provide: DailySaltStore, inject: [REDIS], useFactory: (redis: Redis | null) => (redis ? new RedisDailySaltStore(redis) : new InMemoryDailySaltStore()) },
  ],
  exports: [DailySaltStore],
})
export class DailySaltModule {}
