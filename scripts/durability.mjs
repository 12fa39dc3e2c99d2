// `node scripts/durability.mjs`: does an acknowledged write survive a crash?
// Starts the built server on a fresh SQLite file, sends 1,000 concurrent progress writes and quiz answers
// from 25 anonymous learners, kills the process with SIGKILL halfway through, then checks the file
// (PRAGMA integrity_check, every acknowledged write present by its client id), restarts the server on it
// and reads the acknowledged lesson completions back through the API. Uses backend/dist: run `pnpm build` first.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gql, querySqlite, requireBuild, startServer } from './server.mjs';

const WRITES = Number(process.env.DURABILITY_WRITES ?? 1000);
const LEARNERS = 25; // startLearner allows 30 a minute from one address
const KILL_AT = Math.floor(WRITES / 2); // acknowledged writes before the SIGKILL

/** Each kind of write and how its presence is checked after the crash. */
const KINDS = [
  {
    name: 'quiz answer',
    table: 'quiz_attempts',
    send: (url, token, clientId) =>
      gql(url, `mutation ($c: String!) { submitQuiz(input: { quizId: "fixture-course/check", answers: [{ questionId: "one-answer", optionIds: ["a"] }], clientId: $c }, locale: "en") { id } }`, { c: clientId }, token),
  },
  {
    name: 'role-play start',
    table: 'scenario_runs',
    send: (url, token, clientId) =>
      gql(url, `mutation ($c: String!) { startScenario(scenarioId: "fixture-course/talk", locale: "en", clientId: $c) { id } }`, { c: clientId }, token),
  },
  {
    name: 'lesson completion',
    lessonOf: (i) => (i % 2 ? 'fixture-course/first-lesson' : 'fixture-course/video-lesson'),
    send: (url, token, _clientId, i) => gql(url, `mutation ($l: ID!) { completeLesson(lessonId: $l) { percent } }`, { l: KINDS[2].lessonOf(i) }, token),
  },
];

requireBuild();
const dir = mkdtempSync(path.join(os.tmpdir(), 'zorka-durability-'));
const file = path.join(dir, 'zorka.sqlite');
const figures = { tried: WRITES, acknowledged: 0, refused: 0, cutOff: 0, found: 0, missing: 0 };
let failed = false;
try {
  let server = await startServer(dir);
  const tokens = [];
  for (let i = 0; i < LEARNERS; i++) tokens.push((await gql(server.url, 'mutation { startLearner { token } }')).data.startLearner.token);

  const acknowledged = [];
  let killed = false;
  const writes = Array.from({ length: WRITES }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    const token = tokens[i % LEARNERS];
    const clientId = `durability-${String(i).padStart(5, '0')}`;
    return kind.send(server.url, token, clientId, i).then(
      (res) => {
        if (res.status !== 200 || res.errors) return void (figures.refused += 1);
        acknowledged.push({ kind, token, clientId, i });
        if (acknowledged.length === KILL_AT && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      },
      () => void (figures.cutOff += 1),
    );
  });
  await Promise.all(writes);
  figures.acknowledged = acknowledged.length;
  process.stdout.write(`killed with SIGKILL (exit: ${await server.exited}) after ${KILL_AT} acknowledged writes\n`);

  // The file as the crash left it.
  const tables = [...new Set(KINDS.filter((k) => k.table).map((k) => k.table))];
  const [integrity, ...stored] = await querySqlite(file, ['PRAGMA integrity_check', ...tables.map((t) => `SELECT client_id FROM ${t} WHERE client_id LIKE 'durability-%'`)]);
  figures.integrity = integrity.map((row) => row.integrity_check).join('; ');
  const present = new Set(stored.flat().map((row) => row.client_id));
  const missing = [];
  for (const write of acknowledged.filter((w) => w.kind.table)) (present.has(write.clientId) ? figures.found++ : missing.push(write));

  // Restarted on the same file: the acknowledged lesson completions are read back through the API.
  server = await startServer(dir);
  const progressOf = new Map();
  for (const write of acknowledged.filter((w) => !w.kind.table)) {
    if (!progressOf.has(write.token)) {
      const res = await gql(server.url, '{ myProgress(locale: "en") { courses { completedStepIds } } }', {}, write.token);
      progressOf.set(write.token, new Set(res.data?.myProgress.courses.flatMap((c) => c.completedStepIds) ?? []));
    }
    progressOf.get(write.token).has(write.kind.lessonOf(write.i)) ? figures.found++ : missing.push(write);
  }
  figures.missing = missing.length;
  server.child.kill('SIGTERM');
  figures.restartedAndStopped = `exit ${await server.exited}`;

  for (const write of missing.slice(0, 10)) process.stdout.write(`  missing: ${write.kind.name} ${write.clientId}\n`);
  const midStream = figures.acknowledged < WRITES - figures.refused;
  failed = figures.missing > 0 || figures.integrity !== 'ok' || figures.refused > 0 || !midStream;
  if (!midStream) process.stdout.write('  the kill came after every write was answered: nothing was tested mid-stream\n');
} catch (error) {
  failed = true;
  process.stderr.write(`${error.stack ?? error}\n`);
} finally {
  process.stdout.write('\nDurability after SIGKILL mid-stream\n');
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`  ${name.padEnd(20)} ${value}\n`);
  process.stdout.write(`${failed ? '✗ FAILED' : '✓ every acknowledged write survived'} (server log: ${failed ? path.join(dir, 'server.log') : 'removed'})\n`);
  if (!failed) rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
