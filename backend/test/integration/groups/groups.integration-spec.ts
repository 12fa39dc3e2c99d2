import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const CREATE = `mutation ($input: CreateGroupInput!) {
  createGroup(input: $input) { id name joinCode joinPath joinQrSvg participantCount profileFields }
}`;
const JOIN = `mutation ($input: JoinGroupInput!) { joinGroup(input: $input) { id groupId groupName nickname } }`;
const GROUP = `query ($id: ID!) { group(id: $id) { participantCount participants { id nickname gender discipline region } } }`;

const aGroup = (overrides: Record<string, unknown> = {}) => ({
  name: 'Brest MDG, day 1',
  courseId: 'fixture-course',
  startsOn: '2026-11-23',
  endsOn: '2026-11-24',
  region: 'Brest',
  expectedDisciplines: ['POLICE', 'SOCIAL_WORK'],
  profileFields: ['GENDER', 'DISCIPLINE'],
  ...overrides,
});

describe('groups and joining with a code', () => {
  let t: TestApp;
  let trainer: { cookie: string };
  let otherStaff: { cookie: string };
  beforeAll(async () => {
    t = await startTestApp();
    trainer = { cookie: await t.signInAs('trainer') };
    otherStaff = { cookie: await t.signInAs('campaign_manager') };
  });
  afterAll(() => t.close());

  it('creates a group with a readable join code and a QR code of the join link', async () => {
    const res = await t.gql(CREATE, { input: aGroup() }, trainer);
    const group = res.data?.createGroup;
    expect(group.joinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(group.joinPath).toBe(`/join/${group.joinCode}`);
    expect(group.joinQrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(group).toMatchObject({ name: 'Brest MDG, day 1', participantCount: 0, profileFields: ['GENDER', 'DISCIPLINE'] });
  });

  it('refuses bad dates, an unknown course and an empty name with the field named', async () => {
    expect((await t.gql(CREATE, { input: aGroup({ endsOn: '2026-11-01' }) }, trainer)).errors?.[0]?.message).toMatch(/endsOn/);
    expect((await t.gql(CREATE, { input: aGroup({ startsOn: '2026-13-01' }) }, trainer)).errors?.[0]?.message).toMatch(/startsOn/);
    expect(errorCode(await t.gql(CREATE, { input: aGroup({ courseId: 'nope' }) }, trainer))).toBe('NOT_FOUND');
    expect((await t.gql(CREATE, { input: aGroup({ name: '   ' }) }, trainer)).errors?.[0]?.message).toMatch(/name/);
  });

  it('lets three participants join with the code, keeping only the fields the trainer asked for', async () => {
    const group = (await t.gql(CREATE, { input: aGroup() }, trainer)).data?.createGroup;
    const code = group.joinCode.toLowerCase();
    const preview = await t.gql(`query ($code: String!) { groupByJoinCode(code: $code) { name profileFields } }`, { code });
    expect(preview.data?.groupByJoinCode).toEqual({ name: 'Brest MDG, day 1', profileFields: ['GENDER', 'DISCIPLINE'] });

    for (const [nickname, gender, discipline] of [['Olga', 'FEMALE', 'POLICE'], ['Ivan', 'MALE', 'HEALTH'], ['Mira', null, null]]) {
      const learner = await t.newLearner();
      const res = await t.gql(JOIN, { input: { code, nickname, consent: true, gender, discipline, region: 'Should not be kept' } }, learner);
      expect(res.data?.joinGroup).toMatchObject({ groupId: group.id, nickname });
    }
    const seen = (await t.gql(GROUP, { id: group.id }, trainer)).data?.group;
    expect(seen.participantCount).toBe(3);
    expect(seen.participants.map((p: { nickname: string; region: string | null }) => [p.nickname, p.region])).toEqual([
      ['Olga', null],
      ['Ivan', null],
      ['Mira', null],
    ]);
    expect(seen.participants[0]).toMatchObject({ gender: 'FEMALE', discipline: 'POLICE' });
  });

  it('keeps one membership when the same participant joins again after a refresh', async () => {
    const group = (await t.gql(CREATE, { input: aGroup() }, trainer)).data?.createGroup;
    const learner = await t.newLearner();
    const first = await t.gql(JOIN, { input: { code: group.joinCode, nickname: 'Anna', consent: true } }, learner);
    const again = await t.gql(JOIN, { input: { code: group.joinCode, nickname: 'Anna 2', consent: true } }, learner);
    expect(again.data?.joinGroup.id).toBe(first.data?.joinGroup.id);
    expect((await t.gql(GROUP, { id: group.id }, trainer)).data?.group.participantCount).toBe(1);
  });

  it('refuses to join without consent or with a wrong code', async () => {
    const group = (await t.gql(CREATE, { input: aGroup() }, trainer)).data?.createGroup;
    const learner = await t.newLearner();
    const noConsent = await t.gql(JOIN, { input: { code: group.joinCode, nickname: 'X', consent: false } }, learner);
    expect(errorCode(noConsent)).toBe('BAD_USER_INPUT');
    const wrong = await t.gql(JOIN, { input: { code: 'ZZZZ-ZZZZ', nickname: 'X', consent: true } }, learner);
    expect(errorCode(wrong)).toBe('NOT_FOUND');
  });

  it('forgets a participant who leaves, and one the trainer removes', async () => {
    const group = (await t.gql(CREATE, { input: aGroup() }, trainer)).data?.createGroup;
    const leaver = await t.newLearner();
    const removed = await t.newLearner();
    await t.gql(JOIN, { input: { code: group.joinCode, nickname: 'Leaver', consent: true } }, leaver);
    const membership = (await t.gql(JOIN, { input: { code: group.joinCode, nickname: 'Removed', consent: true } }, removed)).data?.joinGroup;

    expect((await t.gql(`mutation ($g: ID!) { leaveGroup(groupId: $g) }`, { g: group.id }, leaver)).data).toEqual({ leaveGroup: true });
    const removal = await t.gql(`mutation ($g: ID!, $p: ID!) { removeParticipant(groupId: $g, participantId: $p) }`, { g: group.id, p: membership.id }, trainer);
    expect(removal.data).toEqual({ removeParticipant: true });
    expect((await t.gql(GROUP, { id: group.id }, trainer)).data?.group.participantCount).toBe(0);
    expect((await t.gql(`{ myMemberships { id } }`, {}, removed)).data?.myMemberships).toEqual([]);
  });

  it("hides one trainer's group from other staff, but not from an admin", async () => {
    const group = (await t.gql(CREATE, { input: aGroup() }, trainer)).data?.createGroup;
    const admin = { cookie: await t.signInAs('admin') };
    expect(errorCode(await t.gql(GROUP, { id: group.id }, otherStaff))).toBe('FORBIDDEN');
    expect((await t.gql(GROUP, { id: group.id }, admin)).data?.group.participantCount).toBe(0);
    const adminGroup = (await t.gql(CREATE, { input: aGroup({ name: 'Admin group' }) }, admin)).data?.createGroup;
    expect(errorCode(await t.gql(GROUP, { id: adminGroup.id }, trainer))).toBe('NOT_FOUND');
    const listed = (await t.gql(`{ groups { name } }`, {}, trainer)).data?.groups.map((g: { name: string }) => g.name);
    expect(listed).not.toContain('Admin group');
  });
});
