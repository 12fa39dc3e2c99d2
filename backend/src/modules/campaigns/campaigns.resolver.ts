import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { CampaignLinksService } from './campaign-links.service';
import { CampaignsService } from './campaigns.service';
import { CampaignInput, LedgerEntryInput, MaterialInput, TrackedLinkInput } from './dto/campaign.input';
import { Campaign, CampaignStatus, LedgerEntry, TrackedLink } from './models/campaign.model';

const campaignId = () => Args('campaignId', { type: () => ID, description: 'Campaign id' });
const materialId = () => Args('materialId', { type: () => ID, description: 'Material id' });

/** Public reads of live campaigns; everything else is for campaign managers (and admins). */
@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly links: CampaignLinksService,
  ) {}

  @Allow('anyone')
  @Query(() => [Campaign], { description: 'Live campaigns, optionally only those in one language' })
  publicCampaigns(@Args('locale', { type: () => String, nullable: true, description: 'ru, be or en' }) locale?: string | null): Promise<Campaign[]> {
    return this.service.publicCampaigns(locale);
  }

  @Allow('anyone')
  @Query(() => Campaign, { nullable: true, description: 'A live campaign by its address; null when there is none or it is not live' })
  publicCampaign(@Args('slug', { description: 'URL part' }) slug: string): Promise<Campaign | null> {
    return this.service.publicCampaign(slug);
  }

  @Allow('campaign_manager')
  @Query(() => [Campaign], { description: 'Every campaign, whatever its status' })
  campaigns(): Promise<Campaign[]> {
    return this.service.allCampaigns();
  }

  @Allow('campaign_manager')
  @Query(() => Campaign, { description: 'One campaign, whatever its status' })
  campaign(@Args('id', { type: () => ID, description: 'Campaign id' }) id: string): Promise<Campaign> {
    return this.service.campaign(id);
  }

  @Allow('campaign_manager')
  @Query(() => [TrackedLink], { description: 'A campaign’s tracked links' })
  trackedLinks(@campaignId() id: string): Promise<TrackedLink[]> {
    return this.links.links(id);
  }

  @Allow('campaign_manager')
  @Mutation(() => Campaign, { description: 'Create a draft campaign' })
  createCampaign(@Args('input', { description: 'The campaign' }) input: CampaignInput): Promise<Campaign> {
    return this.service.create(input);
  }

  @Allow('campaign_manager')
  @Mutation(() => Campaign, { description: 'Change a campaign made in the editor (refused for one defined in content/)' })
  updateCampaign(
    @Args('id', { type: () => ID, description: 'Campaign id' }) id: string,
    @Args('input', { description: 'The campaign' }) input: CampaignInput,
  ): Promise<Campaign> {
    return this.service.update(id, input);
  }

  @Allow('campaign_manager')
  @Mutation(() => Campaign, { description: 'Publish (needs at least one material), end, or return a campaign to draft' })
  setCampaignStatus(
    @Args('id', { type: () => ID, description: 'Campaign id' }) id: string,
    @Args('status', { type: () => CampaignStatus, description: 'New status' }) status: CampaignStatus,
  ): Promise<Campaign> {
    return this.service.setStatus(id, status);
  }

  @Allow('campaign_manager')
  @Mutation(() => Campaign, { description: 'Add a material at the end' })
  addCampaignMaterial(@campaignId() id: string, @Args('input', { description: 'The material' }) input: MaterialInput): Promise<Campaign> {
    return this.service.addMaterial(id, input);
  }

  @Allow('campaign_manager')
  @Mutation(() => Campaign, { description: 'Change a material' })
  updateCampaignMaterial(@materialId() id: string, @Args('input', { description: 'The material' }) input: MaterialInput): Promise<Campaign> {
    return this.service.updateMaterial(id, input);
  }

  @Allow('campaign_manager')
  @Mutation(() => Campaign, { description: 'Remove a material (a live campaign keeps at least one); its measured figures stay' })
  removeCampaignMaterial(@materialId() id: string): Promise<Campaign> {
    return this.service.removeMaterial(id);
  }

  @Allow('campaign_manager')
  @Mutation(() => Campaign, { description: 'Move a material to a position (0 = first)' })
  moveCampaignMaterial(@materialId() id: string, @Args('position', { type: () => Int, description: 'New position, from 0' }) position: number): Promise<Campaign> {
    return this.service.moveMaterial(id, position);
  }

  @Allow('campaign_manager')
  @Mutation(() => TrackedLink, { description: 'Make a tracked link for a channel' })
  createTrackedLink(@campaignId() id: string, @Args('input', { description: 'The link' }) input: TrackedLinkInput): Promise<TrackedLink> {
    return this.links.createLink(id, input);
  }

  @Allow('campaign_manager')
  @Mutation(() => Boolean, { description: 'Remove a tracked link; visits already counted stay, as "direct"' })
  removeTrackedLink(@Args('id', { type: () => ID, description: 'Link id' }) id: string): Promise<boolean> {
    return this.links.removeLink(id);
  }

  @Allow('campaign_manager')
  @Mutation(() => LedgerEntry, { description: 'Record reach reported from outside Zorka' })
  addLedgerEntry(@campaignId() id: string, @Args('input', { description: 'The entry' }) input: LedgerEntryInput): Promise<LedgerEntry> {
    return this.links.addLedgerEntry(id, input);
  }

  @Allow('campaign_manager')
  @Mutation(() => Boolean, { description: 'Remove a ledger entry' })
  removeLedgerEntry(@Args('id', { type: () => ID, description: 'Entry id' }) id: string): Promise<boolean> {
    return this.links.removeLedgerEntry(id);
  }
}
