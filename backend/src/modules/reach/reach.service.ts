import { Injectable } from '@nestjs/common';
import { CampaignLinksService } from '../campaigns/campaign-links.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { isoDate } from '../campaigns/campaign-input';
import type { MaterialKind } from '../campaigns/models/campaign.model';
import {
  MAX_RANGE_DAYS,
  daily,
  daysBetween,
  headline,
  linkBreakdown,
  materialFigures,
  previousPeriod,
  sourceBreakdown,
  totals,
} from './dashboard-arithmetic';
import type { CampaignDashboard } from './models/campaign-dashboard.model';
import { invalidRange } from './reach.errors';
import { ReachRepository } from './reach.repository';
import { RollupService } from './rollup.service';

@Injectable()
export class ReachService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly links: CampaignLinksService,
    private readonly repository: ReachRepository,
    private readonly rollups: RollupService,
  ) {}

  /**
   * Reads daily roll-ups only, so the cost depends on days, not on events. The campaign's days with
   * events not yet rolled up (today, mostly) are rolled up first: a visit shows within seconds.
   */
  async dashboard(campaignId: string, from: string, to: string): Promise<CampaignDashboard> {
    isoDate('from', from);
    isoDate('to', to);
    if (to < from) throw invalidRange('to', 'the last day cannot be before the first');
    const days = daysBetween(from, to);
    if (days > MAX_RANGE_DAYS) throw invalidRange('from', `choose at most ${MAX_RANGE_DAYS} days`);
    const campaign = await this.campaigns.entity(campaignId);
    await this.rollups.rollUpDirty(campaign.id, { forRead: true });
    const previous = previousPeriod(from, to);
    const [rows, materials, links, ledger, fresh] = await Promise.all([
      this.repository.rollups(campaign.id, previous.from, to),
      this.campaigns.materialsOf(campaign.id),
      this.links.linkEntities(campaign.id),
      this.links.ledger(campaign.id, from, to),
      this.campaigns.entity(campaign.id),
    ]);
    const current = totals(rows, from, to);
    const reported = ledger.reduce((n, e) => n + e.reach, 0);
    return {
      campaignId: campaign.id,
      from,
      to,
      totals: current,
      previous: totals(rows, previous.from, previous.to),
      daily: daily(rows, from, to),
      materials: materialFigures(rows, from, to, materials).map((m) => ({ ...m, kind: m.kind as MaterialKind })),
      links: linkBreakdown(rows, from, to, links),
      sources: sourceBreakdown(rows, from, to),
      ledger,
      headline: headline(materials.length, current.visitorDays, reported, days),
      rolledUpAt: fresh.rolledUpAt,
    };
  }

  async rebuild(campaignId: string): Promise<Date> {
    const campaign = await this.campaigns.entity(campaignId);
    return this.rollups.rebuild(campaign.id);
  }
}
