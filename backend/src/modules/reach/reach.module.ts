import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { IngestionController } from './ingestion.controller';
import { IngestionService } from './ingestion.service';
import { ReachEventBuffer } from './reach-event-buffer';
import { ReachRepository } from './reach.repository';
import { ReachResolver } from './reach.resolver';
import { ReachService } from './reach.service';
import { RollupService } from './rollup.service';

/** Measuring campaigns' reach without tracking people: the beacon endpoint, roll-ups, the dashboard. */
@Module({
  imports: [CampaignsModule],
  providers: [ReachRepository, ReachEventBuffer, RollupService, IngestionService, ReachService, ReachResolver],
  controllers: [IngestionController],
  exports: [RollupService, ReachEventBuffer],
})
export class ReachModule {}
