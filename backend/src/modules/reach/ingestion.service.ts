import { Injectable } from '@nestjs/common';
import { DailySaltStore } from '../../common/daily-salt/daily-salt.store';
import { RateLimitStore } from '../../common/rate-limit/rate-limit.store';
import { sourceKey } from '../../common/rate-limit/source-key';
import { ConfigService } from '../../config/config.service';
import { CampaignLinksService } from '../campaigns/campaign-links.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { IngestEvent } from './ingest-body';
import { ReachEventBuffer } from './reach-event-buffer';
import type { NewEvent } from './reach.repository';
import { utcDay, visitorHash } from './visitor-hash';

/** A live campaign as ingestion needs it: ids by slug and by link code. */
interface LiveCampaign {
  id: string;
  materials: Map<string, string>;
  links: Map<string, string>;
}

/** Campaigns are looked up at most once a second per slug, whatever the flood. */
const CACHE_MS = 1_000;
const CACHE_MAX = 1_000;

export type IngestOutcome = 'accepted' | 'unknownCampaign' | 'rateLimited';

@Injectable()
export class IngestionService {
  private readonly cache = new Map<string, { at: number; campaign: LiveCampaign | null }>();

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly links: CampaignLinksService,
    private readonly salts: DailySaltStore,
    private readonly buffer: ReachEventBuffer,
    private readonly config: ConfigService,
    private readonly limits: RateLimitStore,
  ) {}

  /**
   * Counts one beacon request of a source; false when the source is over its limit. The counters
   * and the salt the address is hashed with are shared by every instance (Redis) or in memory.
   */
  async allowSource(ip: string): Promise<boolean> {
    const key = 'ingest:' + sourceKey(await this.limits.sourceSalt(), ip);
    return (await this.limits.hit(key, this.config.env.CAMPAIGN_INGEST_LIMIT_PER_MINUTE, 60_000)) === 0;
  }

  /**
   * Accepts the valid events of a batch: events naming a material the campaign does not have are
   * skipped; an unknown link code counts as "direct". The IP address and user agent are used for
   * the visitor hash only and kept nowhere.
   */
  async ingest(campaignSlug: string, events: IngestEvent[], visitor: { ip: string; userAgent: string }, now = new Date()): Promise<IngestOutcome> {
    const campaign = await this.liveCampaign(campaignSlug);
    if (!campaign) return 'unknownCampaign';
    const day = utcDay(now);
    // A request that began before midnight and reaches here after the next day's salt was made finds
    // its day's salt destroyed: its events are dropped rather than counted under a salt that is gone.
    const salt = await this.salts.saltFor(day).catch(() => null);
    if (!salt) return 'accepted';
    const hash = visitorHash(salt, visitor.ip, visitor.userAgent, campaign.id);
    const rows: NewEvent[] = [];
    for (const event of events) {
      const materialId = event.materialSlug === null ? null : campaign.materials.get(event.materialSlug);
      if (materialId === undefined) continue;
      rows.push({
        day,
        campaignId: campaign.id,
        materialId,
        linkId: (event.refCode && campaign.links.get(event.refCode)) || null,
        kind: event.kind,
        visitorHash: hash,
        sourceHost: event.sourceHost,
      });
    }
    if (rows.length > 0) this.buffer.push(rows);
    return 'accepted';
  }

  private async liveCampaign(slug: string): Promise<LiveCampaign | null> {
    const cached = this.cache.get(slug);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.campaign;
    const found = await this.campaigns.liveCampaignBySlug(slug);
    const campaign = found
      ? {
          id: found.campaign.id,
          materials: new Map(found.materials.map((m) => [m.slug, m.id])),
          links: new Map((await this.links.linkEntities(found.campaign.id)).map((l) => [l.code, l.id])),
        }
      : null;
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(slug, { at: Date.now(), campaign });
    return campaign;
  }
}
