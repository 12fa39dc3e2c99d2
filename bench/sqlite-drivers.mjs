// sqlite3 against better-sqlite3 for the reach buffer's bulk insert, at the driver level: the same
// table (Zorka's campaign_events), the same pragmas (WAL, synchronous=FULL), the same batches
// (2,000 events per transaction, 500 rows per multi-row INSERT, the statement prepared once).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import sqlite3 from 'sqlite3';

const PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;';
const BATCH = 2_000;
const ROWS = 500;
const SQL = `INSERT INTO campaign_events (day, campaign_id, material_id, link_id, kind, visitor_hash, source_host) VALUES ${Array.from({ length: ROWS }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`;

const row = (i) => ['2026-11-23', 'c0000000-0000-4000-8000-000000000000', i % 4 ? `m000000${i % 4}-0000-4000-8000-000000000000` : null, null, ['view', 'read', 'play', 'p50'][i % 4], `h${String(i % 50_000).padStart(21, '0')}`, i % 5 ? null : 'example.org'];

/** Events per second for each driver inserting `events` rows into a fresh file. */
export async function compareDrivers(schema, events) {
  const params = Array.from({ length: BATCH / ROWS }, (_, s) => Array.from({ length: ROWS }, (_, j) => row(s * ROWS + j)).flat());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zorka-drivers-'));
  try {
    const better = new Database(path.join(dir, 'better.sqlite'));
    better.exec(PRAGMAS);
    for (const sql of schema) better.exec(sql);
    const insert = better.prepare(SQL);
    const batch = better.transaction(() => params.forEach((p) => insert.run(p)));
    let started = process.hrtime.bigint();
    for (let n = 0; n < events; n += BATCH) batch();
    const betterRate = events / (Number(process.hrtime.bigint() - started) / 1e9);
    better.close();

    const db = new sqlite3.Database(path.join(dir, 'sqlite3.sqlite'));
    const exec = (sql) => new Promise((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
    await exec(PRAGMAS);
    for (const sql of schema) await exec(sql);
    const statement = db.prepare(SQL);
    const run = (p) => new Promise((resolve, reject) => statement.run(p, (e) => (e ? reject(e) : resolve())));
    started = process.hrtime.bigint();
    for (let n = 0; n < events; n += BATCH) {
      await exec('BEGIN');
      for (const p of params) await run(p);
      await exec('COMMIT');
    }
    const sqlite3Rate = events / (Number(process.hrtime.bigint() - started) / 1e9);
    await new Promise((resolve) => statement.finalize(resolve));
    await new Promise((resolve) => db.close(resolve));
    return { sqlite3: sqlite3Rate, betterSqlite3: betterRate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
