import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const PROGRESS = `{ myProgress(locale: "en") { hasRecoveryCode courses { courseId percent } } }`;
const COMPLETE = `mutation { completeLesson(lessonId: "fixture-course/first-lesson") { percent } }`;
const RESTORE = `mutation ($code: String!) { restoreLearner(code: $code) { token } }`;

describe('recovery codes and erasing a learner', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('continues the same progress on another device with the recovery code', async () => {
    const phone = await t.newLearner();
    await t.gql(COMPLETE, {}, phone);
    const code = (await t.gql(`mutation { createRecoveryCode { code } }`, {}, phone)).data?.createRecoveryCode.code as string;
    expect(code.split(' ')).toHaveLength(6);

    const laptop = (await t.gql(RESTORE, { code: `  ${code.toUpperCase()} ` })).data?.restoreLearner.token;
    expect(laptop).not.toBe(phone);
    const onLaptop = await t.gql(PROGRESS, {}, laptop);
    expect(onLaptop.data?.myProgress).toEqual({ hasRecoveryCode: true, courses: [{ courseId: 'fixture-course', percent: 25 }] });
    // The first device keeps working too.
    expect((await t.gql(PROGRESS, {}, phone)).data?.myProgress.courses).toHaveLength(1);
  });

  it('stores neither the token nor the code in clear', async () => {
    const token = await t.newLearner();
    const code = (await t.gql(`mutation { createRecoveryCode { code } }`, {}, token)).data?.createRecoveryCode.code;
    const dump = JSON.stringify([await t.sql('SELECT * FROM learners'), await t.sql('SELECT * FROM learner_tokens')]);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(code);
  });

  it('makes an older code stop working when a new one is created', async () => {
    const token = await t.newLearner();
    const first = (await t.gql(`mutation { createRecoveryCode { code } }`, {}, token)).data?.createRecoveryCode.code;
    await t.gql(`mutation { createRecoveryCode { code } }`, {}, token);
    expect(errorCode(await t.gql(RESTORE, { code: first }))).toBe('BAD_USER_INPUT');
  });

  it('answers a wrong, malformed or huge code the same way, with a clear message', async () => {
    for (const code of ['abandon ability able about above absent', 'not a code', 'x'.repeat(10_000)]) {
      const res = await t.gql(RESTORE, { code });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/not recognised/);
    }
  });

  it('erases everything about a learner, after which the token is worthless', async () => {
    const token = await t.newLearner();
    await t.gql(COMPLETE, {}, token);
    await t.gql(`mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en") { id } }`, {}, token);
    const before = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM learners');

    expect((await t.gql(`mutation { eraseMyData }`, {}, token)).data).toEqual({ eraseMyData: true });

    expect(errorCode(await t.gql(PROGRESS, {}, token))).toBe('UNAUTHENTICATED');
    const after = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM learners');
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n) - 1);
    for (const table of ['learner_tokens', 'lesson_completions', 'quiz_attempts', 'scenario_runs']) {
      const orphans = await t.sql<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE learner_id NOT IN (SELECT id FROM learners)`);
      expect(Number(orphans[0]?.n)).toBe(0);
    }
  });

  it('gives a learner everything stored about them as JSON, and nothing about anyone else', async () => {
    const me = await t.newLearner();
    const other = await t.newLearner();
    await t.gql(COMPLETE, {}, me);
    await t.gql(`mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en") { id } }`, {}, other);
    const run = (await t.gql(`mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en") { id } }`, {}, me)).data?.startScenario.id;
    await t.gql(`mutation ($r: ID!) { chooseScenarioOption(runId: $r, choiceId: "calm", locale: "en") { id } }`, { r: run }, me);

    const data = JSON.parse((await t.gql(`{ myData }`, {}, me)).data?.myData);

    expect(data.lessonCompletions).toEqual([{ lessonId: 'fixture-course/first-lesson', completedAt: expect.any(String) }]);
    expect(data.scenarioRuns).toHaveLength(1);
    expect(data.scenarioRuns[0].choices).toEqual([expect.objectContaining({ nodeId: 'start', choiceId: 'calm' })]);
    expect(data.learner).toMatchObject({ hasRecoveryCode: false });
    expect(JSON.stringify(data)).not.toMatch(/token|recoveryHash/i);
  });

  it('forgets learners inactive for longer than the retention period, with their progress', async () => {
    const { RetentionService } = await import('../../../src/modules/learners/retention.service');
    const stale = await t.newLearner();
    const active = await t.newLearner();
    await t.gql(COMPLETE, {}, stale);
    const staleId = (await t.sql<{ learner_id: string }>('SELECT learner_id FROM lesson_completions ORDER BY completed_at DESC LIMIT 1'))[0]?.learner_id;
    await t.sql('UPDATE learners SET last_seen_at = ? WHERE id = ?', ['2020-01-01 00:00:00.000', staleId]);

    const forgotten = await t.app.get(RetentionService).forgetInactiveLearners();

    expect(forgotten).toBe(1);
    expect(errorCode(await t.gql(PROGRESS, {}, stale))).toBe('UNAUTHENTICATED');
    expect((await t.gql(PROGRESS, {}, active)).data?.myProgress).toBeDefined();
    expect(await t.sql('SELECT * FROM lesson_completions WHERE learner_id = ?', [staleId])).toEqual([]);
  });

  // Last in this suite: these spend the source's allowances.
  it('limits recovery-code guesses per source', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) codes.push(errorCode(await t.gql(RESTORE, { code: 'abandon ability able about above absent' })));
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('BAD_USER_INPUT'));
    expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
    const next = await t.gql(RESTORE, { code: 'abandon ability able about above absent' });
    expect(next.errors?.[0]?.message).toMatch(/Try again in \d+ s/);
    expect(next.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) });
  });

  it('counts every alias in one request as an attempt', async () => {
    // At most 15 aliases pass validation; three such requests are 45 attempts against an allowance of 30.
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: startLearner { token }`).join(' ');
    const codes: unknown[] = [];
    for (let i = 0; i < 3; i++) codes.push(...((await t.gql(`mutation { ${aliases} }`)).errors ?? []).map((e) => e.extensions?.code));
    expect(codes).toContain('TOO_MANY_REQUESTS');
  });
});
