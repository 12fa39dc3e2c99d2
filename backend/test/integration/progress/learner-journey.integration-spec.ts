import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const SUBMIT = `mutation ($input: SubmitQuizInput!) {
  submitQuiz(input: $input, locale: "en") { id score passed results { questionId correct correctOptionIds chosen { optionId correct feedback } } }
}`;
const START = `mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en") { id node { id text choices { id text } } finished reaction } }`;
const CHOOSE = `mutation ($run: ID!, $choice: ID!) {
  chooseScenarioOption(runId: $run, choiceId: $choice, locale: "en") { id reaction finished node { id text choices { id } outcome { kind title text } } }
}`;
const PROGRESS = `{ myProgress(locale: "en") { hasRecoveryCode courses { courseId percent completedStepIds stepCount } attempts { quizId quizTitle score passed } } }`;

const allRight = [
  { questionId: 'one-answer', optionIds: ['a'] },
  { questionId: 'many-answers', optionIds: ['a', 'b'] },
  { questionId: 'is-it-true', optionIds: ['true'] },
];

async function playScenario(t: TestApp, token: string, choices: string[]) {
  const run = (await t.gql(START, {}, token)).data?.startScenario;
  let last = run;
  for (const choice of choices) {
    const res = await t.gql(CHOOSE, { run: run.id, choice }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    last = res.data.chooseScenarioOption;
  }
  return { runId: run.id as string, last };
}

describe('a learner takes a course from start to end', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.newLearner();
  });
  afterAll(() => t.close());

  it('starts as an anonymous learner with an opaque token and empty progress', async () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const res = await t.gql(PROGRESS, {}, token);
    expect(res.data?.myProgress).toEqual({ hasRecoveryCode: false, courses: [], attempts: [] });
  });

  it('completes a lesson, and completing it again changes nothing', async () => {
    const query = `mutation { completeLesson(lessonId: "fixture-course/first-lesson", locale: "en") { courseId percent completedStepIds } }`;
    const first = await t.gql(query, {}, token);
    const second = await t.gql(query, {}, token);
    expect(first.data?.completeLesson).toEqual({ courseId: 'fixture-course', percent: 25, completedStepIds: ['fixture-course/first-lesson'] });
    expect(second.data).toEqual(first.data);
  });

  it('fails a quiz with feedback on each chosen option, then passes it', async () => {
    const failed = await t.gql(SUBMIT, {
      input: { quizId: 'fixture-course/check', answers: [{ questionId: 'one-answer', optionIds: ['b'] }, { questionId: 'many-answers', optionIds: ['a'] }] },
    }, token);
    expect(failed.data?.submitQuiz).toMatchObject({ score: 0, passed: false });
    expect(failed.data?.submitQuiz.results[0]).toEqual({
      questionId: 'one-answer',
      correct: false,
      correctOptionIds: ['a'],
      chosen: [{ optionId: 'b', correct: false, feedback: 'Wrong, because no' }],
    });
    expect(failed.data?.submitQuiz.results[2]).toMatchObject({ questionId: 'is-it-true', correct: false, chosen: [] });

    const passed = await t.gql(SUBMIT, { input: { quizId: 'fixture-course/check', answers: allRight } }, token);
    expect(passed.data?.submitQuiz).toMatchObject({ score: 100, passed: true });
  });

  it('counts a resent submission with the same client id once', async () => {
    const input = { quizId: 'fixture-course/check', answers: allRight, clientId: 'resend-0001' };
    const first = await t.gql(SUBMIT, { input }, token);
    const again = await t.gql(SUBMIT, { input: { ...input, answers: [] } }, token);
    expect(again.data?.submitQuiz.id).toBe(first.data?.submitQuiz.id);
    expect(again.data?.submitQuiz.score).toBe(100);
    const attempts = (await t.gql(PROGRESS, {}, token)).data?.myProgress.attempts;
    expect(attempts).toHaveLength(3);
    expect(attempts[0]).toMatchObject({ quizId: 'fixture-course/check', quizTitle: 'Check' });
  });

  it('refuses answers to unknown questions or options with BAD_USER_INPUT', async () => {
    const unknownOption = await t.gql(SUBMIT, { input: { quizId: 'fixture-course/check', answers: [{ questionId: 'one-answer', optionIds: ['zzz'] }] } }, token);
    expect(errorCode(unknownOption)).toBe('BAD_USER_INPUT');
    expect(unknownOption.errors?.[0]?.message).toMatch(/no option "zzz"/);
    const unknownQuestion = await t.gql(SUBMIT, { input: { quizId: 'fixture-course/check', answers: [{ questionId: 'x', optionIds: ['a'] }] } }, token);
    expect(errorCode(unknownQuestion)).toBe('BAD_USER_INPUT');
    const badClientId = await t.gql(SUBMIT, { input: { quizId: 'fixture-course/check', answers: [], clientId: 'x'.repeat(500) } }, token);
    expect(errorCode(badClientId)).toBe('BAD_USER_INPUT');
  });

  it('plays a scenario to a bad ending, then replays it to a good one', async () => {
    const start = (await t.gql(START, {}, token)).data?.startScenario;
    expect(start.node).toMatchObject({ id: 'start', text: 'Anya hides her phone.' });
    expect(start.finished).toBe(false);

    const bad = await playScenario(t, token, ['shout']);
    expect(bad.last).toMatchObject({ finished: true, reaction: 'Anya runs away.', node: { outcome: { kind: 'BAD', title: 'A closed door' } } });

    const good = await playScenario(t, token, ['calm', 'listen', 'call-help']);
    expect(good.last).toMatchObject({ finished: true, reaction: 'Anya nods.', node: { id: 'safe', choices: [], outcome: { kind: 'GOOD' } } });
  });

  it('refuses a choice that is not offered at this point, and any choice after the end', async () => {
    const { runId } = await playScenario(t, token, []);
    expect(errorCode(await t.gql(CHOOSE, { run: runId, choice: 'listen' }, token))).toBe('BAD_USER_INPUT');
    const { runId: ended } = await playScenario(t, token, ['shout']);
    expect(errorCode(await t.gql(CHOOSE, { run: ended, choice: 'calm' }, token))).toBe('CONFLICT');
  });

  it('keeps every choice made, not only the outcome', async () => {
    const { runId } = await playScenario(t, token, ['calm', 'blame']);
    const rows = await t.sql('SELECT node_id, choice_id, position FROM scenario_choices WHERE run_id = ? ORDER BY position', [runId]);
    expect(rows).toEqual([
      { node_id: 'start', choice_id: 'calm', position: 0 },
      { node_id: 'talk', choice_id: 'blame', position: 1 },
    ]);
  });

  it('shows 100 % once every step is done', async () => {
    await t.gql(`mutation { completeLesson(lessonId: "fixture-course/video-lesson") { percent } }`, {}, token);
    const progress = (await t.gql(PROGRESS, {}, token)).data?.myProgress;
    expect(progress.courses).toEqual([
      {
        courseId: 'fixture-course',
        percent: 100,
        stepCount: 4,
        completedStepIds: ['fixture-course/first-lesson', 'fixture-course/video-lesson', 'fixture-course/check', 'fixture-course/talk'],
      },
    ]);
  });

  it("does not let one learner continue another learner's play-through", async () => {
    const { runId } = await playScenario(t, token, []);
    const other = await t.newLearner();
    expect(errorCode(await t.gql(CHOOSE, { run: runId, choice: 'calm' }, other))).toBe('NOT_FOUND');
  });
});
