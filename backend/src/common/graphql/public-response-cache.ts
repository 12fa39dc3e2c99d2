import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';

/**
 * Root fields whose answer is public content, the same for every caller: `@Allow('anyone')`, no
 * viewer read, no rate limit, nothing written. Only operations made of these alone are cached.
 */
export const PUBLIC_CONTENT_FIELDS = new Set(['courses', 'course', 'lesson', 'quiz', 'scenario', 'helplines']);

const TTL_MS = 60_000;
const MAX_BYTES = 16 * 1024 * 1024;
const MAX_ENTRY_BYTES = 512 * 1024;
/** The JSON body parser's limit (app.factory.ts): a larger body takes the parser's path and its 413. */
export const MAX_EARLY_BODY_BYTES = 64 * 1024;

/** Headers that belong to one connection or one moment, not to the answer: never replayed. */
const PER_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
/** `application/json`, optionally with the UTF-8 charset: what the body parser would read as JSON. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

type Headers = Record<string, string | string[]>;

interface Entry {
  body: Buffer;
  /** Every header the full path sent with this answer (security headers included), replayed on a hit. */
  headers: Headers;
  expiresAt: number;
}

/** A request whose body the early lookup read itself, the way the JSON body parser would have. */
type EarlyRequest = Request & { rawBody?: Buffer; earlyBodyError?: Error };
/** True when the request is a single query whose every root field is public content. */
export function isPublicContentQuery(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return false;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return false;
  }
  if (document.definitions.length !== 1) return false;
  const [operation] = document.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query' || operation.directives?.length) return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && PUBLIC_CONTENT_FIELDS.has(s.name.value) && !s.directives?.length,
  );
}

/**
 * Whole responses to public-content queries, kept for a minute and dropped at every content import:
 * the catalogue and a course cost one map lookup instead of a trip through Nest, Apollo and the
 * database. The answer is the same for every caller, so one with credentials gets it too, after its
 * credentials are resolved as on the full path (a learner's token marks the learner as seen, which
 * the retention rule needs). Only answers to anonymous requests are stored. Bounded in bytes; the
 * oldest go first.
 */
@Injectable()
export class PublicResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, body: Buffer, headers: Headers): void {
    if (body.length > MAX_ENTRY_BYTES) return;
    this.delete(key);
    this.entries.set(key, { body, headers: { ...headers, 'content-length': String(body.length) }, expiresAt: this.now() + TTL_MS });
    this.bytes += body.length + key.length;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= MAX_BYTES) break;
      this.delete(oldest);
    }
  }

  /** After a content import: every cached answer may be out of date. */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length + key.length;
  }

  /**
   * Runs on the HTTP server's request event, before Express (app.factory.ts): answers a cache hit
   * before Express's router, the request log, helmet and the JSON body parser run (on a hit they would only repeat what the stored answer already carries: its headers
   * are the ones the full path sent, security headers included). To look up, it reads the body itself,
   * but only a body the JSON parser would read as plain JSON within its limit; everything else goes on
   * untouched. On a miss the parsed body is left on the request as the parser leaves it (the parser
   * skips a request whose body was read), and a body that is not JSON is refused later, by
   * `raiseEarlyBodyError`, with the security headers set. A request with credentials is answered
   * only after its credentials are resolved as on the full path (a learner's token marks the learner
   * as seen, which the retention rule needs); if they do not resolve, it takes the full path.
   */
  answerEarly(resolveViewer: (req: Request) => Promise<unknown>) {
    return (req: EarlyRequest, res: Response, next: () => void) => {
      if (!takesEarlyPath(req)) return next();
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.once('error', (error) => {
        // Cut short: refused where the body parser would refuse it, as it would.
        req.earlyBodyError = Object.assign(error, { status: 400, type: 'request.aborted' });
        next();
      });
      req.once('end', () => {
        const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const key = cacheKey(req, raw);
        const hit = this.get(key);
        const anonymous = !req.headers.authorization && !req.headers.cookie;
        const send = () => {
          res.writeHead(200, hit!.headers);
          res.end(hit!.body);
        };
        if (hit && anonymous) return send();
        req.rawBody = raw;
        try {
          req.body = parseJsonBody(raw);
        } catch (error) {
          req.earlyBodyError = error as Error;
          return next();
        }
        if (hit) {
          resolveViewer(req).then(send, () => next());
          return;
        }
        if (anonymous && isPublicContentQuery(req.body)) this.captureInto(key, res);
        next();
      });
    };
  }

  /** Keeps the response the full path writes, with its headers, when it is a success without errors. */
  private captureInto(key: string, res: Response): void {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    (res as { end: (...args: unknown[]) => Response }).end = (...args: unknown[]) => {
      const [chunk, encoding] = args;
      if (res.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const body = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
        const contentType = String(res.getHeader('content-type') ?? '');
        const headers = replayableHeaders(res);
        if (contentType.startsWith('application/') && !body.includes('"errors"') && headers) this.set(key, body, headers);
      }
      return end(...args);
    };
  }
}

/** The Accept header chooses the response format, so it is part of the key. */
function cacheKey(req: Request, raw: Buffer): string {
  return `${req.headers.accept ?? ''}\n${raw.toString('utf8')}`;
}

/** A GraphQL POST of plain, uncompressed JSON of a declared length within the parser's limit. */
function takesEarlyPath(req: Request): boolean {
  // Before Express, so the raw URL: a query string or another spelling takes the normal path.
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const { headers } = req;
  const length = Number(headers['content-length']);
  if (!(length > 0 && length <= MAX_EARLY_BODY_BYTES) || headers['transfer-encoding']) return false;
  const encoding = headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') return false;
  return PLAIN_JSON.test(headers['content-type'] ?? '');
}

/** As body-parser's strict JSON parser: an object or an array, or a 400 it would have raised. */
function parseJsonBody(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  const first = /\S/.exec(text)?.[0];
  try {
    if (first !== '{' && first !== '[') throw new SyntaxError('the body is not a JSON object or array');
    return JSON.parse(text);
  } catch (error) {
    throw Object.assign(error as Error, { status: 400, statusCode: 400, type: 'entity.parse.failed' });
  }
}

/** The headers to replay on a hit, or undefined when the answer must not be shared (it sets a cookie). */
function replayableHeaders(res: Response): Headers | undefined {
  const all = res.getHeaders();
  if (all['set-cookie']) return undefined;
  const kept: Headers = {};
  for (const [name, value] of Object.entries(all)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  return kept;
}

/** Placed where the JSON body parser runs: a body the early lookup could not parse fails here, as the parser's would. */
export function raiseEarlyBodyError(req: EarlyRequest, _res: Response, next: NextFunction): void {
  next(req.earlyBodyError);
}
