import { Global, Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';
import { EventBus } from './event-bus';
import { InMemoryEventBus } from './in-memory-event-bus';
import { RedisEventBus } from './redis-event-bus';

/** One instance: events in memory. With REDIS_URL: through Redis pub/sub, so every instance sees them. */
@Global()
@Module({
  providers: [{ provide: EventBus, inject: [REDIS], useFactory: (redis: Redis | null) => (redis ? new RedisEventBus(redis) : new InMemoryEventBus()) }],
  exports: [EventBus],
})
export class PubSubModule {}
