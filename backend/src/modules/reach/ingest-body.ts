import { z } from 'zod';
import { EVENT_KINDS, type EventKind } from './campaign-event.entity';

export const MAX_BODY_BYTES = 8 * 1024;
export const MAX_EVENTS = 25;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);
/** A host name as a browser reports it in document.referrer: letters, digits, dots, hyphens, maybe a port. */
const host = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i)
  .transform((h) => h.toLowerCase());

/** One event, as the beacon sends it. */
const eventSchema = z.strictObject({
  k: z.enum(EVENT_KINDS),
  m: slug.nullable().optional(),
  r: z.string().max(16).nullable().optional(),
  s: host.nullable().optional(),
});

/** The envelope is checked first: its events one by one, so one bad event does not lose the rest. */
const envelopeSchema = z.strictObject({ c: slug, e: z.array(z.unknown()).min(1) });

export interface IngestEvent {
  kind: EventKind;
  materialSlug: string | null;
  refCode: string | null;
  sourceHost: string | null;
}

export type ParsedBody =
  | { ok: true; campaignSlug: string; events: IngestEvent[]; skipped: number }
  | { ok: false; status: 400 | 413; reason: string };

/** Parses a beacon body (already within MAX_BODY_BYTES). */
export function parseIngestBody(text: string): ParsedBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, reason: 'not JSON' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, status: 400, reason: 'expected { "c": "<campaign>", "e": [events] }' };
  if (envelope.data.e.length > MAX_EVENTS) return { ok: false, status: 413, reason: `at most ${MAX_EVENTS} events per batch` };
  const events: IngestEvent[] = [];
  for (const raw of envelope.data.e) {
    const event = eventSchema.safeParse(raw);
    if (!event.success) continue;
    const ref = event.data.r?.toUpperCase() ?? null;
    events.push({ kind: event.data.k, materialSlug: event.data.m ?? null, refCode: ref, sourceHost: event.data.s ?? null });
  }
  return { ok: true, campaignSlug: envelope.data.c, events, skipped: envelope.data.e.length - events.length };
}
