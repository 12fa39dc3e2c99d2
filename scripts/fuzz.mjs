// `node scripts/fuzz.mjs`: throws at least 10,000 malformed, oversized, deeply nested and random requests
// at the built server (GraphQL over HTTP, the REST routes, raw HTTP) and checks every answer: a clean 4xx
// or a GraphQL error, never a 500 or an INTERNAL_SERVER_ERROR, never a stack frame or a file path in a body;
// the server stays up and its memory bounded. FUZZ_REQUESTS, FUZZ_SEED, FUZZ_RSS_LIMIT_MB, FUZZ_MAX_HEAP_MB change the run.
// A new target (e.g. an ingestion endpoint) is one entry in TARGETS. Uses backend/dist: run `pnpm build` first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib.mjs';
import { requireBuild, startServer } from './server.mjs';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const RSS_LIMIT_MB = Number(process.env.FUZZ_RSS_LIMIT_MB ?? 600);
// Caps the server's JavaScript heap: a leak then ends in a crash the run reports, not in slow growth.
const MAX_HEAP_MB = process.env.FUZZ_MAX_HEAP_MB;
const IN_FLIGHT = 24;

const { buildSchema, isInputObjectType, isListType, isNonNullType, isEnumType, isObjectType, isScalarType, getNamedType } = createRequire(
  path.join(root, 'backend', 'package.json'),
)('graphql');
const schema = buildSchema(readFileSync(path.join(root, 'backend', 'schema.graphql'), 'utf8'));

// --- a seeded random source, so that a failing run can be repeated with FUZZ_SEED --------------------------
let state = SEED || 1;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

const NASTY_STRINGS = [
  '', ' ', 'a'.repeat(5000), '💥'.repeat(300), '\u0000', '\uD800', '\u202E', "' OR 1=1 --", '"; DROP TABLE learners; --', '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd', '<script>alert(1)</script>', '{{7*7}}', '${jndi:ldap://x}', '%s%s%s%n', 'K7QM-4XP0', 'fixture-course',
  'fixture-course/check', 'fixture-course/talk', '00000000-0000-0000-0000-000000000000', 'NaN', '-1', '1e309', 'null', 'true', '__proto__', 'constructor',
];
/** encodeURIComponent throws on a lone surrogate: such strings are sent as their UTF-8 replacement. */
const urlPart = (text) => encodeURIComponent(text.toWellFormed());
const randomString = () => (chance(0.6) ? pick(NASTY_STRINGS) : Array.from({ length: int(40) }, () => String.fromCharCode(int(0x2fff))).join(''));
const randomScalar = () => pick([() => randomString(), () => int(2 ** 31) * (chance(0.5) ? -1 : 1), () => 1e308 * 10, () => random(), () => chance(0.5), () => null, () => [], () => ({})])();

// --- GraphQL documents from the schema: real fields, random arguments, depth and aliases ------------------
function literal(type, depth = 0) {
  if (chance(0.15) || depth > 4) return pick(['null', '"x"', '42', 'true', '[]', '{}', 'FOO', '$missing', '-0.5e3']);
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (isListType(type)) return `[${Array.from({ length: int(4) }, () => literal(type.ofType, depth + 1)).join(', ')}]`;
  if (isEnumType(type)) return chance(0.8) ? pick(type.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(() => chance(0.85));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(', ')} }`;
  }
  if (type.name === 'Int' || type.name === 'Float') return String(pick([0, -1, 2 ** 31, 2 ** 53, 1.5, 99999999999999999999]));
  if (type.name === 'Boolean') return pick(['true', 'false']);
  return JSON.stringify(randomString());
}
function selection(type, depth) {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter(() => chance(0.6));
  if (fields.length === 0) fields.push(Object.values(named.getFields())[0]);
  const parts = fields.map((f) => {
    const alias = chance(0.1) ? `a${int(1000)}: ` : '';
    const args = f.args.length ? `(${f.args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
    return `${alias}${f.name}${args} ${depth < 8 ? selection(f.type, depth + 1) : isObjectType(getNamedType(f.type)) ? '{ __typename }' : ''}`;
  });
  return `{ ${parts.join(' ')} }`;
}
function schemaOperation() {
  const kind = pick(['query', 'mutation', 'subscription']);
  const root = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const fields = Object.values(root.getFields());
  const chosen = Array.from({ length: 1 + (chance(0.2) ? int(20) : 0) }, () => pick(fields));
  const body = chosen
    .map((f, i) => `${i ? `f${i}: ` : ''}${f.name}${f.args.length ? `(${f.args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : ''} ${selection(f.type, 1)}`)
    .join(' ');
  return { query: `${kind} { ${body} }`, variables: chance(0.2) ? { x: randomScalar() } : undefined };
}

const TOKENS = ['{', '}', '(', ')', '[', ']', ':', '...', '@', '$', '!', '=', '|', '&', 'query', 'mutation', 'subscription', 'fragment', 'on', '__schema',
  '__type', 'courses', 'helplines', 'startLearner', 'signIn', '"', '"""', '#', '\n', '1', '-', 'e', '\\u0000', 'locale', '"en"'];
const tokenSoup = () => ({ query: Array.from({ length: 1 + int(300) }, () => pick(TOKENS)).join(chance(0.5) ? ' ' : '') });
const deepQuery = () => {
  const n = pick([7, 20, 200, 2000, 20_000]);
  return pick([
    () => ({ query: `{ ${'courses(locale: "en") { '.repeat(n)}id${' }'.repeat(n)} }` }),
    () => ({ query: `{ courses(locale: "en") { id ${'a: id '.repeat(n)} } }` }),
    () => ({ query: `query ($v: [String]) { courses(locale: ${'['.repeat(n)}"en"${']'.repeat(n)}) { id } }` }),
    () => ({ query: `{ ...F } ${Array.from({ length: Math.min(n, 300) }, (_, i) => `fragment F${i ? i : ''} on Query { ...F${i + 1} }`).join(' ')}` }),
    () => ({ query: '{ a @include(if: true) '.repeat(Math.min(n, 500)) + '}' }),
  ])();
};

// --- the targets: each makes one request --------------------------------------------------------------------
const json = (value) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const authNoise = () =>
  pick([{}, {}, { authorization: `Learner ${randomString().replace(/[^\x20-\x7e]/g, '')}` }, { authorization: 'Bearer x' }, { cookie: `zorka_staff=${'x'.repeat(int(3000))}` }]);
const TARGETS = [
  { name: 'graphql: schema operations, random arguments', weight: 30, make: () => ({ method: 'POST', path: '/graphql', ...json(schemaOperation()), auth: true }) },
  { name: 'graphql: token soup', weight: 12, make: () => ({ method: 'POST', path: '/graphql', ...json(tokenSoup()) }) },
  { name: 'graphql: deep, wide and cyclic', weight: 12, make: () => ({ method: 'POST', path: '/graphql', ...json(deepQuery()) }) },
  {
    name: 'graphql: malformed bodies',
    weight: 12,
    make: () =>
      pick([
        () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{"query": "{ courses' }),
        () => ({ method: 'POST', path: '/graphql', ...json(randomScalar()) }),
        () => ({ method: 'POST', path: '/graphql', ...json({ query: randomScalar(), variables: randomScalar(), operationName: randomScalar(), extensions: randomScalar() }) }),
        () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '['.repeat(100_000) }),
        () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000) }),
        () => ({ method: 'POST', path: '/graphql', ...json({ query: `{ courses(locale: "en") { id } }`, pad: 'x'.repeat(pick([60_000, 70_000, 2_000_000])) }) }),
        () => ({ method: 'POST', path: '/graphql', ...json([{ query: '{ __typename }' }, { query: '{ __typename }' }]) }),
        () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=z', 'application/xml', 'application/json; charset=utf-16', 'application/graphql']) }, body: 'query={__typename}' }),
        () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', 'content-encoding': pick(['gzip', 'deflate', 'br', 'x-bogus']) }, body: 'not compressed' }),
        () => ({ method: pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: `/graphql?query=${urlPart(chance(0.5) ? tokenSoup().query : schemaOperation().query)}&variables=${urlPart(randomString())}` }),
      ])(),
  },
  { name: 'certificates', weight: 8, make: () => ({ method: 'GET', path: `/certificates/${urlPart(pick([randomString(), 'ABCDEFGHJKMN.pdf', `${'A'.repeat(12)}.pdf`, '..%2F..%2Fetc%2Fpasswd', '%00.pdf']))}${chance(0.3) ? `?lang=${urlPart(randomString())}` : ''}` }) },
  {
    name: 'media',
    weight: 8,
    make: () => ({
      method: pick(['GET', 'GET', 'HEAD', 'POST']),
      path: `/media/${pick(['fixture-course', '..', '%2e%2e', urlPart(randomString())])}/${pick(['clip.mp4', 'clip.en.vtt', '..%2F..%2Fcourse.yaml', '.env', urlPart(randomString())])}`,
      headers: chance(0.4) ? { range: pick(['bytes=0-10', 'bytes=999999999-', 'bytes=-5', 'bytes=5-1', 'bytes=0-1,2-3,' + '4-5,'.repeat(500), 'lines=1-2', randomString().replace(/[^\x20-\x7e]/g, '')]) } : {},
    }),
  },
  { name: 'health', weight: 4, make: () => ({ method: pick(['GET', 'HEAD', 'POST', 'DELETE']), path: `/health${pick(['', '/', '/x', `?${urlPart(randomString())}`])}` }) },
  { name: 'join pages and unknown paths', weight: 6, make: () => ({ method: pick(['GET', 'POST', 'PUT']), path: pick(['/join/', '/verify/', '/staff/', '/', '/assets/', '/.git/', '/api/']) + urlPart(randomString()), headers: { accept: pick(['text/html', '*/*', 'application/json']) } }) },
  {
    // The campaign beacon: what sendBeacon sends (text/plain JSON), and everything it should not.
    name: 'reach ingestion',
    weight: 8,
    make: () => {
      const event = () => (chance(0.5) ? { k: pick(['view', 'play', 'p25', 'p100', 'read', 'share']), m: null, r: null, s: null } : { k: randomScalar(), m: randomScalar(), r: randomScalar(), s: randomScalar() });
      const body = pick([
        () => JSON.stringify({ c: pick(['fixture-campaign', randomString()]), e: Array.from({ length: int(40) }, event) }),
        () => JSON.stringify(randomScalar()),
        () => '{"c":"x","e":[' + '{"k":"view"},'.repeat(int(2000)),
        () => randomString(),
      ])();
      return { method: pick(['POST', 'POST', 'POST', 'PUT']), path: '/e', headers: { 'content-type': pick(['text/plain;charset=UTF-8', 'application/json', 'application/x-www-form-urlencoded']), ...(chance(0.1) ? { dnt: '1' } : {}) }, body };
    },
  },
  {
    name: 'campaign pages and uploads',
    weight: 4,
    make: () =>
      chance(0.5)
        ? { method: 'GET', path: `/c/${urlPart(randomString())}${chance(0.5) ? `/${urlPart(randomString())}` : ''}`, headers: { accept: 'text/html' } }
        : { method: 'PUT', path: `/campaign-media/${urlPart(randomString())}/${urlPart(randomString())}`, headers: { 'content-type': pick(['video/mp4', 'text/vtt', 'text/plain']) }, body: 'x'.repeat(int(3000)) },
  },
  { name: 'raw HTTP garbage', weight: 8, raw: true },
];

function rawRequest(url) {
  const { port } = new URL(url);
  const payload = pick([
    () => `GET /${'a'.repeat(int(20_000))} HTTP/1.1\r\nHost: x\r\n\r\n`,
    () => `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    () => `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    () => `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    () => `${randomString()}\r\n\r\n`,
    () => Buffer.from(Array.from({ length: 1 + int(2000) }, () => int(256))),
    () => `GET /health HTTP/9.9\r\n\r\n`,
    () => `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999\r\n\r\n{"query":`,
  ])();
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let data = '';
    const done = () => {
      socket.destroy();
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4), closed: status === 0 });
    };
    socket.setTimeout(3_000, done);
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.on('connect', () => socket.write(payload));
  });
}

async function send(url, target) {
  if (target.raw) return rawRequest(url);
  const request = target.make();
  const headers = { ...(request.auth ? authNoise() : {}), ...(request.headers ?? {}) };
  const res = await fetch(url + request.path, { method: request.method, headers, body: ['GET', 'HEAD'].includes(request.method) ? undefined : request.body });
  return { status: res.status, body: await res.text() };
}

// A stack frame, a source location or an absolute path of the server's machine.
const LEAK = /\n\s+at \S|\bat (?:async )?[\w$.<>]+ \([^)]*:\d+:\d+\)|node:internal|node_modules|\.[jt]s:\d+:\d+|\/(?:work|home|root|usr|opt|srv|app|tmp)\/\w|[A-Z]:\\\w/;

function rssMb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

requireBuild();
const dir = mkdtempSync(path.join(os.tmpdir(), 'zorka-fuzz-'));
const server = await startServer(dir, { env: { LOG_LEVEL: 'info', ...(MAX_HEAP_MB ? { NODE_OPTIONS: `--max-old-space-size=${MAX_HEAP_MB}` } : {}) } });
const rss = { start: rssMb(server.child.pid), max: 0 };
const sampler = setInterval(() => (rss.max = Math.max(rss.max, rssMb(server.child.pid))), 100);
const byStatus = new Map();
const byCode = new Map();
const byTarget = new Map(TARGETS.map((t) => [t.name, 0]));
const problems = [];
const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
const weighted = TARGETS.flatMap((t) => Array(t.weight).fill(t));
const started = Date.now();
let next = 0;

async function worker() {
  while (next < REQUESTS) {
    next += 1;
    const target = pick(weighted);
    bump(byTarget, target.name);
    let answer;
    try {
      answer = await send(server.url, target);
    } catch (error) {
      answer = { status: 0, body: '', failed: String(error.cause?.code ?? error.message) };
    }
    const status = answer.closed ? 'no HTTP answer (closed, or waiting for the rest)' : answer.failed ? `failed: ${answer.failed}` : answer.status;
    bump(byStatus, status);
    let codes = [];
    try {
      codes = (JSON.parse(answer.body).errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
    } catch {}
    for (const code of new Set(codes)) bump(byCode, code);
    const wrong =
      answer.failed ? 'the request failed (is the server up?)'
      : answer.status >= 500 ? `status ${answer.status}`
      : codes.includes('INTERNAL_SERVER_ERROR') ? 'INTERNAL_SERVER_ERROR'
      : LEAK.test(answer.body) ? `leak: ${LEAK.exec(answer.body)[0]}`
      : null;
    if (wrong) problems.push({ target: target.name, wrong, body: answer.body.slice(0, 300) });
  }
}

let failed = false;
try {
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  clearInterval(sampler);
  rss.end = rssMb(server.child.pid);
  const up = await fetch(`${server.url}/health`).then((r) => r.ok, () => false);
  const log = readFileSync(path.join(dir, 'server.log'), 'utf8');
  const unexpected = log.split('\n').filter((line) => /"level":"error"/.test(line));

  const line = (label, value) => process.stdout.write(`  ${String(label).padEnd(46)} ${value}\n`);
  process.stdout.write(`\nFuzzing the server (seed ${SEED}: FUZZ_SEED=${SEED} repeats this run)\n`);
  line('requests tried', `${REQUESTS} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write('  by target:\n');
  for (const [name, n] of byTarget) line(`  ${name}`, n);
  process.stdout.write('  answers by HTTP status:\n');
  for (const [status, n] of [...byStatus].sort((a, b) => String(a[0]).localeCompare(String(b[0])))) line(`  ${status}`, n);
  process.stdout.write('  GraphQL errors by code:\n');
  for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) line(`  ${code}`, n);
  line('server RSS at start / max / end (MiB)', `${rss.start.toFixed(0)} / ${rss.max.toFixed(0)} / ${rss.end.toFixed(0)} (limit ${RSS_LIMIT_MB}${MAX_HEAP_MB ? `, heap capped at ${MAX_HEAP_MB}` : ''})`);
  line('server up afterwards (/health)', up ? 'yes' : 'NO');
  line('errors in the server log', unexpected.length);
  line('bad answers (5xx, internal error, leak)', problems.length);
  for (const p of problems.slice(0, 10)) process.stdout.write(`    ${p.target}: ${p.wrong}\n      ${JSON.stringify(p.body)}\n`);
  for (const l of unexpected.slice(0, 5)) process.stdout.write(`    log: ${l.slice(0, 300)}\n`);
  failed = problems.length > 0 || !up || rss.max > RSS_LIMIT_MB || unexpected.length > 0 || server.child.exitCode !== null;
} catch (error) {
  failed = true;
  process.stderr.write(`${error.stack ?? error}\n`);
} finally {
  clearInterval(sampler);
  server.child.kill('SIGTERM');
  await server.exited;
  process.stdout.write(`${failed ? `✗ FAILED (server log kept: ${path.join(dir, 'server.log')})` : '✓ every answer was a clean refusal or a result'}\n`);
  if (!failed) rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
