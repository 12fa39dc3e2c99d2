import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const SUBMIT = `mutation ($input: SubmitQuizInput!) { submitQuiz(input: $input, locale: "en") { score } }`;
const REPORT = `query ($g: ID!) { groupReport(groupId: $g, locale: "en") {
  participants byGender { label count display } byDiscipline { label display } byRegion { label display }
  sessions { attended } preTest { quizId takers meanScore } postTest { takers meanScore }
  gain { paired meanGain improved same worse } questions { topic preCorrectPercent postCorrectPercent } csv } }`;

/** Right (a) or wrong (b) for the two questions of the pre- (p1, p2) or post-test (q1, q2). */
const answers = (prefix: 'p' | 'q', first: boolean, second: boolean) => [
  { questionId: `${prefix}1`, optionIds: [first ? 'a' : 'b'] },
  { questionId: `${prefix}2`, optionIds: [second ? 'a' : 'b'] },
];

describe('the group report: who took part and the measured knowledge gain', () => {
  let t: TestApp;
  let trainer: { cookie: string };
  let groupId: string;

  beforeAll(async () => {
    t = await startTestApp();
    trainer = { cookie: await t.signInAs('trainer') };
    const group = (await t.gql(`mutation { createGroup(input: { name: "Report", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-24", profileFields: [GENDER, DISCIPLINE] }) { id joinCode } }`, {}, trainer)).data?.createGroup;
    groupId = group.id;
    // A known data set: pre and post scores per participant, computed by hand below.
    const people = [
      { gender: 'FEMALE', discipline: 'POLICE', pre: [false, false], post: [true, true] }, // 0 -> 100
      { gender: 'FEMALE', discipline: 'POLICE', pre: [true, false], post: [true, true] }, // 50 -> 100
      { gender: 'FEMALE', discipline: 'HEALTH', pre: [false, true], post: [true, false] }, // 50 -> 50
      { gender: 'MALE', discipline: null, pre: [true, true], post: [false, true] }, // 100 -> 50
      { gender: 'FEMALE', discipline: 'HEALTH', pre: [false, false], post: null }, // 0, no post-test
    ] as const;
    const session = (await t.gql(`mutation ($g: ID!) { startLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId }, trainer)).data?.startLiveSession;
    expect(session).toBeDefined();
    for (const [i, p] of people.entries()) {
      const learner = await t.newLearner();
      await t.gql(`mutation ($input: JoinGroupInput!) { joinGroup(input: $input) { id } }`, { input: { code: group.joinCode, nickname: `N${i}`, consent: true, gender: p.gender, discipline: p.discipline } }, learner);
      if (i < 3) await t.gql(`query ($g: ID!) { myLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId }, learner);
      await t.gql(SUBMIT, { input: { quizId: 'fixture-course/pre', answers: answers('p', p.pre[0], p.pre[1]) } }, learner);
      if (p.post) {
        await t.gql(SUBMIT, { input: { quizId: 'fixture-course/post', answers: answers('q', p.post[0], p.post[1]) } }, learner);
        // A second, better try does not change the measured gain: first attempts count.
        await t.gql(SUBMIT, { input: { quizId: 'fixture-course/post', answers: answers('q', true, true) } }, learner);
      }
    }
  });
  afterAll(() => t.close());

  it('computes the figures exactly, hiding cells of fewer than three people', async () => {
    const report = (await t.gql(REPORT, { g: groupId }, trainer)).data?.groupReport;
    expect(report.participants).toBe(5);
    expect(report.byGender).toEqual([
      { label: 'female', count: 4, display: '4' },
      { label: 'male', count: null, display: '< 3' },
    ]);
    expect(report.byDiscipline).toEqual([
      { label: 'health', display: '< 3' },
      { label: 'police', display: '< 3' },
      { label: 'not-stated', display: '< 3' },
    ]);
    expect(report.byRegion).toEqual([{ label: 'not-stated', display: '5' }]);
    expect(report.sessions).toEqual([{ attended: 3 }]);
    expect(report.preTest).toEqual({ quizId: 'fixture-course/pre', takers: 5, meanScore: 40 });
    expect(report.postTest).toEqual({ takers: 4, meanScore: 75 });
    expect(report.gain).toEqual({ paired: 4, meanGain: 25, improved: 2, same: 1, worse: 1 });
    expect(report.questions).toEqual([
      { topic: 'signs', preCorrectPercent: 40, postCorrectPercent: 75 },
      { topic: 'referral', preCorrectPercent: 40, postCorrectPercent: 75 },
    ]);
  });

  it('exports an anonymised CSV: no nicknames, one row per participant', async () => {
    const csv: string = (await t.gql(REPORT, { g: groupId }, trainer)).data?.groupReport.csv;
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"participant","gender","discipline","region","pre_test_score","post_test_score"');
    expect(lines[1]).toBe('"P001","female","police","","0","100"');
    expect(lines).toHaveLength(6);
    expect(csv).not.toMatch(/"N\d"/);
  });

  it("refuses another staff member's view of the report", async () => {
    const manager = { cookie: await t.signInAs('campaign_manager') };
    expect(errorCode(await t.gql(REPORT, { g: groupId }, manager))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REPORT, { g: groupId }, await t.newLearner()))).toBe('FORBIDDEN');
  });
});
