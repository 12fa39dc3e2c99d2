import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { collect, wsClient } from '../../harness/ws-client';

const JOIN = `mutation ($c: String!, $n: String!) { joinGroup(input: { code: $c, nickname: $n, consent: true }) { id liveSession { sessionId } } }`;

describe('the live state of a group: found from the group, followed to its end, in the viewer’s language', () => {
  let t: TestApp;
  let trainer: { cookie: string };
  let group: { id: string; joinCode: string };
  let member: string;
  const clients: Client[] = [];
  const asTrainer = (query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, trainer);

  beforeAll(async () => {
    t = await startTestApp();
    trainer = { cookie: await t.signInAs('trainer') };
    group = (await asTrainer(`mutation { createGroup(input: { name: "State", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-23" }) { id joinCode } }`)).data?.createGroup;
    member = await t.newLearner();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  it('pushes the trainer’s group page a new participant and a started session, without polling', async () => {
    const page = wsClient(t.url, { cookie: trainer.cookie });
    clients.push(page);
    const onPage = collect<any>(page, `subscription ($g: ID!) { groupChanged(groupId: $g) { participantCount participants { nickname } liveSession { sessionId } } }`, { g: group.id });
    expect((await onPage.next(1))?.data?.groupChanged).toEqual({ participantCount: 0, participants: [], liveSession: null });

    const joined = await t.gql(JOIN, { c: group.joinCode, n: 'Ala' }, member);
    expect(joined.data?.joinGroup.liveSession).toBeNull();
    expect((await onPage.next(2))?.data?.groupChanged).toMatchObject({ participantCount: 1, participants: [{ nickname: 'Ala' }] });

    const started = await asTrainer(`mutation ($g: ID!) { startLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: group.id });
    const sessionId = started.data?.startLiveSession.sessionId;
    expect((await onPage.next(3))?.data?.groupChanged.liveSession).toEqual({ sessionId });
    // The trainer's group and the participant's membership name the running session.
    expect((await asTrainer(`query ($g: ID!) { group(id: $g) { liveSession { sessionId startedAt } } }`, { g: group.id })).data?.group.liveSession.sessionId).toBe(sessionId);
    expect((await t.gql(`{ myMemberships { liveSession { sessionId } } }`, {}, member)).data?.myMemberships).toEqual([{ liveSession: { sessionId } }]);
  });

  it('puts step texts in each viewer’s language, falling back from Belarusian to Russian', async () => {
    const sessionId = (await asTrainer(`query ($g: ID!) { group(id: $g) { liveSession { sessionId } } }`, { g: group.id })).data?.group.liveSession.sessionId;
    await asTrainer(`mutation ($s: ID!) { showLiveStep(sessionId: $s, input: { kind: QUESTION, quizId: "fixture-course/check", questionId: "one-answer" }, locale: "en") { sessionId } }`, { s: sessionId });
    const view = (locale: string) =>
      t.gql(`query ($g: ID!, $l: String!) { myLiveSession(groupId: $g, locale: $l) { step { locale title options { text } } } }`, { g: group.id, l: locale }, member);
    expect((await view('en')).data?.myLiveSession.step).toEqual({ locale: 'en', title: 'One answer?', options: expect.arrayContaining([{ text: expect.any(String) }]) });
    expect((await view('ru')).data?.myLiveSession.step).toMatchObject({ locale: 'ru', title: 'Один ответ?' });
    // The fixture has no Belarusian: Belarusian readers get Russian, and are told so by `locale`.
    expect((await view('be')).data?.myLiveSession.step).toMatchObject({ locale: 'ru', title: 'Один ответ?' });
    const trainerView = await asTrainer(`query ($s: ID!) { liveSession(sessionId: $s, locale: "ru") { step { locale title } } }`, { s: sessionId });
    expect(trainerView.data?.liveSession.step).toEqual({ locale: 'ru', title: 'Один ответ?' });
  });

  it('tells a following phone that the session ended with active: false, not with nothing', async () => {
    const phone = wsClient(t.url, { learnerToken: member });
    clients.push(phone);
    const onPhone = collect<any>(phone, `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { sessionId active } }`, { g: group.id });
    const running = (await onPhone.next(1))?.data?.participantLiveSession;
    expect(running.active).toBe(true);
    await asTrainer(`mutation ($s: ID!) { endLiveSession(sessionId: $s, locale: "en") { active } }`, { s: running.sessionId });
    expect((await onPhone.next(2))?.data?.participantLiveSession).toEqual({ sessionId: running.sessionId, active: false });
    expect((await asTrainer(`query ($g: ID!) { group(id: $g) { liveSession { sessionId } } }`, { g: group.id })).data?.group.liveSession).toBeNull();
  });

  it('refuses the group subscription to a trainer who does not run the group', async () => {
    const manager = wsClient(t.url, { cookie: await t.signInAs('campaign_manager') });
    clients.push(manager);
    const sub = collect<any>(manager, `subscription ($g: ID!) { groupChanged(groupId: $g) { id } }`, { g: group.id });
    const first = await sub.next(1).catch(() => undefined);
    expect(JSON.stringify(first ?? sub.failure)).toMatch(/FORBIDDEN/);
  });
});
