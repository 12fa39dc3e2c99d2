import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { RollupService } from '../../../src/modules/reach/rollup.service';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';
import { aLiveCampaign } from '../../factories/campaign.factory';

const today = new Date().toISOString().slice(0, 10);
const dayOffset = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const UA = { A: 'Mozilla/5.0 (visitor A)', B: 'Mozilla/5.0 (visitor B)', C: 'Mozilla/5.0 (visitor C)' };

type Beacon = { k: string; m?: string | null; r?: string | null; s?: string | null } | unknown;

function beacon(t: TestApp, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${t.url}/e`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': UA.A, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const DASHBOARD = `query ($id: ID!, $from: String!, $to: String!) { campaignDashboard(campaignId: $id, from: $from, to: $to) {
  from to rolledUpAt
  totals { visitorDays views videoPlays videoCompletions articlesRead shares coursesStarted coursesCompleted }
  previous { visitorDays views }
  daily { day visitors views }
  materials { slug kind visitors views reads shares funnel { step count } }
  links { key label visitors views }
  sources { key label visitors views }
  ledger { source reach }
  headline { materials measuredVisitorDays reportedReach text }
} }`;

describe('reach: the beacon endpoint and the dashboard', () => {
  let t: TestApp;
  let manager: string;
  let campaign: Awaited<ReturnType<typeof aLiveCampaign>>;
  let linkCode: string;
  const events = async () => Number((await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM campaign_events WHERE campaign_id = ?', [campaign.id]))[0]!.n);
  const dashboard = async (from: string, to: string) => {
    const res = await t.gql(DASHBOARD, { id: campaign.id, from, to }, { cookie: manager });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.campaignDashboard;
  };
  const flush = () => t.app.get(RollupService).rollUpDirty();

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.signInAs('campaign_manager');
    campaign = await aLiveCampaign(t, manager, 'see-lies');
    const link = await t.gql(`mutation ($id: ID!) { createTrackedLink(campaignId: $id, input: { channel: "Partner NGO site", utmSource: "ngo", utmMedium: "web" }) { code } }`, { id: campaign.id }, { cookie: manager });
    linkCode = link.data!.createTrackedLink.code;
  });
  afterAll(() => t.close());

  it('accepts a valid batch with 204 and no cookie', async () => {
    const res = await beacon(t, { c: 'see-lies', e: [{ k: 'view', m: null, r: null, s: null }] });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toBeNull();
    // Answered ahead of Express, but with the same security headers as every response.
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    await flush();
    expect(await events()).toBe(1);
  });

  it('skips malformed events and events of unknown materials, keeping the good ones', async () => {
    const before = await events();
    const batch: Beacon[] = [
      { k: 'view', m: 'talk-show' }, { k: 'explode' }, { k: 'view', m: 'no-such-material' }, { k: 'view', m: '../x' },
      { k: 'read', m: 'five-signs', extra: true }, 42, null, { k: 'share', m: 'five-signs', r: 'ZZZZZZZZ' },
    ];
    expect((await beacon(t, { c: 'see-lies', e: batch })).status).toBe(204);
    await flush();
    expect(await events()).toBe(before + 2);
    // An unknown ref code is not an error: the event counts as direct.
    expect(await t.sql('SELECT link_id FROM campaign_events WHERE kind = ?', ['share'])).toEqual([{ link_id: null }]);
  });

  it('refuses malformed, oversize and unknown-campaign batches with their status', async () => {
    const before = await events();
    expect((await beacon(t, '{"c": "see-lies", "e": [')).status).toBe(400);
    expect((await beacon(t, { c: 'see-lies' })).status).toBe(400);
    expect((await beacon(t, { c: 'see-lies', e: Array.from({ length: 26 }, () => ({ k: 'view' })) })).status).toBe(413);
    expect((await beacon(t, { c: 'see-lies', e: [{ k: 'view', s: 'x'.repeat(9000) }] })).status).toBe(413);
    expect((await beacon(t, { c: 'no-such-campaign', e: [{ k: 'view' }] })).status).toBe(404);
    const draft = await t.gql(`mutation { createCampaign(input: { title: "Draft", goal: "g", audience: "a", languages: ["en"], slug: "a-draft" }) { id } }`, {}, { cookie: manager });
    expect(draft.data).toBeTruthy();
    expect((await beacon(t, { c: 'a-draft', e: [{ k: 'view' }] })).status).toBe(404);
    await flush();
    expect(await events()).toBe(before);
  });

  it('honours Do Not Track and Global Privacy Control: nothing is counted', async () => {
    const before = await events();
    expect((await beacon(t, { c: 'see-lies', e: [{ k: 'view' }] }, { dnt: '1' })).status).toBe(204);
    expect((await beacon(t, { c: 'see-lies', e: [{ k: 'view' }] }, { 'sec-gpc': '1' })).status).toBe(204);
    await flush();
    expect(await events()).toBe(before);
  });

  describe('figures against a hand-counted event set', () => {
    let incremental: Record<string, unknown>;
    beforeAll(async () => {
      // Start from a clean campaign-day: what the earlier tests sent is deleted, then rolled up again.
      await t.sql('DELETE FROM campaign_events WHERE campaign_id = ?', [campaign.id]);
      await t.app.get(RollupService).rebuild(campaign.id);
      await t.sql('DELETE FROM campaign_daily_rollups WHERE campaign_id = ?', [campaign.id]);
      const a = (k: string, m: string | null) => ({ k, m, r: linkCode, s: 'news.example' });
      const send = (ua: string, e: Beacon[]) => beacon(t, { c: 'see-lies', e }, { 'user-agent': ua });
      // A: through the partner's link from news.example: the campaign page, the video twice, play, 25 %, 50 %.
      await send(UA.A, [a('view', null), a('view', 'talk-show'), a('view', 'talk-show'), a('play', 'talk-show'), a('p25', 'talk-show'), a('p50', 'talk-show')]);
      // B: direct, watches the video to the end.
      await send(UA.B, ['view', 'play', 'p25', 'p50', 'p75', 'p100'].map((k) => ({ k, m: 'talk-show' })));
      // C: from school.example, reads the article to the end and shares it, then starts the course.
      await send(UA.C, [{ k: 'view', m: 'five-signs', s: 'school.example' }, { k: 'read', m: 'five-signs', s: 'school.example' }, { k: 'share', m: 'five-signs', s: 'school.example' }, { k: 'course_start', m: null, s: 'school.example' }]);
      // B comes back later the same day: still one visitor.
      await send(UA.B, [{ k: 'view', m: null }]);
      await t.gql(`mutation ($id: ID!) { addLedgerEntry(campaignId: $id, input: { source: "Radio", kind: "AUDIENCE", reach: 50000, date: "${today}" }) { id } }`, { id: campaign.id }, { cookie: manager });
      incremental = await dashboard(today, today);
    });

    it('counts visitors, views and events as counted by hand, within seconds of the beacon', () => {
      expect(incremental['totals']).toEqual({
        visitorDays: 3, views: 6, videoPlays: 2, videoCompletions: 1, articlesRead: 1, shares: 1, coursesStarted: 1, coursesCompleted: 0,
      });
      expect(incremental['daily']).toEqual([{ day: today, visitors: 3, views: 6 }]);
      expect(incremental['rolledUpAt']).toBeTruthy();
    });

    it('gives each material its visitors and the video its completion funnel', () => {
      expect(incremental['materials']).toEqual([
        {
          slug: 'talk-show', kind: 'VIDEO', visitors: 2, views: 3, reads: 0, shares: 0,
          funnel: [{ step: 'play', count: 2 }, { step: 'p25', count: 2 }, { step: 'p50', count: 2 }, { step: 'p75', count: 1 }, { step: 'p100', count: 1 }],
        },
        { slug: 'five-signs', kind: 'ARTICLE', visitors: 1, views: 1, reads: 1, shares: 1, funnel: [] },
      ]);
    });

    it('breaks reach down by tracked link and by source', () => {
      expect(incremental['links']).toEqual([
        { key: linkCode, label: 'Partner NGO site', visitors: 1, views: 3 },
        { key: 'direct', label: 'No tracked link', visitors: 2, views: 3 },
      ]);
      expect(incremental['sources']).toEqual([
        { key: 'news.example', label: 'news.example', visitors: 1, views: 3 },
        { key: 'direct', label: 'Direct or unknown', visitors: 1, views: 2 },
        { key: 'school.example', label: 'school.example', visitors: 1, views: 1 },
      ]);
    });

    it('shows the ledger apart and labels the headline honestly', () => {
      expect(incremental['ledger']).toEqual([{ source: 'Radio', reach: 50000 }]);
      expect(incremental['headline']).toEqual({
        materials: 2,
        measuredVisitorDays: 3,
        reportedReach: 50000,
        text: '2 materials reached 3 visitor-days measured by Zorka (unique visitors per day, summed over 1 day; one person visiting on two days counts twice) and 50,000 reported by partners (ledger, not measured by Zorka).',
      });
    });

    it('rebuilds exactly the roll-ups it kept up incrementally, and adds days it had not seen', async () => {
      const rows = () => t.sql('SELECT day, dimension, dimension_key, kind, events, visitors FROM campaign_daily_rollups WHERE campaign_id = ? ORDER BY day, dimension, dimension_key, kind', [campaign.id]);
      const before = await rows();
      // Yesterday's raw events, written behind the roll-ups' back (as after a crash): one visitor, the video.
      const yesterday = dayOffset(-1);
      for (const kind of ['view', 'play']) {
        await t.sql('INSERT INTO campaign_events (day, campaign_id, material_id, link_id, kind, visitor_hash, source_host) VALUES (?, ?, ?, NULL, ?, ?, NULL)', [yesterday, campaign.id, campaign.video.id, kind, 'AAAAAAAAAAAAAAAAAAAAAA']);
      }
      const res = await t.gql(`mutation ($id: ID!) { rebuildCampaignRollups(campaignId: $id) }`, { id: campaign.id }, { cookie: manager });
      expect(Date.parse(res.data!.rebuildCampaignRollups)).toBeGreaterThan(0);
      const after = await rows();
      expect(after.filter((r) => r['day'] === today)).toEqual(before);
      const rebuilt = await dashboard(yesterday, today);
      expect(rebuilt.daily).toEqual([{ day: yesterday, visitors: 1, views: 1 }, { day: today, visitors: 3, views: 6 }]);
      expect(rebuilt.totals.visitorDays).toBe(4); // the person who came on two days would count twice: visitor-days, not people
      const todayOnly = await dashboard(today, today);
      expect({ ...todayOnly, rolledUpAt: null, previous: null }).toEqual({ ...incremental, rolledUpAt: null, previous: null });
      expect(todayOnly.previous).toEqual({ visitorDays: 1, views: 1 });
    });

    it('refuses a range that is reversed or longer than 366 days', async () => {
      const bad = (from: string, to: string) => t.gql(DASHBOARD, { id: campaign.id, from, to }, { cookie: manager });
      expect((await bad('2026-11-02', '2026-11-01')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect((await bad('2024-01-01', '2026-01-01')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      expect(errorCode(await t.gql(DASHBOARD, { id: '00000000-0000-0000-0000-000000000000', from: today, to: today }, { cookie: manager }))).toBe('NOT_FOUND');
    });

    it('after the retention period keeps only the roll-ups of old days', async () => {
      const old = dayOffset(-40);
      await t.sql('INSERT INTO campaign_events (day, campaign_id, material_id, link_id, kind, visitor_hash, source_host) VALUES (?, ?, NULL, NULL, ?, ?, NULL)', [old, campaign.id, 'view', 'BBBBBBBBBBBBBBBBBBBBBB']);
      expect(await t.app.get(RollupService).forgetOldEvents()).toBe(1);
      expect(Number((await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM campaign_events WHERE day = ?', [old]))[0]!.n)).toBe(0);
      expect((await dashboard(old, old)).daily).toEqual([{ day: old, visitors: 1, views: 1 }]);
      // A rebuild recomputes only the days whose raw events are kept: the old day keeps its figures.
      await t.gql(`mutation ($id: ID!) { rebuildCampaignRollups(campaignId: $id) }`, { id: campaign.id }, { cookie: manager });
      expect((await dashboard(old, old)).daily).toEqual([{ day: old, visitors: 1, views: 1 }]);
      const recent = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM campaign_events WHERE day >= ?', [dayOffset(-1)]);
      expect(Number(recent[0]!.n)).toBeGreaterThan(0);
    });
  });

  it('keeps no IP address and no user agent anywhere in the database', async () => {
    const isPostgres = t.app.get(DataSource).options.type === 'postgres';
    const tables = isPostgres
      ? (await t.sql<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'")).map((r) => r.name)
      : (await t.sql<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((r) => r.name);
    expect(tables).toContain('campaign_events');
    const forbidden = ['127.0.0.1', '::1', '::ffff:', ...Object.values(UA), 'visitor A', 'Mozilla'];
    const found: string[] = [];
    for (const table of tables) {
      for (const row of await t.sql(`SELECT * FROM "${table}"`)) {
        const text = JSON.stringify(row);
        for (const needle of forbidden) if (text.includes(needle)) found.push(`${table}: ${needle}`);
      }
    }
    expect(found).toEqual([]);
    expect(await events()).toBeGreaterThan(0);
  });
});

describe('reach: a flood from one source', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CAMPAIGN_INGEST_LIMIT_PER_MINUTE: '10' } });
    const manager = await t.signInAs('campaign_manager');
    await aLiveCampaign(t, manager, 'flooded');
  });
  afterAll(() => t.close());

  it('answers 429 past the limit per source, and stores nothing more', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await beacon(t, { c: 'flooded', e: [{ k: 'view' }] })).status);
    expect(statuses.slice(0, 10).every((s) => s === 204)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    await t.app.get(RollupService).rollUpDirty();
    expect(Number((await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM campaign_events'))[0]!.n)).toBe(10);
  });
});

describe('reach: a clean shutdown writes the events still buffered', () => {
  it('flushes on shutdown', async () => {
    const t = await startTestApp();
    if (t.app.get(DataSource).options.type !== 'sqlite') return t.close(); // the file is read back after the app is gone
    const manager = await t.signInAs('campaign_manager');
    await aLiveCampaign(t, manager, 'shutdown');
    expect((await beacon(t, { c: 'shutdown', e: [{ k: 'view' }, { k: 'view', m: 'talk-show' }] })).status).toBe(204);
    await t.app.close();
    const file = new DataSource({ type: 'sqlite', database: path.join(t.dir, 'zorka.sqlite') });
    await file.initialize();
    expect(await file.query('SELECT COUNT(*) AS n FROM campaign_events')).toEqual([{ n: 2 }]);
    await file.destroy();
    await t.close().catch(() => undefined);
  });
});
