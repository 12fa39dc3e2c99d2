import { Column, Entity, PrimaryColumn } from 'typeorm';

export type MaterialKindValue = 'video' | 'article' | 'course';

/** One thing a campaign shows: a video, an article, or a link to a course. */
@Entity('campaign_materials')
export class CampaignMaterialEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  campaignId: string;

  /** URL part: /c/<campaign>/<slug>; unique within the campaign */
  @Column('varchar', { length: 80 })
  slug: string;

  @Column('varchar', { length: 10 })
  kind: MaterialKindValue;

  @Column('varchar', { length: 160 })
  title: string;

  @Column('text')
  summary: string;

  @Column('integer')
  position: number;

  @Column('varchar', { length: 2 })
  locale: string;

  @Column('text', { nullable: true })
  articleMarkdown: string | null;

  /** Rendered once on save (markdown-it, raw HTML shown as text) */
  @Column('text', { nullable: true })
  articleHtml: string | null;

  /** Stored file name of a self-hosted video (uploaded, or from the content folder's media/) */
  @Column('varchar', { length: 120, nullable: true })
  videoFile: string | null;

  @Column('varchar', { length: 120, nullable: true })
  captionsFile: string | null;

  /** Made from the captions on save, as paragraphs of escaped text */
  @Column('text', { nullable: true })
  transcriptHtml: string | null;

  @Column('varchar', { length: 120, nullable: true })
  posterFile: string | null;

  /** Privacy-enhanced embed URL (youtube-nocookie / vimeo dnt=1), when the video is hosted elsewhere */
  @Column('varchar', { length: 200, nullable: true })
  embedUrl: string | null;

  @Column('varchar', { length: 120, nullable: true })
  courseId: string | null;

  @Column()
  updatedAt: Date;
}
