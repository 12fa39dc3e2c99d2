import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const JOIN = `mutation ($c: String!, $n: String!) { joinGroup(input: { code: $c, nickname: $n, consent: true }) { id } }`;

describe('the participant cap of a live session (LIVE_SESSION_MAX_PARTICIPANTS)', () => {
  let t: TestApp;
  let joinCode: string;
  const members: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { LIVE_SESSION_MAX_PARTICIPANTS: '2' } });
    const trainer = await t.signInAs('trainer');
    const group = await t.gql(`mutation { createGroup(input: { name: "Small room", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-23" }) { id joinCode } }`, {}, { cookie: trainer });
    joinCode = group.data?.createGroup.joinCode;
  });
  afterAll(() => t.close());

  it('refuses a join beyond the cap with a clear message, and still lets members rejoin', async () => {
    const [first, second, third] = [await t.newLearner(), await t.newLearner(), await t.newLearner()];
    members.push(first, second);
    expect((await t.gql(JOIN, { c: joinCode, n: 'One' }, first)).errors).toBeUndefined();
    expect((await t.gql(JOIN, { c: joinCode, n: 'Two' }, second)).errors).toBeUndefined();

    const refused = await t.gql(JOIN, { c: joinCode, n: 'Three' }, third);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/group is full.*\(2\)/), extensions: { messageKey: 'errors.group.full' } });
    const [row] = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM memberships');
    expect(Number(row?.n)).toBe(2);

    // A member opening the join link again is not a new participant.
    expect((await t.gql(JOIN, { c: joinCode, n: 'One' }, first)).errors).toBeUndefined();
  });

  it('makes room again when a participant leaves', async () => {
    const late = await t.newLearner();
    expect(errorCode(await t.gql(JOIN, { c: joinCode, n: 'Late' }, late))).toBe('CONFLICT');
    const groupId = (await t.gql(`query ($c: String!) { groupByJoinCode(code: $c) { id } }`, { c: joinCode })).data?.groupByJoinCode.id;
    expect(groupId).toBeTruthy();
    const leaver = members[0]!;
    expect((await t.gql(`mutation ($g: ID!) { leaveGroup(groupId: $g) }`, { g: groupId }, leaver)).data?.leaveGroup).toBe(true);
    expect((await t.gql(JOIN, { c: joinCode, n: 'Late' }, late)).errors).toBeUndefined();
  });
});
