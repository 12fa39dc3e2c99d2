import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { CampaignDashboard } from './models/campaign-dashboard.model';
import { ReachService } from './reach.service';

@Resolver(() => CampaignDashboard)
export class ReachResolver {
  constructor(private readonly reach: ReachService) {}

  @Allow('campaign_manager')
  @Query(() => CampaignDashboard, { description: 'Measured reach of a campaign in a period (at most 366 days), with the previous period and the ledger' })
  campaignDashboard(
    @Args('campaignId', { type: () => ID, description: 'Campaign id' }) campaignId: string,
    @Args('from', { description: 'First day, YYYY-MM-DD (UTC)' }) from: string,
    @Args('to', { description: 'Last day, YYYY-MM-DD (UTC)' }) to: string,
  ): Promise<CampaignDashboard> {
    return this.reach.dashboard(campaignId, from, to);
  }

  @Allow('campaign_manager')
  @Mutation(() => Date, { description: 'Recompute the daily roll-ups exactly from the raw events still kept; returns when' })
  rebuildCampaignRollups(@Args('campaignId', { type: () => ID, description: 'Campaign id' }) campaignId: string): Promise<Date> {
    return this.reach.rebuild(campaignId);
  }
}
