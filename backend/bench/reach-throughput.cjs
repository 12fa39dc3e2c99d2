/**
 * Reach ingestion benchmark: `npx tsc -p tsconfig.build.json && node bench/reach-throughput.cjs [sqlite|postgres]`.
 * Measures (1) the batched write path alone, (2) POST /e end to end over HTTP, (3) a day's roll-up and
 * a 30-day dashboard read over a campaign with a million raw events. Prints one JSON line per figure.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { DataSource } = require('typeorm');
const { createApp } = require('../dist/app.factory');
const { ConfigService } = require('../dist/config/config.service');
const { CampaignsService } = require('../dist/modules/campaigns/campaigns.service');
const { ReachEventBuffer } = require('../dist/modules/reach/reach-event-buffer');
const { ReachRepository } = require('../dist/modules/reach/reach.repository');
const { ReachService } = require('../dist/modules/reach/reach.service');
const { RollupService } = require('../dist/modules/reach/rollup.service');

const engine = process.argv[2] ?? 'sqlite';
const report = (figure) => console.log(JSON.stringify({ engine, ...figure }));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorka-bench-'));
  const database = engine === 'postgres' ? `postgres://postgres@127.0.0.1:5432/${await pgDatabase()}` : `file:${path.join(dir, 'bench.sqlite')}`;
  const config = new ConfigService({ NODE_ENV: 'test', DATABASE_URL: database, LOG_LEVEL: 'silent', DATA_DIR: dir, CONTENT_DIR: path.resolve(__dirname, '../../content'), FRONTEND_DIST: path.join(dir, 'none'), CAMPAIGN_INGEST_LIMIT_PER_MINUTE: '1000000' });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const campaigns = app.get(CampaignsService);
  const campaign = await campaigns.create({ title: 'Bench', goal: 'g', audience: 'a', languages: ['en'], slug: 'bench' });
  await campaigns.addMaterial(campaign.id, { kind: 'article', title: 'A', summary: 's', locale: 'en', slug: 'a', articleMarkdown: 'x' });
  await campaigns.setStatus(campaign.id, 'live');
  const materialId = (await campaigns.materialsOf(campaign.id))[0].id;
  const buffer = app.get(ReachEventBuffer);

  // (1) The write path: events handed to the buffer as 25-event batches, until all are on disk.
  const N = 200_000;
  const event = (i, d) => ({ day: d, campaignId: campaign.id, materialId: i % 2 ? materialId : null, linkId: null, kind: i % 3 ? 'view' : 'play', visitorHash: randomBytes(16).toString('base64url').slice(0, 22), sourceHost: i % 5 ? null : 'example.org' });
  const today = day(0);
  const batches = Array.from({ length: N / 25 }, (_, b) => Array.from({ length: 25 }, (_, j) => event(b * 25 + j, today)));
  let started = process.hrtime.bigint();
  for (const [b, batch] of batches.entries()) {
    buffer.push(batch);
    if (b % 80 === 0) await new Promise((r) => setImmediate(r)); // let the writer run, as between requests
  }
  await buffer.flush();
  let seconds = Number(process.hrtime.bigint() - started) / 1e9;
  report({ figure: 'batched writes', events: N, seconds: +seconds.toFixed(2), eventsPerSecond: Math.round(N / seconds) });

  // Baseline: the same 32 senders on GET /health, to see what the HTTP stack itself costs on this machine.
  let health = 0;
  const healthUntil = Date.now() + 3_000;
  await Promise.all(Array.from({ length: 32 }, async () => {
    while (Date.now() < healthUntil) if ((await fetch(`${url}/health`)).ok) health++;
  }));
  report({ figure: 'baseline GET /health (32 senders)', requestsPerSecond: Math.round(health / 3) });

  // (2) HTTP end to end: 32 concurrent senders, 25 events per beacon, for 6 seconds.
  const body = JSON.stringify({ c: 'bench', e: Array.from({ length: 25 }, (_, i) => ({ k: i % 2 ? 'view' : 'play', m: i % 3 ? 'a' : null, s: 'example.org' })) });
  let requests = 0;
  let refused = 0;
  const until = Date.now() + 6_000;
  started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: 32 }, async (_, w) => {
    while (Date.now() < until) {
      const res = await fetch(`${url}/e`, { method: 'POST', headers: { 'content-type': 'text/plain', 'user-agent': `bench ${w} ${requests}` }, body });
      if (res.status === 204) requests++;
      else refused++;
    }
  }));
  await buffer.flush();
  seconds = Number(process.hrtime.bigint() - started) / 1e9;
  report({ figure: 'POST /e over HTTP (32 senders, 25 events per beacon)', beacons: requests, refused, events: requests * 25, seconds: +seconds.toFixed(2), eventsPerSecond: Math.round((requests * 25) / seconds) });

  // (3) A million raw events over 30 days, rolled up; then the dashboard over those 30 days.
  const repository = app.get(ReachRepository);
  for (let d = -29; d <= -1; d++) {
    const rows = Array.from({ length: 1_000_000 / 30 }, (_, i) => event(i, day(d)));
    for (let i = 0; i < rows.length; i += 5_000) await repository.insertEvents(rows.slice(i, i + 5_000));
  }
  started = process.hrtime.bigint();
  await repository.rollUpDay(campaign.id, day(-1));
  report({ figure: 'roll-up of one day (33,333 events)', ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) });
  for (let d = -29; d <= -2; d++) await repository.rollUpDay(campaign.id, day(d));
  // Today's day (the writes above) is rolled up by the background job; the dashboard then reads roll-ups.
  started = process.hrtime.bigint();
  await app.get(RollupService).rollUpDirty();
  report({ figure: 'background roll-up of today', ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) });
  const reach = app.get(ReachService);
  started = process.hrtime.bigint();
  const dashboard = await reach.dashboard(campaign.id, day(-29), day(0));
  report({ figure: 'dashboard over 30 days (~1.2 million raw events, read from roll-ups)', ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6), visitorDays: dashboard.totals.visitorDays });

  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function pgDatabase() {
  const { Client } = require('pg');
  const name = `zorka_bench_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return name;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
