// (2) Ingestion: campaign reach events per second into SQLite through the real endpoint (POST /e),
// sent as the tracker sends them (text/plain JSON, 25 events per beacon), by 200 concurrent senders
// each on its own address, against the limit for this design: a bare node:http server in its own
// process writing the same beacons with the same batched insert into its own SQLite file. Also
// sqlite3 against better-sqlite3 for that insert. Target: >= 20,000 events/s, no 5xx, nothing lost.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { compareDrivers } from './sqlite-drivers.mjs';
import { deviceAddress, percentile, round, sleep, startZorka } from './lib.mjs';

export const title = 'Ingestion (2)';

const SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 10);
const SENDERS = Number(process.env.BENCH_INGEST_SENDERS ?? 200);
const DRIVER_EVENTS = Number(process.env.BENCH_DRIVER_EVENTS ?? 200_000);
const PER_BEACON = 25; // MAX_EVENTS in backend/src/modules/reach/ingest-body.ts, BATCH in the tracker
const CAMPAIGN = 'see-lies'; // a live campaign of the real content
const MATERIALS = ['talk-show', 'warning-signs', 'simple-precautions', null];
const KINDS = { 'talk-show': ['play', 'p25', 'p50', 'p75', 'p100'], 'warning-signs': ['read', 'share'], 'simple-precautions': ['read'], null: ['view'] };

/** A beacon as reach-beacon.ts builds it: a visitor's queued events, with the page's referrer host. */
function beacon(sender, n) {
  const events = Array.from({ length: PER_BEACON }, (_, i) => {
    const m = MATERIALS[(sender + n + i) % MATERIALS.length];
    const kinds = KINDS[m];
    return { k: kinds[(n + i) % kinds.length], m, r: null, s: sender % 3 ? null : 'news.example.org' };
  });
  return JSON.stringify({ c: CAMPAIGN, e: events });
}

/** Bytes the events of campaign_events and its indexes take, from SQLite's own page accounting. */
function eventTable(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = db.prepare('SELECT COUNT(*) AS n FROM campaign_events').get().n;
    const bytes = db.prepare("SELECT SUM(pgsize) AS b FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'campaign_events')").get().b;
    return { count, bytes };
  } finally {
    db.close();
  }
}

/** SENDERS loops, each on its own address and keep-alive connection, posting beacons for SECONDS. */
async function flood(url) {
  const latencies = [];
  const statuses = new Map();
  let acknowledged = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: SENDERS }, async (_, s) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: deviceAddress(s) });
      const ua = `Mozilla/5.0 (Linux; Android 14; bench ${s}) Mobile`;
      for (let n = 0; Date.now() < until; n++) {
        const body = beacon(s, n);
        const t0 = process.hrtime.bigint();
        const status = await new Promise((resolve) => {
          const req = http.request(`${url}/e`, { method: 'POST', agent, headers: { 'content-type': 'text/plain;charset=UTF-8', 'content-length': Buffer.byteLength(body), 'user-agent': ua } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode));
          });
          req.on('error', () => resolve('error'));
          req.end(body);
        });
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 204) acknowledged += PER_BEACON;
      }
      agent.destroy();
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const failed = [...statuses].filter(([s]) => s !== 204).reduce((n, [, c]) => n + c, 0);
  return { rate: acknowledged / seconds, acknowledged, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failed, statuses: Object.fromEntries(statuses) };
}

async function startReference(file, schema, campaignId, materials) {
  const child = spawn(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'ingest-reference-server.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify({ file, schema, campaignId, materials }));
  const [line] = await once(child.stdout, 'data');
  return {
    url: `http://127.0.0.1:${String(line).trim()}`,
    async stop() {
      child.kill('SIGTERM');
      const [acknowledged] = await once(child.stdout, 'data');
      return Number(String(acknowledged).trim());
    },
  };
}

export async function run({ log }) {
  // The bench's 200 senders post as fast as they can: far above the default 300 beacons a minute
  // a source may send, which is meant for browsers (one beacon every 5 s).
  const zorka = await startZorka({ env: { CAMPAIGN_INGEST_LIMIT_PER_MINUTE: '1000000' } });
  const refDir = mkdtempSync(path.join(os.tmpdir(), 'zorka-ingest-ref-'));
  const rows = [];
  try {
    const file = path.join(zorka.dir, 'zorka.sqlite');
    const db = new Database(file, { readonly: true });
    const schema = db.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'campaign_events' AND sql IS NOT NULL ORDER BY type DESC").all().map((r) => r.sql);
    const campaignId = db.prepare('SELECT id FROM campaigns WHERE slug = ?').get(CAMPAIGN).id;
    const materials = Object.fromEntries(db.prepare('SELECT slug, id FROM campaign_materials WHERE campaign_id = ?').all(campaignId).map((r) => [r.slug, r.id]));
    db.close();
    const before = eventTable(file);

    // Warm-up (JIT, the campaign cache), not counted below.
    await fetch(`${zorka.url}/e`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: beacon(0, 0) }).then((r) => r.arrayBuffer());
    await sleep(500);
    const warm = eventTable(file).count;

    const z = await flood(zorka.url);
    // The buffer writes every 250 ms, but a batch may wait behind a roll-up of the day: wait until
    // the count stops growing (at most a minute), and say how long the last events took to land.
    const drainStarted = Date.now();
    let after = eventTable(file);
    for (let stable = 0; stable < 4 && Date.now() - drainStarted < 60_000; ) {
      await sleep(500);
      const now = eventTable(file);
      stable = now.count === after.count ? stable + 1 : 0;
      after = now;
    }
    const drainS = (Date.now() - drainStarted - 2_000) / 1000;
    const stored = after.count - warm;
    const zBytesPerM = ((after.bytes - before.bytes) / (after.count - before.count)) * 1e6;
    log(`Zorka: ${round(z.rate)} events/s acknowledged, beacon p50 ${round(z.p50, 1)} ms p99 ${round(z.p99, 1)} ms, statuses ${JSON.stringify(z.statuses)}, stored ${stored} of ${z.acknowledged} (all on disk ${round(Math.max(0, drainS), 1)} s after the last beacon), ${round(zBytesPerM / 2 ** 20, 1)} MB per million events`);

    const refFile = path.join(refDir, 'reference.sqlite');
    const reference = await startReference(refFile, schema, campaignId, materials);
    const r = await flood(reference.url);
    const refAcknowledged = await reference.stop();
    const refTable = eventTable(refFile);
    log(`reference: ${round(r.rate)} events/s, p50 ${round(r.p50, 1)} ms p99 ${round(r.p99, 1)} ms, stored ${refTable.count} of ${refAcknowledged}, ${round(((refTable.bytes / refTable.count) * 1e6) / 2 ** 20, 1)} MB per million events`);

    const drivers = await compareDrivers(schema, DRIVER_EVENTS);
    log(`bulk insert, ${DRIVER_EVENTS} events: sqlite3 ${round(drivers.sqlite3)} events/s, better-sqlite3 ${round(drivers.betterSqlite3)} events/s (${round(drivers.betterSqlite3 / drivers.sqlite3, 2)}x)`);

    rows.push({ measure: `events/s, ${SENDERS} senders, ${PER_BEACON} per beacon`, zorka: z.rate, reference: r.rate, unit: 'ev/s', target: '>= 20,000', ok: z.rate >= 20_000 });
    rows.push({ measure: 'beacon p50 / p99', zorka: `${round(z.p50, 1)} / ${round(z.p99, 1)}`, reference: `${round(r.p50, 1)} / ${round(r.p99, 1)}`, unit: 'ms' });
    rows.push({ measure: 'failed beacons (5xx, SQLITE_BUSY, errors)', zorka: String(z.failed), reference: String(r.failed), unit: '', target: '0', ok: z.failed === 0 });
    rows.push({ measure: 'events stored / acknowledged', zorka: `${stored} / ${z.acknowledged}`, reference: `${refTable.count} / ${refAcknowledged}`, unit: '', target: 'all', ok: stored === z.acknowledged });
    rows.push({ measure: 'database per million events', zorka: zBytesPerM / 2 ** 20, reference: ((refTable.bytes / refTable.count) * 1e6) / 2 ** 20, unit: 'MB' });
    rows.push({ measure: `bulk insert, driver level: sqlite3 (Zorka's) vs better-sqlite3`, zorka: drivers.sqlite3, reference: drivers.betterSqlite3, unit: 'ev/s' });
    return rows;
  } finally {
    await zorka.stop();
    rmSync(refDir, { recursive: true, force: true });
  }
}
