// (3) Dashboard: a campaign with 5,000,000 reach events over 30 days, written by a seeded generator
// straight into the database file before Zorka starts, rolled up through `rebuildCampaignRollups`,
// then the manager's `campaignDashboard` for the 30 days through GraphQL, signed in as the campaign
// manager. Reference: the dashboard's roll-up SQL run directly against the file (and, for the
// rebuild, the roll-up's GROUP BY of every day). Target: < 300 ms per dashboard load.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { gql, percentile, root, round, signIn, startZorka } from './lib.mjs';

export const title = 'Dashboard (3)';

const EVENTS = Number(process.env.BENCH_DASHBOARD_EVENTS ?? 5_000_000);
const LOADS = Number(process.env.BENCH_DASHBOARD_LOADS ?? 20);
const DAYS = 30;
const CAMPAIGN = 'see-lies';
const SEED = 20261123;

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The operation the dashboard page sends, with its fragments, from the frontend's own files. */
function dashboardOperation() {
  const dir = path.join(root, 'frontend', 'src', 'graphql', 'campaign-staff');
  const text = ['campaigns.query.graphql', 'campaign.fragment.graphql'].map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const block = (head) => {
    const start = text.indexOf(head);
    if (start < 0) throw new Error(`${head} not found in ${dir}`);
    let depth = 0;
    for (let i = text.indexOf('{', start); i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
    }
    throw new Error(`${head} is not closed`);
  };
  return ['query CampaignDashboard(', 'fragment ReachTotalsFields ', 'fragment BreakdownRowFields ', 'fragment LedgerEntryFields '].map(block).join('\n');
}

/** A small seeded PRNG (mulberry32), so every run writes the same events. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * EVENTS events over the last DAYS days: each visitor (a hash, new every day as with the real salt)
 * views the campaign page, then some read an article, play the video and watch part of it, share,
 * start and finish the course, as the tracker reports them; some come through a tracked link, some
 * from a referring site.
 */
function generate(file, campaignId, materials, links) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // the generator only; Zorka opens the file with its own pragmas
  const rnd = random(SEED);
  const ROWS = 500;
  const insert = db.prepare(`INSERT INTO campaign_events (day, campaign_id, material_id, link_id, kind, visitor_hash, source_host) VALUES ${Array.from({ length: ROWS }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`);
  const byKind = (kind) => materials.filter((m) => m.kind === kind);
  const videos = byKind('video');
  const articles = byKind('article');
  const courses = byKind('course');
  const sources = [null, null, null, 'news.example.org', 'school-chat.example.net', 't.me', 'facebook.com', 'ok.ru'];
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  let pending = [];
  let written = 0;
  const flush = db.transaction((rows) => {
    for (let i = 0; i + ROWS <= rows.length; i += ROWS) insert.run(rows.slice(i, i + ROWS).flat());
  });
  const perDay = Math.ceil(EVENTS / DAYS);
  for (let d = 0; d < DAYS && written < EVENTS; d++) {
    const date = day(d - (DAYS - 1));
    for (let v = 0, today = 0; today < perDay && written + pending.length < EVENTS; v++) {
      const hash = Buffer.from(`${date}:${v}:${Math.floor(rnd() * 1e9)}`).toString('base64url').slice(0, 22).padEnd(22, 'x');
      const link = rnd() < 0.4 ? pick(links) : null;
      const source = link ? null : pick(sources);
      const visit = [[null, 'view']];
      if (rnd() < 0.5) visit.push([pick(articles).id, 'view'], [pick(articles).id, 'read']);
      if (rnd() < 0.4) {
        const video = pick(videos).id;
        visit.push([video, 'view'], [video, 'play']);
        for (const p of ['p25', 'p50', 'p75', 'p100']) if (rnd() < 0.6) visit.push([video, p]);
      }
      if (rnd() < 0.1) visit.push([pick(materials).id, 'share']);
      if (rnd() < 0.15) {
        const course = pick(courses).id;
        visit.push([course, 'view'], [course, 'course_start']);
        if (rnd() < 0.4) visit.push([course, 'course_complete']);
      }
      for (const [material, kind] of visit) pending.push([date, campaignId, material, link, kind, hash, source]);
      today += visit.length;
      if (pending.length >= 50_000) {
        const whole = pending.length - (pending.length % ROWS);
        flush(pending.slice(0, whole));
        written += whole;
        pending = pending.slice(whole);
      }
    }
  }
  pending = pending.slice(0, EVENTS - written);
  const whole = pending.length - (pending.length % ROWS);
  flush(pending.slice(0, whole));
  const rest = db.prepare('INSERT INTO campaign_events (day, campaign_id, material_id, link_id, kind, visitor_hash, source_host) VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => pending.slice(whole).forEach((r) => rest.run(r)))();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const count = db.prepare('SELECT COUNT(*) AS n FROM campaign_events WHERE campaign_id = ?').get(campaignId).n;
  db.close();
  return count;
}

function timed(fn) {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

export async function run({ log }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zorka-dashboard-'));
  const file = path.join(dir, 'zorka.sqlite');
  const env = { DATABASE_URL: `file:${file}`, DATA_DIR: dir };
  try {
    // 1. A fresh Zorka makes the schema, imports the content and the demo accounts; the manager makes tracked links.
    const first = await startZorka({ env });
    const accounts = first.accounts;
    let campaignId;
    try {
      const cookie = await signIn(first, 'campaign_manager');
      const { data } = await gql(first.url, '{ campaigns { id slug } }', {}, { cookie });
      campaignId = data.campaigns.find((c) => c.slug === CAMPAIGN).id;
      for (const [channel, utmSource] of [['Partner NGO site', 'partner'], ['School chat', 'school'], ['Poster QR code', 'poster'], ['Radio', 'radio'], ['Newsletter', 'newsletter']]) {
        await gql(first.url, 'mutation ($c: ID!, $i: TrackedLinkInput!) { createTrackedLink(campaignId: $c, input: $i) { id } }', { c: campaignId, i: { channel, utmSource, utmMedium: 'referral' } }, { cookie });
      }
    } finally {
      await first.stop();
    }

    // 2. The events, straight into the file while no Zorka runs.
    const db = new Database(file, { readonly: true });
    const materials = db.prepare('SELECT id, kind FROM campaign_materials WHERE campaign_id = ?').all(campaignId);
    const links = db.prepare('SELECT id FROM campaign_links WHERE campaign_id = ?').all(campaignId).map((r) => r.id);
    db.close();
    const generated = timed(() => generate(file, campaignId, materials, links));
    log(`generated ${generated.value} events over ${DAYS} days in ${round(generated.ms / 1000, 1)} s (${materials.length} materials, ${links.length} links)`);

    // 3. Zorka again on that file: the manager rebuilds the roll-ups, then loads the dashboard.
    const zorka = await startZorka({ env });
    zorka.accounts = accounts;
    try {
      const cookie = await signIn(zorka, 'campaign_manager');
      let t0 = process.hrtime.bigint();
      await gql(zorka.url, 'mutation ($c: ID!) { rebuildCampaignRollups(campaignId: $c) }', { c: campaignId }, { cookie });
      const rebuildMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const query = dashboardOperation();
      const variables = { campaignId, from: day(-(DAYS - 1)), to: day(0) };
      const loads = [];
      let views = 0;
      for (let i = 0; i < LOADS + 2; i++) {
        t0 = process.hrtime.bigint();
        const { data } = await gql(zorka.url, query, variables, { cookie });
        if (i >= 2) loads.push(Number(process.hrtime.bigint() - t0) / 1e6); // the first two warm up
        views = data.campaignDashboard.totals.views;
      }
      loads.sort((a, b) => a - b);

      // Reference: the dashboard's roll-up read (this period and the one before), and the roll-up's
      // per-day GROUP BY, run directly on the file.
      const ref = new Database(file, { readonly: true });
      const rollups = ref.prepare('SELECT day, dimension, dimension_key, kind, events, visitors FROM campaign_daily_rollups WHERE campaign_id = ? AND day >= ? AND day <= ?');
      const reads = [];
      let rollupRows = 0;
      for (let i = 0; i < LOADS + 2; i++) {
        const r = timed(() => rollups.all(campaignId, day(-(2 * DAYS - 1)), day(0)));
        if (i >= 2) reads.push(r.ms);
        rollupRows = r.value.length;
      }
      reads.sort((a, b) => a - b);
      const groupBy = ref.prepare('SELECT material_id, link_id, source_host, kind, visitor_hash, COUNT(*) AS n FROM campaign_events WHERE campaign_id = ? AND day = ? GROUP BY material_id, link_id, source_host, kind, visitor_hash');
      const rawRollup = timed(() => {
        for (let d = 0; d < DAYS; d++) groupBy.all(campaignId, day(d - (DAYS - 1)));
      });
      ref.close();
      const sizeMb = (statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)) / 2 ** 20;
      log(`rebuild of the roll-ups: ${round(rebuildMs)} ms (the GROUP BY of every day alone: ${round(rawRollup.ms)} ms); ${rollupRows} roll-up rows for 60 days`);
      log(`dashboard, 30 days (${views} views): p50 ${round(percentile(loads, 50), 1)} ms p99 ${round(percentile(loads, 99), 1)} ms; the roll-up read alone p50 ${round(percentile(reads, 50), 2)} ms; database ${round(sizeMb)} MB`);
      return [
        { measure: `dashboard load, 30 days, ${(generated.value / 1e6).toFixed(1)} M events: p50`, zorka: percentile(loads, 50), reference: percentile(reads, 50), unit: 'ms' },
        { measure: 'dashboard load p99', zorka: percentile(loads, 99), reference: percentile(reads, 99), unit: 'ms', target: '< 300 ms', ok: percentile(loads, 99) < 300 },
        { measure: 'roll-up rebuild (30 days)', zorka: rebuildMs, reference: rawRollup.ms, unit: 'ms' },
        { measure: 'database file', zorka: sizeMb, unit: 'MB' },
      ];
    } finally {
      await zorka.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
