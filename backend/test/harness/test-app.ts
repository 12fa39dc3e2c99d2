import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { ConfigService } from '../../src/config/config.service';
import type { StaffRole } from '../../src/common/auth/viewer';
import { DemoAccountsService } from '../../src/modules/accounts/demo-accounts.service';
import { ContentImportService } from '../../src/modules/content-import/content-import.service';

const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }';

export const FIXTURE_CONTENT = path.resolve(__dirname, '..', 'fixtures', 'content');
export const REAL_CONTENT = path.resolve(__dirname, '..', '..', '..', 'content');

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; messageKey?: string } }[];
}

export interface Credentials {
  learner?: string;
  /** `name=value` of the staff session cookie */
  cookie?: string;
}

export interface TestApp {
  url: string;
  /** The database this app runs on; pass it as `database` to start a second instance on the same data */
  databaseUrl: string;
  /** Raw SQL for assertions, with `?` placeholders on either engine */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  dir: string;
  app: INestApplication;
  /** `auth`: a learner token, or credentials of either kind */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, auth?: string | Credentials): Promise<GraphqlResponse<T>>;
  /** Signs a demo staff member in; returns the session cookie to pass as `{ cookie }` */
  signInAs(role: StaffRole): Promise<string>;
  /** A new anonymous learner's token */
  newLearner(): Promise<string>;
  importContent(dir?: string): ReturnType<ContentImportService['importFrom']>;
  close(): Promise<void>;
}

/**
 * A real server on a free port, with its own SQLite file in a temporary folder, schema made by the
 * migrations (as in production) and the fixture content imported.
 */
/**
 * The engine under test: SQLite by default; PostgreSQL when ZORKA_TEST_POSTGRES_URL names a server,
 * each app then getting a database of its own, dropped at the end.
 */
async function testDatabase(dir: string): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env['ZORKA_TEST_POSTGRES_URL'];
  if (!server) return { url: `file:${path.join(dir, 'zorka.sqlite')}`, drop: async () => undefined };
  const name = `zorka_it_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function startTestApp(
  options: { contentDir?: string; env?: Record<string, string>; /** another app's databaseUrl: share it (the first app drops it) */ database?: string } = {},
): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorka-it-'));
  const contentDir = options.contentDir ?? FIXTURE_CONTENT;
  const database = options.database ? { url: options.database, drop: async () => undefined } : await testDatabase(dir);
  const config = new ConfigService({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    DATA_DIR: dir,
    CONTENT_DIR: contentDir,
    FRONTEND_DIST: path.join(dir, 'no-frontend'),
    ...options.env,
  });
  const app = await createApp(config);
  const importer = app.get(ContentImportService);
  await importer.importFrom(contentDir);
  const demoAccounts = await app.get(DemoAccountsService).ensure();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const gql: TestApp['gql'] = async (query, variables, auth) => {
    const credentials: Credentials = typeof auth === 'string' ? { learner: auth } : (auth ?? {});
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (credentials.learner) headers['authorization'] = `Learner ${credentials.learner}`;
    if (credentials.cookie) headers['cookie'] = credentials.cookie;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as Omit<GraphqlResponse, 'status'>;
    return { status: res.status, ...body } as GraphqlResponse<any>;
  };

  const dataSource = app.get(DataSource);
  const isPostgres = dataSource.options.type === 'postgres';
  return {
    url,
    databaseUrl: database.url,
    dir,
    sql: (query, params = []) => {
      let n = 0;
      return dataSource.query(isPostgres ? query.replace(/\?/g, () => `$${++n}`) : query, params);
    },
    app,
    gql,
    async newLearner() {
      const res = await gql<{ startLearner: { token: string } }>('mutation { startLearner { token } }');
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.startLearner.token;
    },
    async signInAs(role) {
      const account = demoAccounts.find((a) => a.role === role)!;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { email: account.email, password: account.password } }),
      });
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error(`sign-in as ${role} failed: ${await res.text()}`);
      return cookie;
    },
    importContent: (contentDir2 = contentDir) => importer.importFrom(contentDir2),
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The error code of the first GraphQL error, for terse assertions. */
export const errorCode = (res: GraphqlResponse) => res.errors?.[0]?.extensions?.code;
