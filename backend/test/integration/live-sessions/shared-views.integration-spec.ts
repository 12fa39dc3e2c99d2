import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { collect, wsClient } from '../../harness/ws-client';

const VIEW = 'revealed myAnswer feedback step { key title } results { answered counts { optionId count } }';

/** Waits until the phone's latest view passes `check` (views come after every change, some coalesced). */
async function latestWhere(phone: ReturnType<typeof collect<any>>, check: (view: any) => boolean) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const view = phone.received.at(-1)?.data?.participantLiveSession;
    if (view && check(view)) return view;
    if (Date.now() > deadline) throw new Error(`no such view; the last was ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('phones that see the same thing share one computed view, and still see only their own answer', () => {
  let t: TestApp;
  let trainer: { cookie: string };
  let sessionId: string;
  const learners: string[] = [];
  const clients: Client[] = [];
  const phones: ReturnType<typeof collect<any>>[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    trainer = { cookie: await t.signInAs('trainer') };
    const group = (await t.gql(`mutation { createGroup(input: { name: "Shared", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-23" }) { id joinCode } }`, {}, trainer)).data?.createGroup;
    for (const nickname of ['A', 'B', 'C']) {
      const learner = await t.newLearner();
      await t.gql(`mutation ($c: String!, $n: String!) { joinGroup(input: { code: $c, nickname: $n, consent: true }) { id } }`, { c: group.joinCode, n: nickname }, learner);
      learners.push(learner);
    }
    sessionId = (await t.gql(`mutation ($g: ID!) { startLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: group.id }, trainer)).data?.startLiveSession.sessionId;
    for (const learner of learners) {
      const client = wsClient(t.url, { learnerToken: learner });
      clients.push(client);
      const phone = collect<any>(client, `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { ${VIEW} } }`, { g: group.id });
      await phone.next(1);
      phones.push(phone);
    }
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  it('pushes each phone its own answer and feedback after the reveal, and the same results to all', async () => {
    await t.gql(`mutation ($s: ID!) { showLiveStep(sessionId: $s, input: { kind: QUESTION, quizId: "fixture-course/check", questionId: "one-answer" }, locale: "en") { sessionId } }`, { s: sessionId }, trainer);
    const shown = await Promise.all(phones.map((phone) => latestWhere(phone, (v) => v.step?.title === 'One answer?')));
    expect(shown.every((v) => v.results === null && v.myAnswer.length === 0)).toBe(true);

    const chosen = [['a'], ['b'], ['a']];
    for (const [i, learner] of learners.entries()) {
      await t.gql(`mutation ($s: ID!, $o: [ID!]!) { answerLiveStep(sessionId: $s, optionIds: $o, locale: "en") { myAnswer } }`, { s: sessionId, o: chosen[i] }, learner);
    }
    await t.gql(`mutation ($s: ID!) { revealLiveStep(sessionId: $s, locale: "en") { revealed } }`, { s: sessionId }, trainer);

    const revealed = await Promise.all(phones.map((phone) => latestWhere(phone, (v) => v.revealed)));
    expect(revealed.map((v) => v.myAnswer)).toEqual(chosen);
    expect(revealed[1].feedback).toBe('Wrong, because no');
    expect(revealed[0].feedback).not.toBe(revealed[1].feedback);
    expect(revealed[2]).toEqual(revealed[0]);
    for (const view of revealed) expect(view.results).toEqual({ answered: 3, counts: [{ optionId: 'a', count: 2 }, { optionId: 'b', count: 1 }] });
  });
});
