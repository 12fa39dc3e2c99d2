import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LearnersService } from '../../../src/modules/learners/learners.service';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { querySqliteFile } from '../../harness/sqlite-file';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'database', 'backup.cli.js');

/** Runs the built `pnpm backup` / `pnpm restore` command without blocking this process (the server in it keeps serving). */
function cli(command: 'backup' | 'restore', file: string, databaseFile: string): Promise<{ code: number | null; out: string }> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(process.execPath, [CLI, command, file], {
      env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: `file:${databaseFile}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

const seq = (n: number) => `backup-${String(n).padStart(6, '0')}`;

describe.skipIf(Boolean(process.env['ZORKA_TEST_POSTGRES_URL']))('backup and restore of the SQLite database (pnpm backup / pnpm restore)', () => {
  let t: TestApp;
  let work: string;
  let liveFile: string;
  beforeAll(async () => {
    t = await startTestApp();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'zorka-backup-'));
    liveFile = path.join(t.dir, 'zorka.sqlite');
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('backs up while the server writes: the copy holds every write acknowledged before it began, with no gap, and passes integrity_check', async () => {
    const token = await t.app.get(LearnersService).start();
    let acknowledged = 0;
    let stop = false;
    // One write after another, each a numbered quiz answer, so that the copy must be a prefix 0..k-1.
    const writer = (async () => {
      for (let n = 0; !stop; n++) {
        const res = await t.gql(
          `mutation ($c: String!) { submitQuiz(input: { quizId: "fixture-course/check", answers: [{ questionId: "one-answer", optionIds: ["a"] }], clientId: $c }, locale: "en") { id } }`,
          { c: seq(n) },
          token,
        );
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        acknowledged = n + 1;
      }
    })();
    while (acknowledged < 30) await new Promise((resolve) => setTimeout(resolve, 10));

    const before = acknowledged;
    const backup = await cli('backup', path.join(work, 'copy.sqlite'), liveFile);
    const after = acknowledged;
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop = true;
    await writer;

    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain('integrity_check: ok');
    expect(after, 'writes went on during the backup').toBeGreaterThan(before);
    const [integrity, ids] = await querySqliteFile<{ integrity_check?: string; client_id?: string }>(path.join(work, 'copy.sqlite'), [
      'PRAGMA integrity_check',
      "SELECT client_id FROM quiz_attempts WHERE client_id LIKE 'backup-%' ORDER BY client_id",
    ]);
    expect(integrity).toEqual([{ integrity_check: 'ok' }]);
    const inCopy = ids!.map((r) => r.client_id);
    expect(inCopy.length).toBeGreaterThanOrEqual(before);
    expect(inCopy.length).toBeLessThanOrEqual(after + 1);
    expect(inCopy).toEqual(Array.from({ length: inCopy.length }, (_, n) => seq(n)));
    const [live] = await t.sql<{ n: number }>("SELECT COUNT(*) AS n FROM quiz_attempts WHERE client_id LIKE 'backup-%'");
    expect(Number(live?.n)).toBeGreaterThan(inCopy.length);
  });

  it('refuses an existing target instead of overwriting it', async () => {
    const again = await cli('backup', path.join(work, 'copy.sqlite'), liveFile);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/exists already/);
  });

  it('refuses to restore over the database while the server has it open', async () => {
    const refused = await cli('restore', path.join(work, 'copy.sqlite'), liveFile);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/in use/);
    expect((await t.gql(`mutation { completeLesson(lessonId: "fixture-course/first-lesson") { percent } }`, {}, await t.app.get(LearnersService).start())).errors).toBeUndefined();
  });

  it('restores the copy into a stopped database, keeps the one it replaced, and the server runs on it', async () => {
    const target = path.join(work, 'restored', 'zorka.sqlite');
    const [rows] = await querySqliteFile<{ n: number }>(path.join(work, 'copy.sqlite'), ["SELECT COUNT(*) AS n FROM quiz_attempts WHERE client_id LIKE 'backup-%'"]);
    const copied = rows?.[0];
    const first = await cli('restore', path.join(work, 'copy.sqlite'), target);
    expect(first.code, first.out).toBe(0);
    const second = await cli('restore', path.join(work, 'copy.sqlite'), target);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(/the database it replaced is kept at .*before-restore/);

    const restored = await startTestApp({ env: { DATABASE_URL: `file:${target}` } });
    try {
      const [stored] = await restored.sql<{ n: number }>("SELECT COUNT(*) AS n FROM quiz_attempts WHERE client_id LIKE 'backup-%'");
      expect(Number(stored?.n)).toBe(copied!.n);
      const [integrity] = await restored.sql<{ integrity_check: string }>('PRAGMA integrity_check');
      expect(integrity?.integrity_check).toBe('ok');
    } finally {
      await restored.close();
    }
  });
});
