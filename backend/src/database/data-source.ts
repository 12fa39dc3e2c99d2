import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sqlite3 from 'sqlite3';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from '../config/config.service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * sqlite3 as TypeORM gets it, minus "verbose" mode: TypeORM switches it on, and it then records a
 * stack trace and pretty-prints every SQL call's parameters on every query (a third of the server's
 * time in the live-session benchmark), and puts those parameters into error messages, where a
 * nickname could reach a log.
 */
const sqlite3WithoutTraces = { ...sqlite3, verbose: () => sqlite3 };

export function buildDataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, namingStrategy: new SnakeNamingStrategy(), synchronize: false };
  if (target.type === 'postgres') return { ...common, type: 'postgres', url: target.url };
  return { ...common, type: 'sqlite', database: target.file, driver: sqlite3WithoutTraces };
}

/**
 * SQLite settings that make the embedded database safe for many concurrent learners:
 * WAL lets readers work while one writer writes; FULL sync means an acknowledged write
 * survives a power cut; busy_timeout makes writers wait for each other instead of failing.
 */
const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = FULL',
  'PRAGMA busy_timeout = 5000',
  'PRAGMA foreign_keys = ON',
];

/** Opens the database, applies its settings and brings its schema up to date with the migrations. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  if (options.type === 'sqlite' && options.database !== ':memory:') {
    fs.mkdirSync(path.dirname(options.database), { recursive: true });
  }
  const dataSource = await new DataSource(options).initialize();
  if (options.type === 'sqlite') {
    for (const pragma of SQLITE_PRAGMAS) await dataSource.query(pragma);
  }
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
