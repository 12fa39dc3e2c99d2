import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { FIXTURE_CONTENT } from './test-app';

export const BUILT_SERVER = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far */
  output(): string;
  /** The exit code (or the signal's name) once the process has ended */
  exited: Promise<number | string>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * The built server (`backend/dist/main.js`, as `pnpm start` runs it) as a separate process on a SQLite
 * file in `dir`, with the fixture content: for what only a real process shows (signals, exit codes).
 */
export async function startServerProcess(dir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  if (!fs.existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing: run \`pnpm build\` first`);
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [BUILT_SERVER], {
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dir, 'zorka.sqlite')}`,
      DATA_DIR: dir,
      CONTENT_DIR: FIXTURE_CONTENT,
      FRONTEND_DIST: path.join(dir, 'no-frontend'),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, output: () => output, exited };
}
