// `pnpm test`: every test of the platform, in the order that fails fastest, with one closing count.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium, pnpm, root, run } from './lib.mjs';

const reports = path.join(root, 'data', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const failures = [];
/** Suites that did not run, and why: printed with the closing count so nobody mistakes them for passed. */
const skipped = [];
const notes = [];
const counts = { passed: 0, failed: 0, skipped: 0 };
const step = (label, ok) => {
  if (!ok) failures.push(label);
  return ok;
};

/** Adds up a vitest or Playwright JSON report. */
function tally(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.numPassedTests !== undefined) {
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests;
    counts.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else if (report.stats) {
    counts.passed += report.stats.expected + (report.stats.flaky ?? 0);
    counts.failed += report.stats.unexpected;
    counts.skipped += report.stats.skipped;
  }
}

function vitest(label, filter, extra = [], env = {}) {
  const out = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = pnpm(label, ['--filter', filter, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra], { env });
  tally(out);
  return step(label, ok);
}

const built = step('build', pnpm('build (content, backend, frontend)', ['run', 'build']));
if (built) {
  step('content check', pnpm('content check (every file in content/)', ['run', 'content:check']));
  vitest('content unit tests', '@zorka/content');
  vitest('backend unit tests', '@zorka/backend', ['--project', 'unit']);
  vitest('frontend unit tests', '@zorka/frontend');
  // The size budget: at most 100 KB of JavaScript (gzip) on a first visit to the catalogue or a lesson.
  const budget = path.join(reports, 'frontend-budget.json');
  step('front-end size budget', run('front-end size budget (first visit, gzip)', process.execPath, [path.join(root, 'scripts', 'check-budget.mjs'), budget]));
  tally(budget);
  // The Redis suites (shared events, rate limits and salts) run when a Redis is given; the
  // two-instance test needs PostgreSQL as well (two servers on one database).
  const postgres = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
  const redis = process.env.REDIS_URL?.startsWith('redis') ? process.env.REDIS_URL : undefined;
  const redisEnv = redis ? { ZORKA_TEST_REDIS_URL: redis } : {};
  vitest('backend integration tests (SQLite, real HTTP)', '@zorka/backend', ['--project', 'integration'], postgres ? {} : redisEnv);

  // The same suite on PostgreSQL, each test app in a database of its own, when a server is given.
  if (postgres) {
    vitest('backend integration tests (PostgreSQL' + (redis ? ' + Redis' : '') + ')', '@zorka/backend', ['--project', 'integration'], { ZORKA_TEST_POSTGRES_URL: postgres, ...redisEnv });
  } else {
    skipped.push('the integration suite on PostgreSQL and the two-instance test: DATABASE_URL is not a postgres:// URL (e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres)');
  }
  if (postgres && redis) notes.push('the Redis and two-instance suites ran with PostgreSQL; the SQLite run counts them as skipped');
  if (!redis) skipped.push('the Redis suites (shared live events, rate limits and daily salt; two instances): REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)');

  if (step('chromium', ensureChromium())) {
    const out = path.join(reports, 'e2e.json');
    const ok = pnpm('e2e journeys in Chromium', ['--filter', '@zorka/e2e', 'exec', 'playwright', 'test'], {
      // The journeys run the one-instance default (in-memory state), whatever Redis the suites above used.
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out, REDIS_URL: undefined },
    });
    tally(out);
    step('e2e', ok);
  }
}

for (const what of skipped) process.stdout.write(`\nℹ skipped ${what}`);
for (const note of notes) process.stdout.write(`\nℹ ${note}`);
if (skipped.length || notes.length) process.stdout.write('\n');
process.stdout.write(`\n${failures.length ? `✗ failed: ${failures.join(', ')}` : '✓ all suites green'}\n`);
process.stdout.write(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
process.exit(failures.length ? 1 : 0);
