import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a roll-up row is counted by. `total` has key ''; the others "direct"/'' where there is none. */
export type RollupDimension = 'total' | 'material' | 'link' | 'source';
/** Every event kind, and `*` for "any event" (a visitor-day of the dimension). */
export type RollupKind = string;

/**
 * Daily counts per campaign x day x dimension value x event kind: how many events and how many
 * distinct visitors. Distinct visitors cannot be added across values (one visitor reads two
 * articles), so each dimension is counted on its own, and the campaign total on its own.
 */
@Entity('campaign_daily_rollups')
export class CampaignDailyRollupEntity {
  @PrimaryColumn('varchar', { length: 36 })
  campaignId: string;

  @PrimaryColumn('varchar', { length: 10 })
  day: string;

  @PrimaryColumn('varchar', { length: 10 })
  dimension: RollupDimension;

  /** Material id, link id, source host, '' (campaign page / total) or 'direct' */
  @PrimaryColumn('varchar', { length: 120 })
  dimensionKey: string;

  @PrimaryColumn('varchar', { length: 16 })
  kind: RollupKind;

  @Column('integer')
  events: number;

  @Column('integer')
  visitors: number;
}
