import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DailySaltStore } from '../../../src/common/daily-salt/daily-salt.store';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';
import { TEST_REDIS_URL, redisNamespace } from '../../harness/redis';
import { collect, wsClient } from '../../harness/ws-client';

const POSTGRES_URL = process.env['ZORKA_TEST_POSTGRES_URL'];
const PARTICIPANT_VIEW = `sessionId step { kind key title } myAnswer`;
const TRAINER_VIEW = `sessionId attendance step { key } results { answered counts { optionId count } }`;

// Two backend instances (two real HTTP servers on their own ports) on one PostgreSQL database and one
// Redis, as behind a load balancer. Runs when both ZORKA_TEST_REDIS_URL and ZORKA_TEST_POSTGRES_URL are given.
describe.skipIf(!TEST_REDIS_URL || !POSTGRES_URL)('two instances behind one PostgreSQL and one Redis', () => {
  const namespace = redisNamespace();
  let a: TestApp;
  let b: TestApp;
  let trainer: { cookie: string };
  let groupId: string;
  let sessionId: string;
  const participants: string[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    const env = { REDIS_URL: TEST_REDIS_URL!, REDIS_PREFIX: namespace.prefix };
    a = await startTestApp({ env });
    b = await startTestApp({ env, database: a.databaseUrl });
    expect(new URL(a.url).port).not.toBe(new URL(b.url).port);
    trainer = { cookie: await a.signInAs('trainer') };
    const group = (await a.gql(`mutation { createGroup(input: { name: "Two rooms", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-23" }) { id joinCode } }`, {}, trainer)).data?.createGroup;
    groupId = group.id;
    for (const nickname of ['P1', 'P2']) {
      const learner = await b.newLearner();
      const joined = await b.gql(`mutation ($c: String!, $n: String!) { joinGroup(input: { code: $c, nickname: $n, consent: true }) { id } }`, { c: group.joinCode, n: nickname }, learner);
      expect(joined.errors).toBeUndefined();
      participants.push(learner);
    }
    const started = await a.gql(`mutation ($g: ID!) { startLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId }, trainer);
    sessionId = started.data?.startLiveSession.sessionId;
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await b?.close();
    await a?.close();
    await namespace.cleanup();
  });

  it('shows the trainer’s question (instance A) on phones connected to B, and their answers on the trainer’s screen on A', async () => {
    const phones = participants.map((learnerToken) => wsClient(b.url, { learnerToken }));
    const projector = wsClient(a.url, { cookie: trainer.cookie });
    clients.push(...phones, projector);
    const onPhones = phones.map((phone) => collect<any>(phone, `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { ${PARTICIPANT_VIEW} } }`, { g: groupId }));
    const onProjector = collect<any>(projector, `subscription ($s: ID!) { trainerLiveSession(sessionId: $s, locale: "en") { ${TRAINER_VIEW} } }`, { s: sessionId });
    for (const phone of onPhones) expect((await phone.next(1))?.data?.participantLiveSession.step).toBeNull();
    await onProjector.next(1);

    const shown = await a.gql(`mutation ($s: ID!) { showLiveStep(sessionId: $s, input: { kind: QUESTION, quizId: "fixture-course/check", questionId: "one-answer" }, locale: "en") { sessionId } }`, { s: sessionId }, trainer);
    expect(shown.errors).toBeUndefined();
    for (const phone of onPhones) expect((await phone.next(2))?.data?.participantLiveSession.step).toMatchObject({ kind: 'QUESTION', title: 'One answer?' });

    const seenBefore = onProjector.received.length;
    const answered = await b.gql(`mutation ($s: ID!) { answerLiveStep(sessionId: $s, optionIds: ["a"], locale: "en") { myAnswer } }`, { s: sessionId }, participants[0]!);
    expect(answered.data?.answerLiveStep.myAnswer).toEqual(['a']);
    // The projector on A hears of the answer given on B, and its view counts it.
    let view: any;
    for (let n = seenBefore + 1; !(view?.results?.answered >= 1); n++) view = (await onProjector.next(n))?.data?.trainerLiveSession;
    expect(view.results).toEqual({ answered: 1, counts: [{ optionId: 'a', count: 1 }, { optionId: 'b', count: 0 }] });
    expect(view.attendance).toBe(2);
  });

  it('holds one rate limit across both instances', async () => {
    const verify = (app: TestApp) => app.gql(`query { verifyCertificate(code: "ZZZZZZZZZZZZ", locale: "en") { code } }`);
    // verifyCertificate allows 30 a minute per source; 15 on each instance use them all.
    for (let i = 0; i < 30; i++) expect(errorCode(await verify(i % 2 ? a : b))).not.toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await verify(a))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await verify(b))).toBe('TOO_MANY_REQUESTS');
  });

  it('gives both instances the same daily salt', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const [saltA, saltB] = await Promise.all([a.app.get(DailySaltStore).saltFor(today), b.app.get(DailySaltStore).saltFor(today)]);
    expect(saltA.length).toBe(32);
    expect(saltA.equals(saltB)).toBe(true);
  });
});
