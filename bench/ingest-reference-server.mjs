// The limit ingestion is measured against, in a process of its own like Zorka: a bare node:http
// server that takes the same beacons (text/plain JSON, up to 25 events), hashes the visitor the same
// way, buffers like Zorka's ReachEventBuffer (every 250 ms or 2,000 events) and writes with the same
// multi-row INSERT (500 rows per statement, one transaction per batch) into its own SQLite file with
// Zorka's pragmas and Zorka's campaign_events table. No framework, no validation library, no limits.
// Usage: a JSON object { file, schema: [sql], campaignId, materials: { slug: id } } on stdin; prints
// the port once listening; SIGTERM writes what is waiting, prints the acknowledged events, exits.
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import sqlite3 from 'sqlite3';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { file, schema, campaignId, materials } = JSON.parse(input);

const db = new sqlite3.Database(file);
const exec = (sql) => new Promise((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
const runSql = (sql, params) => new Promise((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));
await exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON');
for (const sql of schema) await exec(sql);

const COLUMNS = '(day, campaign_id, material_id, link_id, kind, visitor_hash, source_host)';
const salt = randomBytes(32);
let waiting = [];
let timer;
let writing = Promise.resolve();
let acknowledged = 0;

function flush() {
  clearTimeout(timer);
  timer = undefined;
  const batch = waiting;
  waiting = [];
  writing = writing.then(async () => {
    if (batch.length === 0) return;
    await exec('BEGIN');
    for (let i = 0; i < batch.length; i += 500) {
      const chunk = batch.slice(i, i + 500);
      await runSql(`INSERT INTO campaign_events ${COLUMNS} VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`, chunk.flat());
    }
    await exec('COMMIT');
  });
  return writing;
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    const hash = createHash('sha256').update(salt).update(req.socket.remoteAddress ?? '').update(String(req.headers['user-agent'] ?? '')).update(campaignId).digest().subarray(0, 16).toString('base64url');
    for (const e of body.e) waiting.push([day, campaignId, e.m ? materials[e.m] ?? null : null, null, e.k, hash, e.s ?? null]);
    acknowledged += body.e.length;
    if (waiting.length >= 2000) void flush();
    else timer ??= setTimeout(flush, 250);
    res.writeHead(204, { 'cache-control': 'no-store' }).end();
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', async () => {
  server.close();
  await flush();
  db.close(() => {
    process.stdout.write(`${acknowledged}\n`);
    process.exit(0);
  });
});
