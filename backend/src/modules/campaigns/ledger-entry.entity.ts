import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reach reported from outside Zorka (a video host's views, a broadcaster's audience, leaflets): never mixed with measured counts. */
@Entity('campaign_ledger_entries')
export class LedgerEntryEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  campaignId: string;

  @Column('varchar', { length: 160 })
  source: string;

  @Column('varchar', { length: 40 })
  kind: string;

  @Column('integer')
  reach: number;

  /** YYYY-MM-DD */
  @Column('varchar', { length: 10 })
  date: string;

  @Column('varchar', { length: 500, nullable: true })
  note: string | null;

  @Column()
  createdAt: Date;
}
