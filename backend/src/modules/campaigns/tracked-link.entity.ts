import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A link handed to one channel (a partner's site, a school chat, a poster's QR code), so its reach shows apart. */
@Entity('campaign_links')
export class TrackedLinkEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  campaignId: string;

  /** 8 characters of Crockford base32, carried as ?ref= */
  @Column('varchar', { length: 8, unique: true })
  code: string;

  @Column('varchar', { length: 120 })
  channel: string;

  @Column('varchar', { length: 80 })
  utmSource: string;

  @Column('varchar', { length: 80 })
  utmMedium: string;

  @Column('varchar', { length: 80 })
  utmCampaign: string;

  /** null: the link opens the campaign page */
  @Column('varchar', { length: 36, nullable: true })
  materialId: string | null;

  @Column()
  createdAt: Date;
}
