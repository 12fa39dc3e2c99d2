import * as path from 'node:path';
import { ConfigError, ConfigService } from '../config/config.service';
import { BackupError, backupSqlite, restoreSqlite, type DatabaseSummary } from './sqlite-backup';

const USAGE = 'usage: pnpm backup <file>   |   pnpm restore <file>';

/** Paths are taken from where the operator typed the command (pnpm runs scripts from the repository root). */
const fromCaller = (file: string) => path.resolve(process.env['INIT_CWD'] ?? process.cwd(), file);

function describe(summary: DatabaseSummary): string {
  const rows = Object.entries(summary.rows)
    .filter(([table]) => table !== 'migrations')
    .map(([table, n]) => `    ${table.padEnd(22)} ${n}`);
  return [`  integrity_check: ${summary.integrity}`, `  size: ${(summary.bytes / 1024).toFixed(0)} KiB`, '  rows:', ...rows].join('\n');
}

/** `pnpm backup <file>` / `pnpm restore <file>`: the SQLite database named by DATABASE_URL. */
async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (!file || (command !== 'backup' && command !== 'restore')) throw new BackupError(USAGE);
  const database = new ConfigService().database;
  if (database.type !== 'sqlite') {
    throw new BackupError('DATABASE_URL is PostgreSQL: back it up with pg_dump -Fc and restore it with pg_restore (see the README)');
  }
  if (command === 'backup') {
    const target = fromCaller(file);
    const summary = await backupSqlite(database.file, target);
    process.stdout.write(`Backed up ${database.file}\n     to ${target}\n${describe(summary)}\n`);
  } else {
    const { restored, previous } = await restoreSqlite(database.file, fromCaller(file));
    process.stdout.write(`Restored ${database.file} from ${fromCaller(file)}\n${previous ? `  the database it replaced is kept at ${previous}\n` : ''}${describe(restored)}\n`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof BackupError || error instanceof ConfigError;
  process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
