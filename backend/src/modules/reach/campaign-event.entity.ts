import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const EVENT_KINDS = ['view', 'play', 'p25', 'p50', 'p75', 'p100', 'read', 'share', 'course_start', 'course_complete'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * One raw reach event, kept CAMPAIGN_EVENT_RETENTION_DAYS and then only in the daily roll-ups.
 * No IP address, no user agent, no time of day, no cookie: the visitor is a hash made with a salt
 * that exists for one UTC day only, so after that day it cannot be linked to anyone.
 */
@Entity('campaign_events')
export class CampaignEventEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** UTC day, YYYY-MM-DD */
  @Column('varchar', { length: 10 })
  day: string;

  @Column('varchar', { length: 36 })
  campaignId: string;

  /** null: the campaign page itself */
  @Column('varchar', { length: 36, nullable: true })
  materialId: string | null;

  /** null: no tracked link ("direct") */
  @Column('varchar', { length: 36, nullable: true })
  linkId: string | null;

  @Column('varchar', { length: 16 })
  kind: EventKind;

  /** SHA-256(day's salt, IP, user agent, campaign), first 128 bits, base64url */
  @Column('varchar', { length: 22 })
  visitorHash: string;

  /** Host of the referring page (no path, no query), or null */
  @Column('varchar', { length: 120, nullable: true })
  sourceHost: string | null;
}
