// Shared by the benchmarks: start a real Zorka (the built backend, as `pnpm start` runs it) on a
// throw-away database, read a process's memory, and send GraphQL from a chosen local address.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let nextPort = Number(process.env.BENCH_PORT ?? 3300);

/**
 * Starts `backend/dist/main.js` in production mode on its own SQLite file (or `env.DATABASE_URL`),
 * with the real content imported; `env.DATABASE_URL` and `env.DATA_DIR` point it at kept files instead
 * (only its own throw-away folder is removed at `stop()`). `nodeArgs` go to node (e.g. --cpu-prof, --max-old-space-size).
 */
export async function startZorka({ env = {}, nodeArgs = [], quiet = true } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zorka-bench-'));
  const port = nextPort++;
  // BENCH_CPU_PROF=<dir>: every server started writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
  const child = spawn(process.execPath, [...profile, ...nodeArgs, path.join(root, 'backend', 'dist', 'main.js')], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dir, 'zorka.sqlite')}`,
      DATA_DIR: dir,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`Zorka exited with ${child.exitCode} while starting`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (i > 600) throw new Error('Zorka did not answer /health within 60 s');
    await sleep(100);
  }
  // The demo accounts are written on a fresh installation only (a restart on a kept DATA_DIR has none new).
  const accountsFile = path.join(env.DATA_DIR ?? dir, 'demo-accounts.json');
  const accounts = existsSync(accountsFile) ? JSON.parse(readFileSync(accountsFile, 'utf8')) : [];
  return {
    url,
    port,
    pid: child.pid,
    dir,
    accounts,
    memory: () => processMemory(child.pid),
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resident memory now and at its peak (VmHWM), in MB, from /proc. */
export function processMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

/**
 * A GraphQL POST from `localAddress` (any 127.x.y.z is this machine on Linux): the benches use one
 * address per simulated phone or learner, so per-source rate limits treat them as the real devices
 * they stand for instead of one flooding source.
 */
export function gql(url, query, variables = {}, { learner, cookie, localAddress } = {}) {
  const body = JSON.stringify({ query, variables });
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  if (learner) headers.authorization = `Learner ${learner}`;
  if (cookie) headers.cookie = cookie;
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', headers, localAddress, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (parsed.errors) reject(new Error(`${query.slice(0, 60)}: ${JSON.stringify(parsed.errors[0])}`));
        else resolve({ data: parsed.data, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The i-th simulated device's address: 127.0.1.0 onwards (127.0.0.1 stays the operator's). */
export const deviceAddress = (i) => `127.0.${1 + Math.floor(i / 250)}.${(i % 250) + 1}`;

export async function signIn(zorka, role = 'trainer') {
  const account = zorka.accounts.find((a) => a.role === role);
  const res = await gql(zorka.url, 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: account.email, p: account.password });
  return String(res.headers['set-cookie']).split(';')[0];
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (n, digits = 0) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);
