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

interface Entry {
  body: Buffer;
  contentType: string;
  expiresAt: number;
}

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

  /** Resolves a request's credentials (set by the app once the identity module exists). */
  private resolveViewer: (req: Request) => Promise<unknown> = async () => undefined;

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, body: Buffer, contentType: string): void {
    if (body.length > MAX_ENTRY_BYTES) return;
    this.delete(key);
    this.entries.set(key, { body, contentType, expiresAt: this.now() + TTL_MS });
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
   * Express middleware, after the JSON body parser (which keeps `rawBody`) and before GraphQL.
   * `resolveViewer` does for a request with credentials what the access guard would have done.
   */
  middleware(resolveViewer?: (req: Request) => Promise<unknown>) {
    if (resolveViewer) this.resolveViewer = resolveViewer;
    return (req: Request & { rawBody?: Buffer }, res: Response, next: NextFunction) => {
      if (req.method !== 'POST' || req.path !== '/graphql' || !req.rawBody) return next();
      // The Accept header chooses the response format, so it is part of the key.
      const key = `${req.headers.accept ?? ''}\n${req.rawBody.toString('utf8')}`;
      const hit = this.get(key);
      const anonymous = !req.headers.authorization && !req.headers.cookie;
      if (hit) {
        const send = () => {
          res.status(200).setHeader('content-type', hit.contentType);
          res.setHeader('content-length', hit.body.length);
          res.end(hit.body);
        };
        if (anonymous) return send();
        this.resolveViewer(req).then(send, next);
        return;
      }
      if (anonymous && isPublicContentQuery(req.body)) this.captureInto(key, res);
      next();
    };
  }

  /** Keeps the response the full path writes, when it is a success without errors. */
  private captureInto(key: string, res: Response): void {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    (res as { end: (...args: unknown[]) => Response }).end = (...args: unknown[]) => {
      const [chunk, encoding] = args;
      if (res.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const body = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
        const contentType = String(res.getHeader('content-type') ?? '');
        if (contentType.startsWith('application/') && !body.includes('"errors"')) this.set(key, body, contentType);
      }
      return end(...args);
    };
  }
}
