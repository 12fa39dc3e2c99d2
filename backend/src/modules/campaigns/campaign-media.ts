import * as fs from 'node:fs';
import * as path from 'node:path';

/** Stored media names: a letter or digit first, no path separators, one known extension. */
export const MEDIA_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}\.(mp4|webm|vtt|png|jpe?g|webp)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Where a campaign's files live. Uploaded files: DATA_DIR/campaign-media/<campaign id>/ (the id is a
 * UUID); files of a campaign defined in content/: content/campaigns/<slug>/media/. Both are served at
 * /media/campaigns/<owner>/<file>, so the two kinds never collide.
 */
export function mediaFolder(owner: string, dirs: { dataDir: string; contentDir: string }): string {
  return UUID.test(owner) ? path.join(dirs.dataDir, 'campaign-media', owner) : path.join(dirs.contentDir, 'campaigns', owner, 'media');
}

export const isUploadOwner = (owner: string) => UUID.test(owner);

export function mediaUrl(campaign: { id: string; slug: string; origin: string }, file: string): string {
  const owner = campaign.origin === 'content' ? campaign.slug : campaign.id;
  return `/media/campaigns/${owner}/${encodeURIComponent(file)}`;
}

export function uploadedFileExists(dataDir: string, campaignId: string, file: string): boolean {
  return MEDIA_FILE.test(file) && fs.existsSync(path.join(mediaFolder(campaignId, { dataDir, contentDir: '' }), file));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The transcript under a video: one paragraph per caption cue, escaped. */
export const transcriptHtml = (plain: string): string | null =>
  plain.trim() === '' ? null : plain.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
