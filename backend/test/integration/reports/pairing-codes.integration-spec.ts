import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const SUBMIT = `mutation ($input: SubmitQuizInput!) { submitQuiz(input: $input, locale: "en") { score } }`;
const PAIR = `mutation ($input: PairTestAttemptInput!) { pairTestAttempt(input: $input) { groupName test } }`;
const SET_CODE = `mutation ($g: ID!, $c: String) { setMyPairingCode(groupId: $g, pairingCode: $c) { hasPairingCode } }`;
const REPORT = `query ($g: ID!, $l: String!) { groupReport(groupId: $g, locale: $l) {
  participants preTest { takers meanScore passMark } postTest { takers meanScore passMark }
  gain { paired meanGain improved same worse unpairedPre unpairedPost outsideAttempts } questions { prompt promptLocale } csv } }`;

/** Right (a) or wrong (b) for the two questions of the pre- (p1, p2) or post-test (q1, q2): 0, 50 or 100. */
const answers = (prefix: 'p' | 'q', score: 0 | 50 | 100) => [
  { questionId: `${prefix}1`, optionIds: [score >= 50 ? 'a' : 'b'] },
  { questionId: `${prefix}2`, optionIds: [score === 100 ? 'a' : 'b'] },
];

describe('pairing pre- and post-tests taken outside the group by a self-chosen code', () => {
  let t: TestApp;
  let trainer: { cookie: string };
  let group: { id: string; joinCode: string };

  const device = () => t.newLearner();
  const take = (learner: string, test: 'pre' | 'post', score: 0 | 50 | 100) =>
    t.gql(SUBMIT, { input: { quizId: `fixture-course/${test}`, answers: answers(test === 'pre' ? 'p' : 'q', score) } }, learner);
  const pair = (learner: string, test: 'pre' | 'post', pairingCode: string, joinCode = group.joinCode) =>
    t.gql(PAIR, { input: { joinCode, pairingCode, quizId: `fixture-course/${test}` } }, learner);
  const join = (learner: string, nickname: string) =>
    t.gql(`mutation ($c: String!, $n: String!) { joinGroup(input: { code: $c, nickname: $n, consent: true }) { id } }`, { c: group.joinCode, n: nickname }, learner);

  beforeAll(async () => {
    t = await startTestApp();
    trainer = { cookie: await t.signInAs('trainer') };
    group = (await t.gql(`mutation { createGroup(input: { name: "Pairing", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-24" }) { id joinCode } }`, {}, trainer)).data?.createGroup;

    // Members, paired by their membership: 0 -> 100 and 50 -> 50.
    for (const [nickname, pre, post] of [['M1', 0, 100], ['M2', 50, 50]] as const) {
      const phone = await device();
      await join(phone, nickname);
      await take(phone, 'pre', pre);
      await take(phone, 'post', post);
    }
    // A member who took the pre-test at home on a laptop (50) and the final test in the session (100).
    const laptop = await device();
    await take(laptop, 'pre', 50);
    expect((await pair(laptop, 'pre', 'River 8')).data?.pairTestAttempt).toEqual({ groupName: 'Pairing', test: 'PRE' });
    const phone = await device();
    await join(phone, 'M3');
    expect((await t.gql(SET_CODE, { g: group.id, c: 'river-8' }, phone)).data?.setMyPairingCode).toEqual({ hasPairingCode: true });
    await take(phone, 'post', 100);
    // Someone never in the group: the pre-test on one device (0), the final test on another (50).
    const before = await device();
    await take(before, 'pre', 0);
    await pair(before, 'pre', 'maple 12');
    const after = await device();
    await take(after, 'post', 50);
    expect((await pair(after, 'post', 'Maple-12')).data?.pairTestAttempt.test).toBe('POST');
    // An unpaired attempt: a pre-test (100) whose final test never came.
    const lone = await device();
    await take(lone, 'pre', 100);
    await pair(lone, 'pre', 'lonely 3');
  });
  afterAll(() => t.close());

  it('measures the gain per paired person and counts unpaired attempts separately', async () => {
    const report = (await t.gql(REPORT, { g: group.id, l: 'en' }, trainer)).data?.groupReport;
    expect(report.participants).toBe(3);
    // Gains: M1 +100, M2 0, M3 +50, the outsider +50 -> mean 50, three improved.
    expect(report.gain).toEqual({ paired: 4, meanGain: 50, improved: 3, same: 1, worse: 0, unpairedPre: 1, unpairedPost: 0, outsideAttempts: 4 });
    expect(report.preTest).toEqual({ takers: 5, meanScore: 40, passMark: 50 });
    expect(report.postTest).toEqual({ takers: 4, meanScore: 75, passMark: 50 });
    const lines = (report.csv as string).trim().split('\r\n');
    expect(lines.slice(1)).toEqual([
      '"P001","","","","0","100"',
      '"P002","","","","50","50"',
      '"P003","","","","50","100"',
      '"C001","","","","0","50"',
      '"C002","","","","100",""',
    ]);
  });

  it('gives question prompts in the requested language', async () => {
    const ru = (await t.gql(REPORT, { g: group.id, l: 'ru' }, trainer)).data?.groupReport.questions;
    expect(ru[0]).toEqual({ prompt: 'Признаки (post)?', promptLocale: 'ru' });
    const be = (await t.gql(REPORT, { g: group.id, l: 'be' }, trainer)).data?.groupReport.questions;
    expect(be[0]).toEqual({ prompt: 'Признаки (post)?', promptLocale: 'ru' }); // no Belarusian in the fixture
    const en = (await t.gql(REPORT, { g: group.id, l: 'en' }, trainer)).data?.groupReport.questions;
    expect(en[0].prompt).toBe('Signs (post)?');
  });

  it('keeps only a salted hash of each code, never the code', async () => {
    const rows = await t.sql<{ pairing_hash: string }>('SELECT pairing_hash FROM test_pairings UNION ALL SELECT pairing_hash FROM memberships WHERE pairing_hash IS NOT NULL');
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.pairing_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toMatch(/maple|river|lonely/i);
  });

  it('refuses a code already used for the same test by someone else in the group', async () => {
    const other = await device();
    await take(other, 'pre', 50);
    const res = await pair(other, 'pre', 'MAPLE 12');
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions?.messageKey).toBe('errors.group.pairingCodeTaken');
    // A member cannot take a code another member uses either.
    const member = await device();
    await join(member, 'M4');
    expect(errorCode(await t.gql(SET_CODE, { g: group.id, c: 'river 8' }, member))).toBe('CONFLICT');
  });

  it('explains every other refusal', async () => {
    const learner = await device();
    expect(errorCode(await pair(learner, 'pre', 'oak 5'))).toBe('NOT_FOUND'); // no attempt yet
    await take(learner, 'pre', 50);
    expect(errorCode(await pair(learner, 'pre', 'oak'))).toBe('BAD_USER_INPUT'); // no number
    expect(errorCode(await pair(learner, 'pre', 'oak 5', 'ZZZZ-ZZZZ'))).toBe('NOT_FOUND');
    const notATest = await t.gql(PAIR, { input: { joinCode: group.joinCode, pairingCode: 'oak 5', quizId: 'fixture-course/check' } }, learner);
    expect(notATest.errors?.[0]?.extensions?.messageKey).toBe('errors.group.notAGroupTest');
    await join(learner, 'M5');
    expect((await pair(learner, 'pre', 'oak 5')).errors?.[0]?.extensions?.messageKey).toBe('errors.group.alreadyMember');
    expect((await t.gql(SET_CODE, { g: group.id, c: null }, learner)).data?.setMyPairingCode).toEqual({ hasPairingCode: false });
  });

  it('forgets a pairing with the learner who made it', async () => {
    const learner = await device();
    await take(learner, 'pre', 50);
    await pair(learner, 'pre', 'birch 44');
    const data = JSON.parse((await t.gql(`{ myData }`, {}, learner)).data?.myData);
    expect(data.testPairings).toHaveLength(1);
    await t.gql(`mutation { eraseMyData }`, {}, learner);
    const left = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM test_pairings WHERE quiz_id = ? AND group_id = ?', ['fixture-course/pre', group.id]);
    expect(Number(left[0]!.n)).toBe(3); // the three pre-test pairings made before this test
  });
});
