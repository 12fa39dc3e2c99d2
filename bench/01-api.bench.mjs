// (1) API: the catalogue query and one course with its steps, at 1, 10 and 100 concurrent clients,
// against the limit: a bare node:http server that answers the same request with the same bytes.
// Target: Zorka >= 40 % of the limit's throughput and p99 < 50 ms at 100 clients.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startZorka } from './lib.mjs';

export const title = 'API (1)';

const DURATION_S = Number(process.env.BENCH_API_SECONDS ?? 5);
const CONCURRENCY = [1, 10, 100];

const CATALOGUE = `query Courses($locale: String!) { courses(locale: $locale) { id title summary audience ageBands languages estimatedMinutes locale stepCount } }`;
const COURSE = `query Course($id: ID!, $locale: String!) { course(id: $id, locale: $locale) { id title summary audience ageBands languages estimatedMinutes locale steps { kind id title } preTestId postTestId linkedCourseId } }`;

/** The limit, started once Zorka's answers are known, in a process of its own (as Zorka is). */
async function startLimitServer(bodies) {
  const child = spawn(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'limit-server.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify(Object.fromEntries([...bodies].map(([k, v]) => [k, v.toString('utf8')]))));
  const [line] = await once(child.stdout, 'data');
  return { url: `http://127.0.0.1:${String(line).trim()}`, stop: () => child.kill() };
}

const gqlPost = (url, body) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());

function cannon(url, body, connections, headers = {}) {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    duration: DURATION_S,
  });
}

export async function run({ log }) {
  const zorka = await startZorka();
  const bodies = new Map();
  let limit;
  const rows = [];
  try {
    const firstCourse = await fetch(`${zorka.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CATALOGUE, variables: { locale: 'ru' } }),
    }).then((r) => r.json());
    const courseId = firstCourse.data.courses[0].id;
    const requests = {
      catalogue: JSON.stringify({ query: CATALOGUE, variables: { locale: 'ru' } }),
      'one course': JSON.stringify({ query: COURSE, variables: { id: courseId, locale: 'ru' } }),
    };
    for (const body of Object.values(requests)) {
      const res = await fetch(`${zorka.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const bytes = Buffer.from(await res.arrayBuffer());
      if (!res.ok || bytes.includes('"errors"')) throw new Error(`the query failed: ${bytes}`);
      bodies.set(body, bytes);
    }
    limit = await startLimitServer(bodies);
    // Warm both up (JIT, caches) before measuring.
    for (const body of Object.values(requests)) {
      await autocannon({ url: `${zorka.url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, duration: 2 });
    }
    for (const [name, body] of Object.entries(requests)) {
      log(`${name}: ${bodies.get(body).length} bytes`);
      for (const connections of CONCURRENCY) {
        const z = await cannon(zorka.url, body, connections);
        const l = await cannon(limit.url, body, connections);
        if (z.non2xx || z.errors) throw new Error(`Zorka answered ${z.non2xx} non-2xx and ${z.errors} errors`);
        const ratio = z.requests.average / l.requests.average;
        log(`${name} @${connections}: Zorka ${Math.round(z.requests.average)} req/s p50 ${z.latency.p50} ms p99 ${z.latency.p99} ms | limit ${Math.round(l.requests.average)} req/s p99 ${l.latency.p99} ms`);
        const at100 = connections === 100;
        rows.push({ measure: `${name} @${connections} throughput`, zorka: z.requests.average, reference: l.requests.average, unit: 'req/s', ...(at100 ? { target: '>= 40 %', ok: ratio >= 0.4 } : {}) });
        rows.push({ measure: `${name} @${connections} p50 / p99`, zorka: `${z.latency.p50} / ${z.latency.p99}`, reference: `${l.latency.p50} / ${l.latency.p99}`, unit: 'ms', ...(at100 ? { target: 'p99 < 50 ms', ok: z.latency.p99 < 50 } : {}) });
      }
    }
    // A returning learner's browser sends its token: public content is still served from the cache
    // once the token is resolved; the learner's own data always takes the full path (Nest, Apollo,
    // the database), shown apart so the cache does not hide what an uncached request costs.
    const learner = (await gqlPost(zorka.url, { query: 'mutation { startLearner { token } }' })).data.startLearner.token;
    const asLearner = { authorization: `Learner ${learner}` };
    const progress = JSON.stringify({ query: 'query { myProgress(locale: "ru") { courses { courseId percent } hasRecoveryCode } }' });
    const check = await fetch(`${zorka.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...asLearner }, body: progress }).then((r) => r.text());
    if (check.includes('"errors"')) throw new Error(`the progress query failed: ${check}`);
    for (const [measure, body] of [['catalogue with a learner token', requests.catalogue], ["a learner's own progress (uncached)", progress]]) {
      const z = await cannon(zorka.url, body, 100, asLearner);
      if (z.non2xx || z.errors) throw new Error(`Zorka answered ${z.non2xx} non-2xx and ${z.errors} errors`);
      const l = await cannon(limit.url, requests.catalogue, 100);
      log(`${measure} @100: Zorka ${Math.round(z.requests.average)} req/s p99 ${z.latency.p99} ms | limit ${Math.round(l.requests.average)} req/s`);
      rows.push({ measure: `${measure} @100 throughput`, zorka: z.requests.average, reference: l.requests.average, unit: 'req/s' });
      rows.push({ measure: `${measure} @100 p50 / p99`, zorka: `${z.latency.p50} / ${z.latency.p99}`, reference: `${l.latency.p50} / ${l.latency.p99}`, unit: 'ms' });
    }
  } finally {
    limit?.stop();
    await zorka.stop();
  }
  return rows;
}
