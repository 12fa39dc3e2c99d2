import { describe, expect, it } from 'vitest';
import { MAX_EVENTS, parseIngestBody } from './ingest-body';

const body = (e: unknown[], c: unknown = 'see-lies') => JSON.stringify({ c, e });

describe('beacon body parsing', () => {
  it('reads a valid batch', () => {
    const result = parseIngestBody(body([{ k: 'view', m: null, r: 'k7qm4xp0', s: 'School.Example.org' }, { k: 'p25', m: 'talk-show' }]));
    expect(result).toEqual({
      ok: true,
      campaignSlug: 'see-lies',
      skipped: 0,
      events: [
        { kind: 'view', materialSlug: null, refCode: 'K7QM4XP0', sourceHost: 'school.example.org' },
        { kind: 'p25', materialSlug: 'talk-show', refCode: null, sourceHost: null },
      ],
    });
  });

  it('skips malformed events and keeps the good ones', () => {
    const result = parseIngestBody(
      body([{ k: 'view' }, { k: 'hack' }, { k: 'view', m: '../../etc' }, { k: 'view', s: 'a b' }, { k: 'read', extra: 1 }, 'view', null, { k: 'share' }]),
    );
    expect(result.ok && result.events.map((e) => e.kind)).toEqual(['view', 'share']);
    expect(result.ok && result.skipped).toBe(6);
  });

  it('refuses what is not a batch', () => {
    expect(parseIngestBody('{not json')).toMatchObject({ ok: false, status: 400 });
    expect(parseIngestBody(JSON.stringify([]))).toMatchObject({ ok: false, status: 400 });
    expect(parseIngestBody(body([]))).toMatchObject({ ok: false, status: 400 });
    expect(parseIngestBody(body([{ k: 'view' }], 'Bad Slug'))).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses a batch of more than 25 events as too large', () => {
    const events = Array.from({ length: MAX_EVENTS + 1 }, () => ({ k: 'view' }));
    expect(parseIngestBody(body(events))).toMatchObject({ ok: false, status: 413 });
    expect(parseIngestBody(body(events.slice(1)))).toMatchObject({ ok: true });
  });
});
