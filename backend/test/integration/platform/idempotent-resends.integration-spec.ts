import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

/**
 * A client may resend any write (a retry after a lost answer, a reconnect, an offline queue, a double
 * click): each write either carries a client-generated id or is idempotent by nature, and is counted once.
 * Each resend below is sent both at the same time as the original and again after it.
 */
describe('every write a client may resend is counted once', () => {
  let t: TestApp;
  let trainer: { cookie: string };
  const count = async (table: string, where = '1 = 1', params: unknown[] = []) =>
    Number((await t.sql<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params))[0]?.n);
  const thrice = async <T>(send: () => Promise<T>): Promise<T[]> => [...(await Promise.all([send(), send()])), await send()];

  beforeAll(async () => {
    t = await startTestApp();
    trainer = { cookie: await t.signInAs('trainer') };
  });
  afterAll(() => t.close());

  it('lesson completion: naturally idempotent', async () => {
    const learner = await t.newLearner();
    const results = await thrice(() => t.gql(`mutation { completeLesson(lessonId: "fixture-course/first-lesson") { percent } }`, {}, learner));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(await count('lesson_completions')).toBe(1);
  });

  it('quiz answers: by clientId', async () => {
    const learner = await t.newLearner();
    const clientId = randomUUID();
    const send = () =>
      t.gql(
        `mutation ($c: String!) { submitQuiz(input: { quizId: "fixture-course/check", answers: [{ questionId: "one-answer", optionIds: ["a"] }], clientId: $c }, locale: "en") { id } }`,
        { c: clientId },
        learner,
      );
    const ids = (await thrice(send)).map((r) => r.data?.submitQuiz.id);
    expect(new Set(ids).size).toBe(1);
    expect(await count('quiz_attempts', 'client_id = ?', [clientId])).toBe(1);
  });

  it('starting a role-play and each choice in it: by clientId; the dialogue moves on once', async () => {
    const learner = await t.newLearner();
    const start = randomUUID();
    const runs = await thrice(() =>
      t.gql(`mutation ($c: String) { startScenario(scenarioId: "fixture-course/talk", locale: "en", clientId: $c) { id } }`, { c: start }, learner),
    );
    const runId = runs[0]?.data?.startScenario.id;
    expect(runs.map((r) => r.data?.startScenario.id)).toEqual([runId, runId, runId]);
    expect(await count('scenario_runs')).toBe(1);

    const choose = (choiceId: string, clientId: string) =>
      t.gql(
        `mutation ($r: ID!, $ch: ID!, $c: String) { chooseScenarioOption(runId: $r, choiceId: $ch, locale: "en", clientId: $c) { node { id } reaction } }`,
        { r: runId, ch: choiceId, c: clientId },
        learner,
      );
    const calm = randomUUID();
    const answers = await thrice(() => choose('calm', calm));
    expect(answers.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers.map((r) => r.data?.chooseScenarioOption.node.id)).toEqual(['talk', 'talk', 'talk']);
    expect(await count('scenario_choices', 'run_id = ?', [runId])).toBe(1);

    // The next choice is a new write; resending it after a further step returns where the run is now.
    await choose('listen', randomUUID());
    expect((await choose('calm', calm)).data?.chooseScenarioOption.node.id).toBe('plan');
    expect(await count('scenario_choices', 'run_id = ?', [runId])).toBe(2);
  });

  it('two different choices sent at once from the same place: one is recorded, the other is refused', async () => {
    const learner = await t.newLearner();
    const runId = (await t.gql(`mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en") { id } }`, {}, learner)).data?.startScenario.id;
    const choose = (choiceId: string) =>
      t.gql(`mutation ($r: ID!, $ch: ID!) { chooseScenarioOption(runId: $r, choiceId: $ch, locale: "en") { node { id } } }`, { r: runId, ch: choiceId }, learner);
    const [calm, shout] = await Promise.all([choose('calm'), choose('shout')]);
    expect([calm, shout].filter((r) => r.data).length).toBe(1);
    expect([calm, shout].map(errorCode).filter(Boolean)).toEqual(['BAD_USER_INPUT']);
    expect(await count('scenario_choices', 'run_id = ?', [runId])).toBe(1);
  });

  it('refuses a clientId that is not 8-64 letters, digits or dashes', async () => {
    const learner = await t.newLearner();
    const res = await t.gql(`mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en", clientId: "<script>") { id } }`, {}, learner);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.messageKey).toBe('errors.badClientId');
  });

  describe('group trainings', () => {
    let groupId: string;
    let joinCode: string;

    it('creating a group: by clientId', async () => {
      const clientId = randomUUID();
      const created = await thrice(() =>
        t.gql(
          `mutation ($c: String) { createGroup(input: { name: "Resent", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-24", clientId: $c }) { id joinCode } }`,
          { c: clientId },
          trainer,
        ),
      );
      groupId = created[0]?.data?.createGroup.id;
      joinCode = created[0]?.data?.createGroup.joinCode;
      expect(created.map((r) => r.data?.createGroup.id)).toEqual([groupId, groupId, groupId]);
      expect(await count('groups', "name = 'Resent'")).toBe(1);
    });

    it('joining, answering live and voting: naturally idempotent (one membership, the first answer stands)', async () => {
      const learner = await t.newLearner();
      const joins = await thrice(() =>
        t.gql(`mutation ($c: String!) { joinGroup(input: { code: $c, nickname: "Twice", consent: true }) { id } }`, { c: joinCode }, learner),
      );
      expect(new Set(joins.map((r) => r.data?.joinGroup.id)).size).toBe(1);
      expect(await count('memberships', 'group_id = ?', [groupId])).toBe(1);

      const clientId = randomUUID();
      const start = () =>
        t.gql(`mutation ($g: ID!, $c: String) { startLiveSession(groupId: $g, locale: "en", clientId: $c) { sessionId active } }`, { g: groupId, c: clientId }, trainer);
      const sessions = await thrice(start);
      const sessionId = sessions[0]?.data?.startLiveSession.sessionId;
      expect(sessions.map((r) => r.data?.startLiveSession)).toEqual(Array(3).fill({ sessionId, active: true }));
      expect(await count('live_sessions', 'group_id = ?', [groupId])).toBe(1);

      await t.gql(`mutation ($s: ID!) { showLiveStep(sessionId: $s, input: { kind: DECISION, scenarioId: "fixture-course/talk" }, locale: "en") { sessionId } }`, { s: sessionId }, trainer);
      const votes = await thrice(() =>
        t.gql(`mutation ($s: ID!) { answerLiveStep(sessionId: $s, optionIds: ["calm"], locale: "en") { myAnswer } }`, { s: sessionId }, learner),
      );
      expect(votes.map((r) => r.data?.answerLiveStep.myAnswer)).toEqual([['calm'], ['calm'], ['calm']]);
      expect(await count('live_answers', 'session_id = ?', [sessionId])).toBe(1);
      expect(await count('live_attendance', 'session_id = ?', [sessionId])).toBe(1);
    });

    it('moving the room on: from the step on screen, so a resent click moves it once', async () => {
      const sessionId = (await t.sql<{ id: string }>('SELECT id FROM live_sessions WHERE group_id = ?', [groupId]))[0]?.id;
      const advance = () =>
        t.gql(
          `mutation ($s: ID!) { advanceLiveScenario(sessionId: $s, locale: "en", fromStepKey: "decision:fixture-course/talk:start") { step { key } } }`,
          { s: sessionId },
          trainer,
        );
      const moved = await thrice(advance);
      expect(moved.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
      expect(moved.map((r) => r.data?.advanceLiveScenario.step.key)).toEqual(Array(3).fill('decision:fixture-course/talk:talk'));
    });
  });
});
