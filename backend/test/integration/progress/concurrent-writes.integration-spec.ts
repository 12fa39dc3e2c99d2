import * as path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LearnersService } from '../../../src/modules/learners/learners.service';
import { startTestApp, type TestApp } from '../../harness/test-app';

describe('many learners writing at once', () => {
  let t: TestApp;
  let tokens: string[];
  beforeAll(async () => {
    t = await startTestApp();
    // Made in-process: starting learners over HTTP is rate-limited per source, and every test client is 127.0.0.1.
    const learners = t.app.get(LearnersService);
    tokens = await Promise.all(Array.from({ length: 200 }, () => learners.start()));
  });
  afterAll(() => t.close());

  it('stores 200 concurrent writes, each one, with no busy-database error', async () => {
    const playOneChoice = async (token: string) => {
      const run = await t.gql(`mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en") { id } }`, {}, token);
      const choice = await t.gql(`mutation ($r: ID!) { chooseScenarioOption(runId: $r, choiceId: "calm", locale: "en") { id } }`, { r: run.data?.startScenario.id }, token);
      return { errors: [...(run.errors ?? []), ...(choice.errors ?? [])] };
    };
    const results = await Promise.all(
      tokens.map((token, i) =>
        i % 4 === 3
          ? playOneChoice(token)
          : i % 2 === 0
          ? t.gql(`mutation { completeLesson(lessonId: "fixture-course/first-lesson") { percent } }`, {}, token)
          : t.gql(
              `mutation ($c: String!) { submitQuiz(input: { quizId: "fixture-course/check", answers: [{ questionId: "one-answer", optionIds: ["a"] }], clientId: $c }, locale: "en") { score } }`,
              { c: `concurrent-${String(i).padStart(4, '0')}` },
              token,
            ),
      ),
    );
    const errors = results.flatMap((r) => r.errors ?? []);
    expect(errors).toEqual([]);
    const [completions] = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM lesson_completions');
    const [attempts] = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM quiz_attempts');
    const [choices] = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM scenario_choices');
    expect(Number(completions?.n)).toBe(100);
    expect(Number(attempts?.n)).toBe(50);
    // Each choice is written in a transaction with its run's new position: both are there, for every one.
    expect(Number(choices?.n)).toBe(50);
    const [moved] = await t.sql<{ n: number }>("SELECT COUNT(*) AS n FROM scenario_runs WHERE current_node = 'talk'");
    expect(Number(moved?.n)).toBe(50);
  });

  it.skipIf(Boolean(process.env['ZORKA_TEST_POSTGRES_URL']))(
    'makes 200 concurrent writers wait, not fail, while another process holds the write lock (busy_timeout)',
    async () => {
      // A second connection to the same file, as the backup or content-import CLI would open.
      const other = new sqlite3.Database(path.join(t.dir, 'zorka.sqlite'));
      const run = (sql: string) => new Promise<void>((resolve, reject) => other.run(sql, (error) => (error ? reject(error) : resolve())));
      await run('BEGIN IMMEDIATE');
      const released = new Promise<void>((resolve) => setTimeout(() => void run('COMMIT').then(resolve), 1_500));
      const results = await Promise.all(
        tokens.map((token, i) =>
          t.gql(
            `mutation ($c: String!) { submitQuiz(input: { quizId: "fixture-course/check", answers: [{ questionId: "one-answer", optionIds: ["b"] }], clientId: $c }, locale: "en") { score } }`,
            { c: `locked-${String(i).padStart(4, '0')}` },
            token,
          ),
        ),
      );
      await released;
      await new Promise<void>((resolve) => other.close(() => resolve()));
      const errors = results.flatMap((r) => r.errors ?? []);
      expect(JSON.stringify(errors)).not.toMatch(/SQLITE_BUSY|database is locked/);
      expect(errors).toEqual([]);
      const [stored] = await t.sql<{ n: number }>("SELECT COUNT(*) AS n FROM quiz_attempts WHERE client_id LIKE 'locked-%'");
      expect(Number(stored?.n)).toBe(200);
    },
  );
});
