import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../harness/server-process';
import { querySqliteFile } from '../../harness/sqlite-file';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A POST whose body arrives in two halves, so that it is in flight for as long as the test wants. */
function slowPost(url: string, body: string) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': bytes.length } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.write(bytes.subarray(0, half));
    finish = () => req.end(bytes.subarray(half));
  });
  return { response, finish: () => finish() };
}

/** A graphql-ws socket opened as a browser on our origin would, waiting until the server acknowledged it. */
async function liveSocket(url: string): Promise<{ closed: Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', { headers: { origin: url } });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data: Buffer) => JSON.parse(data.toString()).type === 'connection_ack' && resolve());
    socket.once('error', reject);
  });
  return { closed };
}

describe('graceful shutdown of the built server', () => {
  let dir: string;
  let server: ServerProcess;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorka-shutdown-'));
    server = await startServerProcess(dir);
  });
  afterAll(() => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('on SIGTERM finishes the request in flight, refuses new ones, closes live sockets with 1001, closes the database and exits 0', async () => {
    const socket = await liveSocket(server.url);
    const inFlight = slowPost(server.url, JSON.stringify({ query: 'mutation { startLearner { token } }' }));
    await sleep(200);

    server.child.kill('SIGTERM');
    await sleep(300);
    const newcomer = await fetch(`${server.url}/health`).then((r) => r.status, (error: Error) => error.cause ?? error);
    expect(String((newcomer as { code?: string }).code ?? newcomer)).toBe('ECONNREFUSED');

    inFlight.finish();
    const answered = await inFlight.response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).data.startLearner.token).toMatch(/.{20,}/);

    expect(await socket.closed).toEqual({ code: 1001, reason: 'Going away' });
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('stopped cleanly');

    // Closed cleanly: the write that was in flight is in the file, and the WAL was folded back in.
    const [learners, integrity] = await querySqliteFile(path.join(dir, 'zorka.sqlite'), ['SELECT COUNT(*) AS n FROM learners', 'PRAGMA integrity_check']);
    expect(learners).toEqual([{ n: 1 }]);
    expect(integrity).toEqual([{ integrity_check: 'ok' }]);
    expect(fs.existsSync(path.join(dir, 'zorka.sqlite-wal')) ? fs.statSync(path.join(dir, 'zorka.sqlite-wal')).size : 0).toBe(0);
  }, 30_000);
});
