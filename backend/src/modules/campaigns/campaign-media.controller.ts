import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ViewerResolver } from '../../common/auth/viewer';
import { ConfigService } from '../../config/config.service';
import { MEDIA_FILE, isUploadOwner, mediaFolder } from './campaign-media';
import { CampaignsService } from './campaigns.service';

/** What may be uploaded, and how large: a short awareness video, and its captions. */
const UPLOADS: Record<string, { ext: string; maxBytes: number }> = {
  'video/mp4': { ext: 'mp4', maxBytes: 100 * 1024 * 1024 },
  'video/webm': { ext: 'webm', maxBytes: 100 * 1024 * 1024 },
  'text/vtt': { ext: 'vtt', maxBytes: 512 * 1024 },
};

class UploadRefused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * PUT /campaign-media/<campaign id>/<file name>: a campaign manager's upload, streamed to disk with
 * a size cap (never held in memory). GET /media/campaigns/<owner>/<file>: the files, with range requests.
 */
@Controller()
export class CampaignMediaController {
  constructor(
    private readonly viewers: ViewerResolver,
    private readonly campaigns: CampaignsService,
    private readonly config: ConfigService,
  ) {}

  @Put('campaign-media/:campaignId/:fileName')
  @HttpCode(201)
  async upload(@Param('campaignId') campaignId: string, @Param('fileName') fileName: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.viewers.resolve(req);
      const role = viewer.staff?.role;
      if (!role) throw new UploadRefused(401, 'Sign in as a campaign manager');
      if (role !== 'campaign_manager' && role !== 'admin') throw new UploadRefused(403, 'Only campaign managers upload campaign media');
      const campaign = await this.campaigns.entity(campaignId).catch(() => null);
      if (!campaign) throw new UploadRefused(404, 'No such campaign');
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const rule = UPLOADS[type];
      if (!rule) throw new UploadRefused(415, 'Upload video/mp4, video/webm or text/vtt');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > rule.maxBytes) throw new UploadRefused(413, `The file is larger than ${rule.maxBytes / 1024 / 1024} MB`);
      const stored = storedName(fileName, rule.ext);
      const folder = mediaFolder(campaign.id, { dataDir: this.config.env.DATA_DIR, contentDir: '' });
      fs.mkdirSync(folder, { recursive: true });
      await saveCapped(req, path.join(folder, stored), rule.maxBytes);
      res.status(201).json({ file: stored });
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      // The rest of a refused body is not read; the connection is closed after the answer.
      res.setHeader('Connection', 'close');
      res.status(error.status).json({ statusCode: error.status, message: error.message });
    }
  }

  @Get('media/campaigns/:owner/:file')
  serve(@Param('owner') owner: string, @Param('file') file: string, @Res() res: Response): void {
    // Strict name patterns: no path can climb out of the media folders.
    const ownerOk = isUploadOwner(owner) || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(owner);
    if (!ownerOk || !MEDIA_FILE.test(file)) {
      res.status(404).json({ statusCode: 404, message: 'Not Found' });
      return;
    }
    const root = mediaFolder(owner, { dataDir: this.config.env.DATA_DIR, contentDir: this.config.env.CONTENT_DIR });
    res.sendFile(file, { root, maxAge: '1d', dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) res.status(404).json({ statusCode: 404, message: 'Not Found' });
    });
  }
}

/** A random prefix keeps two uploads of "video.mp4" apart and makes names unguessable for drafts. */
function storedName(fileName: string, ext: string): string {
  const base = path
    .basename(fileName)
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${randomBytes(6).toString('hex')}-${base || 'file'}.${ext}`;
}

async function saveCapped(req: Request, file: string, maxBytes: number): Promise<void> {
  let received = 0;
  const out = fs.createWriteStream(file, { flags: 'wx' });
  try {
    await pipeline(
      req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          received += chunk.length;
          if (received > maxBytes) throw new UploadRefused(413, `The file is larger than ${maxBytes / 1024 / 1024} MB`);
          yield chunk;
        }
      },
      out,
    );
    if (received === 0) throw new UploadRefused(400, 'The file is empty');
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
}
