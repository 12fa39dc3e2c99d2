import * as fs from 'node:fs';
import * as path from 'node:path';
import sqlite3 from 'sqlite3';

/** How long a backup waits for the server's writers (it only reads; in WAL mode they never block it for long). */
const BUSY_TIMEOUT_MS = 5_000;

export class BackupError extends Error {}

/** sqlite3's backup API (not in its type declarations): copies pages between two databases under SQLite's locks. */
interface SqliteBackup {
  step(pages: number, callback: (error: Error | null) => void): void;
  finish(callback?: (error: Error | null) => void): void;
  completed: boolean;
}
type WithBackup = sqlite3.Database & {
  backup(filename: string, destName: string, sourceName: string, filenameIsDest: boolean, callback: (error: Error | null) => void): SqliteBackup;
};

function open(file: string, mode = sqlite3.OPEN_READWRITE): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (error) => (error ? reject(error) : resolve(db)));
  });
}
const exec = (db: sqlite3.Database, sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
const all = <T>(db: sqlite3.Database, sql: string) =>
  new Promise<T[]>((resolve, reject) => db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
const close = (db: sqlite3.Database) => new Promise<void>((resolve) => db.close(() => resolve()));

/** Writes a file's bytes (and its directory entry) to disk, so that a backup exists once we say it does. */
function fsyncFileAndDir(file: string): void {
  const fd = fs.openSync(file, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  const dir = fs.openSync(path.dirname(file), 'r');
  fs.fsyncSync(dir);
  fs.closeSync(dir);
}

export interface DatabaseSummary {
  integrity: string;
  bytes: number;
  /** Rows per table, migrations' bookkeeping excluded */
  rows: Record<string, number>;
}

/** PRAGMA integrity_check and a row count of every table: what an operator checks a copy by. */
export async function summarize(file: string): Promise<DatabaseSummary> {
  const db = await open(file, sqlite3.OPEN_READONLY);
  try {
    const integrity = (await all<{ integrity_check: string }>(db, 'PRAGMA integrity_check')).map((r) => r.integrity_check).join('; ');
    const tables = await all<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    const rows: Record<string, number> = {};
    for (const { name } of tables) rows[name] = (await all<{ n: number }>(db, `SELECT COUNT(*) AS n FROM "${name}"`))[0]?.n ?? 0;
    return { integrity, bytes: fs.statSync(file).size, rows };
  } finally {
    await close(db);
  }
}

/**
 * An online backup: `VACUUM INTO` reads one consistent snapshot in a read transaction, so the server
 * keeps writing meanwhile (WAL) and the copy holds exactly what was committed when it started. Written
 * beside the target first and renamed into place once complete, checked and on disk.
 */
export async function backupSqlite(liveFile: string, target: string): Promise<DatabaseSummary> {
  if (!fs.existsSync(liveFile)) throw new BackupError(`There is no database at ${liveFile}`);
  if (fs.existsSync(target)) throw new BackupError(`${target} exists already: choose a new file name`);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const db = await open(liveFile, sqlite3.OPEN_READONLY);
  try {
    await exec(db, `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await new Promise<void>((resolve, reject) => db.run('VACUUM INTO ?', [partial], (error) => (error ? reject(error) : resolve())));
  } finally {
    await close(db);
  }
  const summary = await summarize(partial);
  if (summary.integrity !== 'ok') {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`The copy failed its integrity check (${summary.integrity}); nothing was written`);
  }
  fsyncFileAndDir(partial);
  fs.renameSync(partial, target);
  fsyncFileAndDir(target);
  return summary;
}

/**
 * Restores a backup into the database file, only when no process has the database open: the restore
 * takes SQLite's exclusive lock first (a running server holds a shared lock, so it is refused), keeps the
 * current database beside it, then copies the backup in with SQLite's backup API under that lock.
 */
export async function restoreSqlite(liveFile: string, source: string): Promise<{ restored: DatabaseSummary; previous?: string }> {
  if (!fs.existsSync(source)) throw new BackupError(`There is no backup at ${source}`);
  const checked = await summarize(source);
  if (checked.integrity !== 'ok') throw new BackupError(`${source} failed its integrity check (${checked.integrity}): not restored`);
  if (!('migrations' in checked.rows)) throw new BackupError(`${source} is not a Zorka database (it has no migrations table): not restored`);

  fs.mkdirSync(path.dirname(liveFile), { recursive: true });
  const db = (await open(liveFile, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE)) as WithBackup;
  let previous: string | undefined;
  try {
    try {
      // Held until this connection closes: no server can open the database in the meantime.
      await exec(db, 'PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;');
    } catch {
      throw new BackupError(`${liveFile} is in use (is Zorka running?): stop the server, then restore`);
    }
    if (fs.statSync(liveFile).size > 0) {
      previous = `${liveFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await new Promise<void>((resolve, reject) => db.run('VACUUM INTO ?', [previous], (error) => (error ? reject(error) : resolve())));
      fsyncFileAndDir(previous);
    }
    await new Promise<void>((resolve, reject) => {
      const backup = db.backup(source, 'main', 'main', false, (error) => {
        if (error) return reject(error);
        backup.step(-1, (stepError) => {
          if (stepError) return reject(stepError);
          backup.finish((finishError) => (finishError ? reject(finishError) : resolve()));
        });
      });
    });
  } finally {
    await close(db);
  }
  const restored = await summarize(liveFile);
  if (restored.integrity !== 'ok') throw new BackupError(`The restored database failed its integrity check (${restored.integrity})`);
  return { restored, previous };
}
