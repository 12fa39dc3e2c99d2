import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CampaignStatusValue = 'draft' | 'live' | 'ended';
/** `content`: defined in content/campaigns/<slug>/ (read-only in the UI except status, links and ledger); `editor`: made in the UI. */
export type CampaignOriginValue = 'content' | 'editor';

/** An awareness campaign: a page with materials (videos, articles, course links) whose reach is measured. */
@Entity('campaigns')
export class CampaignEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /** URL part: /c/<slug> */
  @Column('varchar', { length: 80, unique: true })
  slug: string;

  @Column('varchar', { length: 10 })
  origin: CampaignOriginValue;

  @Column('varchar', { length: 160 })
  title: string;

  @Column('text')
  goal: string;

  @Column('varchar', { length: 240 })
  audience: string;

  @Column('simple-json')
  languages: string[];

  /** ISO dates (YYYY-MM-DD) */
  @Column('varchar', { length: 10, nullable: true })
  startsOn: string | null;

  @Column('varchar', { length: 10, nullable: true })
  endsOn: string | null;

  @Column('varchar', { length: 8 })
  status: CampaignStatusValue;

  /** Hash of the imported source for content campaigns, so an unchanged re-import writes nothing */
  @Column('varchar', { length: 64, nullable: true })
  contentHash: string | null;

  /** When the daily roll-ups of this campaign were last brought up to date */
  @Column({ type: Date, nullable: true })
  rolledUpAt: Date | null;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
