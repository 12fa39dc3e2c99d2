import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../courses/courses.module';
import { IdentityModule } from '../identity/identity.module';
import { CampaignLinksService } from './campaign-links.service';
import { CampaignMaterialEntity } from './campaign-material.entity';
import { CampaignMediaController } from './campaign-media.controller';
import { CampaignEntity } from './campaign.entity';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { TrackedLinkEntity } from './tracked-link.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity, CampaignMaterialEntity, TrackedLinkEntity, LedgerEntryEntity]), CoursesModule, IdentityModule],
  providers: [CampaignsRepository, CampaignsService, CampaignLinksService, CampaignsResolver],
  controllers: [CampaignMediaController],
  exports: [CampaignsService, CampaignLinksService],
})
export class CampaignsModule {}
