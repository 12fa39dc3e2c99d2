import { Global, Module } from '@nestjs/common';
import { DailySaltStore } from './daily-salt.store';
import { InMemoryDailySaltStore } from './in-memory-daily-salt.store';

/**
 * The day's visitor salt for reach counting. One process keeps it in memory; to run several
 * instances, provide a shared implementation of the same abstract class (e.g. Redis) here instead.
 */
@Global()
@Module({
  providers: [{ provide: DailySaltStore, useClass: InMemoryDailySaltStore }],
  exports: [DailySaltStore],
})
export class DailySaltModule {}
