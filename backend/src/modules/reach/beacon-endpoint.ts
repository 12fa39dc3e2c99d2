import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, Logger } from '@nestjs/common';
import { MAX_BODY_BYTES, parseIngestBody } from './ingest-body';
import { IngestionService } from './ingestion.service';

/** The browser's privacy signals: either one means nothing is counted. */
const optedOut = (req: IncomingMessage) => req.headers['dnt'] === '1' || req.headers['sec-gpc'] === '1';

class TooLarge extends Error {}

/** POST /e, with or without a query string. */
export const isBeacon = (req: IncomingMessage): boolean => req.method === 'POST' && (req.url === '/e' || req.url?.startsWith('/e?') === true);

/**
 * POST /e: the reach beacon (navigator.sendBeacon sends text/plain, so no CORS preflight). No cookie
 * is read or set. Answers 204 for every well-formed batch, whatever was kept of it, so a page learns
 * nothing by probing; 400 malformed, 413 too large, 429 flood, 404 unknown or non-live campaign.
 *
 * It is the busiest request a campaign causes, so `createApp` answers it on plain node:http ahead of
 * Express and Nest (after the security headers and the in-flight count): none of the routing, body
 * parsing, guards or caches those run does anything for it (bench/RESULTS.md, ingestion).
 */
@Injectable()
export class BeaconEndpoint {
  private readonly logger = new Logger(BeaconEndpoint.name);

  constructor(private readonly ingestion: IngestionService) {}

  /** Never rejects: a failure is logged and answered 500. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.receive(req, res);
    } catch (error) {
      this.logger.error({ msg: 'reach beacon failed', error: String(error) });
      if (!res.headersSent) refuse(req, res, 500, 'Internal server error');
    }
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (optedOut(req)) {
      req.resume();
      res.writeHead(204).end();
      return;
    }
    const ip = req.socket.remoteAddress ?? 'unknown';
    if (!(await this.ingestion.allowSource(ip))) return refuse(req, res, 429, 'Too many batches from this source');
    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error instanceof TooLarge) return refuse(req, res, 413, `At most ${MAX_BODY_BYTES} bytes`);
      throw error;
    }
    const body = parseIngestBody(text);
    if (!body.ok) return refuse(req, res, body.status, body.reason);
    const outcome = await this.ingestion.ingest(body.campaignSlug, body.events, { ip, userAgent: String(req.headers['user-agent'] ?? '') });
    if (outcome === 'unknownCampaign') return refuse(req, res, 404, 'No live campaign has this name');
    res.writeHead(204).end();
  }
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  if (!req.readableEnded) res.setHeader('Connection', 'close'); // the rest of the body is not read
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ statusCode: status, message }));
}

/** The body as text, refused as soon as it passes the cap. */
async function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
