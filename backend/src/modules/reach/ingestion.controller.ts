import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MAX_BODY_BYTES, parseIngestBody } from './ingest-body';
import { IngestionService } from './ingestion.service';

/** The browser's privacy signals: either one means nothing is counted. */
const optedOut = (req: Request) => req.headers['dnt'] === '1' || req.headers['sec-gpc'] === '1';

class TooLarge extends Error {}

/**
 * POST /e: the reach beacon (navigator.sendBeacon sends text/plain, so no CORS preflight). No cookie
 * is read or set. Answers 204 for every well-formed batch, whatever was kept of it, so a page learns
 * nothing by probing; 400 malformed, 413 too large, 429 flood, 404 unknown or non-live campaign.
 */
@Controller()
export class IngestionController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post('e')
  async receive(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (optedOut(req)) {
      req.resume();
      res.status(204).end();
      return;
    }
    const ip = req.socket.remoteAddress ?? 'unknown';
    if (!(await this.ingestion.allowSource(ip))) return this.refuse(req, res, 429, 'Too many batches from this source');
    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error instanceof TooLarge) return this.refuse(req, res, 413, `At most ${MAX_BODY_BYTES} bytes`);
      throw error;
    }
    const body = parseIngestBody(text);
    if (!body.ok) return this.refuse(req, res, body.status, body.reason);
    const outcome = await this.ingestion.ingest(body.campaignSlug, body.events, { ip, userAgent: String(req.headers['user-agent'] ?? '') });
    if (outcome === 'unknownCampaign') return this.refuse(req, res, 404, 'No live campaign has this name');
    res.status(204).end();
  }

  private refuse(req: Request, res: Response, status: number, message: string): void {
    if (!req.readableEnded) res.setHeader('Connection', 'close'); // the rest of the body is not read
    res.status(status).json({ statusCode: status, message });
  }
}

/** The body as text, refused as soon as it passes the cap (a JSON body the global parser already read is re-serialised). */
async function readBody(req: Request): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new TooLarge();
  if (req.body !== undefined && typeof req.body === 'object' && req.readableEnded) {
    const text = JSON.stringify(req.body);
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new TooLarge();
    return text;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
