import * as fs from 'node:fs';
import type { CampaignContent } from '@zorka/content';
import { createMarkdownRenderer } from '../../common/markdown/render-markdown';
import { transcriptFromVtt } from '../../common/markdown/vtt-transcript';
import { privacyEnhancedEmbed } from '../campaigns/campaign-input';
import { transcriptHtml } from '../campaigns/campaign-media';
import type { CampaignMaterialEntity } from '../campaigns/campaign-material.entity';
import type { CampaignEntity } from '../campaigns/campaign.entity';

export type CampaignRecord = Pick<CampaignEntity, 'slug' | 'title' | 'goal' | 'audience' | 'languages' | 'startsOn' | 'endsOn'> & {
  /** Applied when the campaign is first imported only: afterwards the manager sets it in the app */
  initialStatus: CampaignEntity['status'];
  materials: Omit<CampaignMaterialEntity, 'id' | 'campaignId' | 'updatedAt'>[];
};

/**
 * A content campaign as rows: articles rendered (raw HTML shown as text), transcripts made from the
 * captions, embeds in their privacy-enhanced form. Relative links and images in an article point
 * at the campaign's media/ folder.
 */
export function toCampaignRecord(campaign: CampaignContent): CampaignRecord {
  const render = createMarkdownRenderer(`/media/campaigns/${campaign.slug}`);
  return {
    slug: campaign.slug,
    title: campaign.title,
    goal: campaign.goal,
    audience: campaign.audience,
    languages: [campaign.language],
    startsOn: campaign.startsOn ?? null,
    endsOn: campaign.endsOn ?? null,
    initialStatus: campaign.status,
    materials: campaign.materials.map((m, position) => {
      const captionsPath = m.captionsFile ? campaign.media[m.captionsFile] : undefined;
      const embed = m.embed ? privacyEnhancedEmbed(m.embed) : null;
      if (m.embed && !embed) throw new Error(`campaigns/${campaign.slug}: the embed link of "${m.slug}" is not a YouTube or Vimeo video`);
      return {
        slug: m.slug,
        kind: m.kind,
        title: m.title,
        summary: m.summary,
        position,
        locale: campaign.language,
        articleMarkdown: m.markdown ?? null,
        articleHtml: m.markdown !== undefined ? render(m.markdown) : null,
        videoFile: m.videoFile ?? null,
        captionsFile: m.captionsFile ?? null,
        transcriptHtml: captionsPath ? transcriptHtml(transcriptFromVtt(fs.readFileSync(captionsPath, 'utf8'))) : null,
        posterFile: m.posterFile ?? null,
        embedUrl: embed?.url ?? null,
        courseId: m.courseId ?? null,
      };
    }),
  };
}
