// The built server as a child process, for the durability and fuzz scripts: started on its own SQLite
// file in a temporary folder, with the small fixture course, and nothing built by the script itself.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { root } from './lib.mjs';

export const BUILT_SERVER = path.join(root, 'backend', 'dist', 'main.js');
export const FIXTURE_CONTENT = path.join(root, 'backend', 'test', 'fixtures', 'content');

/** The backend's own sqlite3 module, to look into a database file the way an operator would. */
export const sqlite3 = createRequire(path.join(root, 'backend', 'package.json'))('sqlite3');

export function requireBuild() {
  if (existsSync(BUILT_SERVER)) return;
  process.stderr.write(`${path.relative(root, BUILT_SERVER)} is missing: run \`pnpm build\` first.\n`);
  process.exit(2);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts `node backend/dist/main.js` on `<dir>/zorka.sqlite`; resolves once /health answers. Output goes to `<dir>/server.log`. */
export async function startServer(dir, { port, env = {} } = {}) {
  port ??= await freePort();
  const log = createWriteStream(path.join(dir, 'server.log'), { flags: 'a' });
  const child = spawn(process.execPath, [BUILT_SERVER], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dir, 'zorka.sqlite')}`,
      DATA_DIR: dir,
      CONTENT_DIR: FIXTURE_CONTENT,
      FRONTEND_DIST: path.join(dir, 'no-frontend'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${url}/health`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start; see ${path.join(dir, 'server.log')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, port, child, exited };
}

/** POSTs one GraphQL operation; resolves to the parsed body, or throws when the connection fails. */
export async function gql(url, query, variables = {}, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Learner ${token}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...(await res.json()) };
}

/** Opens a SQLite file (read-write, so that a crashed WAL is recovered as the server would) and runs queries. */
export async function querySqlite(file, queries) {
  const db = await new Promise((resolve, reject) => {
    const opened = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(opened)));
  });
  try {
    const results = [];
    for (const query of queries) {
      results.push(await new Promise((resolve, reject) => db.all(query, (error, rows) => (error ? reject(error) : resolve(rows)))));
    }
    return results;
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}
