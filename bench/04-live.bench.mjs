// (4) Live session: N participants join a group through the real join flow (each from an address
// of its own, so the per-source rate limits see N phones), follow the session over graphql-ws, and
// the trainer puts a question on every screen. Measured: the time until every phone has it
// (p50/p99/max, from the trainer's click), until all answers are counted on the trainer's screen,
// and the server's memory per idle connection. Target: 2,000 phones, p99 < 150 ms on loopback.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { deviceAddress, gql, percentile, signIn, sleep, startZorka } from './lib.mjs';
import { follow, phone } from './live-clients.mjs';

export const title = 'Live session (4)';
const N = Number(process.env.BENCH_LIVE_PARTICIPANTS ?? 2000);

const PARTICIPANT = `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "ru") { sessionId step { kind key title options { id } } myAnswer } }`;
const TRAINER = `subscription ($s: ID!) { trainerLiveSession(sessionId: $s, locale: "ru") { attendance step { key } results { answered } } }`;

/** Runs `work(i)` for i < n with at most `width` at a time. */
async function pool(n, width, work) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, n) }, async () => {
    while (next < n) await work(next++);
  }));
}

/**
 * The limit: N raw WebSockets on a bare `ws` server that sends the same bytes to all of them at once.
 * Resolves to the arrival times after the push (ms, sorted).
 */
async function limitFanOut(n, message) {
  const child = spawn(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'limit-ws-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(child.stdout, 'data');
  const url = `ws://127.0.0.1:${String(line).trim()}`;
  const sockets = [];
  try {
    const arrivals = [];
    let pushed = 0;
    await pool(n, 100, async (i) => {
      const socket = new WebSocket(url, { localAddress: deviceAddress(i) });
      sockets.push(socket);
      socket.on('message', () => arrivals.push(performance.now() - pushed));
      await once(socket, 'open');
    });
    await sleep(1_000);
    pushed = performance.now();
    await fetch(`http://${url.slice(5)}/push`, { method: 'POST', body: message });
    const deadline = Date.now() + 30_000;
    while (arrivals.length < n && Date.now() < deadline) await sleep(5);
    return arrivals.sort((a, b) => a - b);
  } finally {
    for (const socket of sockets) socket.terminate();
    child.kill();
  }
}

export async function run({ log }) {
  const zorka = await startZorka();
  const clients = [];
  try {
    const cookie = await signIn(zorka, 'trainer');
    const trainer = { cookie };
    // A course with a quiz: the question the trainer puts on screen.
    const { data: catalogue } = await gql(zorka.url, '{ courses(locale: "ru") { id } }');
    let course;
    let quizId;
    for (const { id } of catalogue.courses) {
      const { data } = await gql(zorka.url, 'query ($id: ID!) { course(id: $id, locale: "ru") { id steps { kind id } } }', { id });
      quizId = data.course.steps.find((s) => s.kind === 'QUIZ')?.id;
      if (quizId) {
        course = data.course;
        break;
      }
    }
    const { data: quizData } = await gql(zorka.url, 'query ($id: ID!) { quiz(id: $id, locale: "ru") { questions { id type options { id } } } }', { id: quizId });
    const question = quizData.quiz.questions.find((q) => q.type !== 'MULTIPLE') ?? quizData.quiz.questions[0];
    const { data: groupData } = await gql(
      zorka.url,
      `mutation ($c: ID!) { createGroup(input: { name: "Bench", courseId: $c, startsOn: "2026-11-23", endsOn: "2026-11-23" }) { id joinCode } }`,
      { c: course.id },
      trainer,
    );
    const { id: groupId, joinCode } = groupData.createGroup;

    let started = performance.now();
    const tokens = new Array(N);
    await pool(N, 50, async (i) => {
      const localAddress = deviceAddress(i);
      const { data } = await gql(zorka.url, 'mutation { startLearner { token } }', {}, { localAddress });
      tokens[i] = data.startLearner.token;
      await gql(zorka.url, `mutation ($c: String!, $n: String!) { joinGroup(input: { code: $c, nickname: $n, consent: true }) { id } }`, { c: joinCode, n: `P${i}` }, { learner: tokens[i], localAddress });
    });
    log(`${N} participants joined through startLearner + joinGroup in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const { data: startData } = await gql(zorka.url, `mutation ($g: ID!) { startLiveSession(groupId: $g, locale: "ru") { sessionId } }`, { g: groupId }, trainer);
    const sessionId = startData.startLiveSession.sessionId;
    await sleep(1_000);
    const before = zorka.memory();

    started = performance.now();
    const phones = [];
    await pool(N, 100, async (i) => {
      const client = phone(zorka.url, { learnerToken: tokens[i], localAddress: deviceAddress(i) });
      clients.push(client);
      const f = follow(client, PARTICIPANT, { g: groupId }, (d) => d.participantLiveSession);
      phones.push(f);
      await f.first;
    });
    log(`${N} phones following in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const projectorClient = phone(zorka.url, { cookie });
    clients.push(projectorClient);
    const projector = follow(projectorClient, TRAINER, { s: sessionId }, (d) => d.trainerLiveSession);
    await projector.first;
    await sleep(2_000);
    const idle = zorka.memory();
    const perConnectionKb = ((idle.rssMb - before.rssMb) * 1024) / N;
    log(`server RSS ${before.rssMb.toFixed(0)} MB before the phones, ${idle.rssMb.toFixed(0)} MB with ${N} idle: ${perConnectionKb.toFixed(1)} KB each`);

    // The trainer's click: from here until each phone has the question.
    const clicked = performance.now();
    const { data: shown } = await gql(
      zorka.url,
      `mutation ($s: ID!, $q: ID!, $quiz: ID!) { showLiveStep(sessionId: $s, input: { kind: QUESTION, quizId: $quiz, questionId: $q }, locale: "ru") { step { key } } }`,
      { s: sessionId, q: question.id, quiz: quizId },
      trainer,
    );
    const key = shown.showLiveStep.step.key;
    log(`the trainer's click answered after ${(performance.now() - clicked).toFixed(0)} ms`);
    const deadline = Date.now() + 120_000;
    while (phones.some((p) => !p.arrivals.has(key)) && Date.now() < deadline) await sleep(20);
    const arrived = phones.map((p) => p.arrivals.get(key)).filter((t) => t !== undefined).map((t) => t - clicked).sort((a, b) => a - b);
    if (arrived.length < N) throw new Error(`only ${arrived.length} of ${N} phones got the question within 120 s`);
    const p50 = percentile(arrived, 50);
    const p99 = percentile(arrived, 99);
    const max = arrived.at(-1);
    log(`question on every screen: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${max.toFixed(0)} ms`);

    // Every phone answers at once; counted when the trainer's screen shows all N answers.
    const answersStarted = performance.now();
    const option = question.options[0].id;
    await pool(N, 200, async (i) => {
      await gql(zorka.url, `mutation ($s: ID!, $o: [ID!]!) { answerLiveStep(sessionId: $s, optionIds: $o, locale: "ru") { myAnswer } }`, { s: sessionId, o: [option] }, { learner: tokens[i], localAddress: deviceAddress(i) });
    });
    const allSent = performance.now() - answersStarted;
    while (!projector.views.some((v) => v?.step?.key === key && v.results?.answered === N) && Date.now() < deadline + 60_000) await sleep(20);
    const counted = projector.views.find((v) => v?.step?.key === key && v.results?.answered === N);
    const allCounted = performance.now() - answersStarted;
    if (!counted) throw new Error(`the trainer's screen never showed ${N} answers`);
    log(`${N} answers sent in ${allSent.toFixed(0)} ms, all counted on the trainer's screen after ${allCounted.toFixed(0)} ms`);
    const peak = zorka.memory();
    // The same message size to the same number of sockets, with nothing in between: the limit.
    const sample = JSON.stringify({ id: 'x', type: 'next', payload: { data: { participantLiveSession: phones[0].views.at(-1) } } });
    const limit = await limitFanOut(N, sample);
    const limitP50 = percentile(limit, 50);
    const limitP99 = percentile(limit, 99);
    log(`limit (bare ws, ${sample.length} bytes to ${limit.length} sockets): p50 ${limitP50.toFixed(0)} ms, p99 ${limitP99.toFixed(0)} ms, max ${limit.at(-1).toFixed(0)} ms`);

    return [
      { measure: `${N} phones: question on screen p50`, zorka: p50, reference: limitP50, unit: 'ms' },
      { measure: `${N} phones: question on screen p99`, zorka: p99, reference: limitP99, unit: 'ms', target: 'p99 < 150 ms', ok: p99 < 150 },
      { measure: `${N} phones: question on screen max`, zorka: max, reference: limit.at(-1), unit: 'ms' },
      { measure: `${N} answers: all counted on the trainer's screen`, zorka: allCounted, unit: 'ms' },
      { measure: 'memory per idle connection (server RSS)', zorka: perConnectionKb, unit: 'KB' },
      { measure: `server peak RSS with ${N} phones`, zorka: peak.peakRssMb, unit: 'MB' },
    ];
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await zorka.stop();
  }
}
