import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';
import { collect, wsClient } from '../../harness/ws-client';

const VIEW = `sessionId active revealed myAnswer feedback step { kind key title options { id text } outcome { kind } }
  results { answered counts { optionId count } correctOptionIds }`;
const TRAINER_VIEW = `sessionId active revealed attendance step { kind key title options { id } outcome { kind } }
  results { answered counts { optionId count } correctOptionIds }`;

describe('a live session: the trainer paces, phones follow', () => {
  let t: TestApp;
  let trainer: { cookie: string };
  let groupId: string;
  let sessionId: string;
  const participants: string[] = [];
  const clients: Client[] = [];

  const asTrainer = (query: string, variables: Record<string, unknown> = {}) => t.gql(query, { ...variables, locale: 'en' }, trainer);
  const answer = (learner: string, optionIds: string[]) =>
    t.gql(`mutation ($s: ID!, $o: [ID!]!, $locale: String!) { answerLiveStep(sessionId: $s, optionIds: $o, locale: $locale) { ${VIEW} } }`, { s: sessionId, o: optionIds, locale: 'en' }, learner);

  beforeAll(async () => {
    t = await startTestApp();
    trainer = { cookie: await t.signInAs('trainer') };
    const group = (await t.gql(`mutation { createGroup(input: { name: "Live", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-23" }) { id joinCode } }`, {}, trainer)).data?.createGroup;
    groupId = group.id;
    for (const nickname of ['A', 'B', 'C']) {
      const learner = await t.newLearner();
      await t.gql(`mutation ($c: String!, $n: String!) { joinGroup(input: { code: $c, nickname: $n, consent: true }) { id } }`, { c: group.joinCode, n: nickname }, learner);
      participants.push(learner);
    }
    const started = await asTrainer(`mutation ($g: ID!, $locale: String!) { startLiveSession(groupId: $g, locale: $locale) { sessionId active step { key } } }`, { g: groupId });
    sessionId = started.data?.startLiveSession.sessionId;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  it('pushes the question to every phone over WebSocket, hides results until the reveal, then shows them to all', async () => {
    const phone = wsClient(t.url, { learnerToken: participants[0]! });
    const projector = wsClient(t.url, { cookie: trainer.cookie });
    clients.push(phone, projector);
    const onPhone = collect<any>(phone, `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { ${VIEW} } }`, { g: groupId });
    const onProjector = collect<any>(projector, `subscription ($s: ID!) { trainerLiveSession(sessionId: $s, locale: "en") { ${TRAINER_VIEW} } }`, { s: sessionId });
    expect((await onPhone.next(1))?.data?.participantLiveSession.step).toBeNull();
    await onProjector.next(1);

    await asTrainer(`mutation ($s: ID!, $locale: String!) { showLiveStep(sessionId: $s, input: { kind: QUESTION, quizId: "fixture-course/check", questionId: "one-answer" }, locale: $locale) { sessionId } }`, { s: sessionId });
    const question = (await onPhone.next(2))?.data?.participantLiveSession;
    expect(question.step).toMatchObject({ kind: 'QUESTION', title: 'One answer?' });
    expect(question.results).toBeNull();

    await answer(participants[0]!, ['a']);
    await answer(participants[1]!, ['b']);
    const resent = await answer(participants[1]!, ['a']);
    expect(resent.data?.answerLiveStep.myAnswer).toEqual(['b']);
    await answer(participants[2]!, ['a']);

    const mid = (await t.gql(`query ($s: ID!) { liveSession(sessionId: $s, locale: "en") { ${TRAINER_VIEW} } }`, { s: sessionId }, trainer)).data?.liveSession;
    expect(mid.results).toEqual({ answered: 3, counts: [{ optionId: 'a', count: 2 }, { optionId: 'b', count: 1 }], correctOptionIds: ['a'] });
    expect(mid.attendance).toBe(3);
    const hidden = (await t.gql(`query ($g: ID!) { myLiveSession(groupId: $g, locale: "en") { ${VIEW} } }`, { g: groupId }, participants[1]!)).data?.myLiveSession;
    expect(hidden.results).toBeNull();

    await asTrainer(`mutation ($s: ID!, $locale: String!) { revealLiveStep(sessionId: $s, locale: $locale) { revealed } }`, { s: sessionId });
    const onProjectorAfter = onProjector.received.length;
    expect(onProjectorAfter).toBeGreaterThan(1);
    const revealed = (await t.gql(`query ($g: ID!) { myLiveSession(groupId: $g, locale: "en") { ${VIEW} } }`, { g: groupId }, participants[1])).data?.myLiveSession;
    expect(revealed).toMatchObject({ revealed: true, myAnswer: ['b'], feedback: 'Wrong, because no' });
    expect(revealed.results.correctOptionIds).toEqual(['a']);
    expect(errorCode(await answer(participants[0]!, ['a']))).toBe('CONFLICT');
  });

  it('lets the room vote on a role-play decision and follows the majority', async () => {
    await asTrainer(`mutation ($s: ID!, $locale: String!) { showLiveStep(sessionId: $s, input: { kind: DECISION, scenarioId: "fixture-course/talk" }, locale: $locale) { step { key } } }`, { s: sessionId });
    await answer(participants[0]!, ['calm']);
    await answer(participants[1]!, ['calm']);
    await answer(participants[2]!, ['shout']);
    const next = await asTrainer(`mutation ($s: ID!, $locale: String!) { advanceLiveScenario(sessionId: $s, locale: $locale) { step { key title options { id } } } }`, { s: sessionId });
    expect(next.data?.advanceLiveScenario.step).toMatchObject({ title: 'A stranger writes to me.', options: [{ id: 'listen' }, { id: 'blame' }] });
    const picked = await asTrainer(`mutation ($s: ID!, $locale: String!) { advanceLiveScenario(sessionId: $s, choiceId: "blame", locale: $locale) { revealed step { outcome { kind } } } }`, { s: sessionId });
    expect(picked.data?.advanceLiveScenario).toEqual({ revealed: true, step: { outcome: { kind: 'BAD' } } });
  });

  it('refuses an answer from someone outside the group, and a step from another course', async () => {
    const stranger = await t.newLearner();
    expect(errorCode(await answer(stranger, ['a']))).toBe('NOT_FOUND');
    const other = await asTrainer(`mutation ($s: ID!, $locale: String!) { showLiveStep(sessionId: $s, input: { kind: LESSON, lessonId: "other-course/x" }, locale: $locale) { sessionId } }`, { s: sessionId });
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
  });

  it('refuses a WebSocket from another origin', async () => {
    const foreign = wsClient(t.url, { learnerToken: participants[0], origin: 'https://evil.example' });
    clients.push(foreign);
    const sub = collect<any>(foreign, `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId });
    await expect(sub.next(1, 2_000)).rejects.toThrow();
    expect(sub.received).toHaveLength(0);
  });

  it('refuses a subscription to a group the learner is not in', async () => {
    const stranger = wsClient(t.url, { learnerToken: await t.newLearner() });
    clients.push(stranger);
    const sub = collect<any>(stranger, `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId });
    const first = await sub.next(1).catch(() => undefined);
    expect(JSON.stringify(first ?? sub.failure)).toMatch(/NOT_FOUND|not in the group/);
  });

  it('stops showing the session to a phone whose participant the trainer removed', async () => {
    const removed = await t.newLearner();
    const group = (await t.gql(`query ($g: ID!) { group(id: $g) { joinCode } }`, { g: groupId }, trainer)).data?.group;
    const membershipId = (await t.gql(`mutation ($c: String!) { joinGroup(input: { code: $c, nickname: "Gone", consent: true }) { id } }`, { c: group.joinCode }, removed)).data?.joinGroup.id;
    const phone = wsClient(t.url, { learnerToken: removed });
    clients.push(phone);
    const onPhone = collect<any>(phone, `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { sessionId step { key } } }`, { g: groupId });
    expect((await onPhone.next(1))?.data?.participantLiveSession.sessionId).toBe(sessionId);
    const gone = await t.gql(`mutation ($g: ID!, $m: ID!) { removeParticipant(groupId: $g, participantId: $m) }`, { g: groupId, m: membershipId }, trainer);
    expect(gone.errors).toBeUndefined();
    await asTrainer(`mutation ($s: ID!, $locale: String!) { showLiveStep(sessionId: $s, input: { kind: LESSON, lessonId: "fixture-course/first-lesson" }, locale: $locale) { sessionId } }`, { s: sessionId });
    const next = await onPhone.next(2).catch(() => undefined);
    expect(next?.data?.participantLiveSession ?? null).toBeNull();
    expect(JSON.stringify(next ?? onPhone.failure)).toMatch(/NOT_FOUND|not in the group/);
  });

  it('ends the session', async () => {
    const ended = await asTrainer(`mutation ($s: ID!, $locale: String!) { endLiveSession(sessionId: $s, locale: $locale) { active } }`, { s: sessionId });
    expect(ended.data?.endLiveSession.active).toBe(false);
    expect((await t.gql(`query ($g: ID!) { myLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId }, participants[0])).data?.myLiveSession).toBeNull();
  });

  it('counts a phone that was already following when the next session started', async () => {
    const early = participants[2]!;
    const phone = wsClient(t.url, { learnerToken: early });
    clients.push(phone);
    const onPhone = collect<any>(phone, `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId });
    expect((await onPhone.next(1))?.data?.participantLiveSession).toBeNull();
    const next = await asTrainer(`mutation ($g: ID!, $locale: String!) { startLiveSession(groupId: $g, locale: $locale) { sessionId } }`, { g: groupId });
    const nextId = next.data?.startLiveSession.sessionId;
    expect((await onPhone.next(2))?.data?.participantLiveSession.sessionId).toBe(nextId);
    const view = await t.gql(`query ($s: ID!) { liveSession(sessionId: $s, locale: "en") { attendance } }`, { s: nextId }, trainer);
    // This phone, and the first test's phone, which is still following the group.
    expect(view.data?.liveSession.attendance).toBe(2);
  });
});
