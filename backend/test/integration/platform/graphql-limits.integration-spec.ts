import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { collect, wsClient } from '../../harness/ws-client';

type WsErrors = { message: string; extensions?: { code?: string } }[];

/** Subscribes over graphql-ws and returns the errors the server answered with (none when it accepted). */
async function subscriptionErrors(t: TestApp, query: string): Promise<WsErrors | undefined> {
  const client = wsClient(t.url);
  const events = collect(client, query, { g: '00000000-0000-0000-0000-000000000000' });
  try {
    await events.next(1, 3_000).catch(() => undefined);
    return (events.failure ?? (events.received[0]?.errors as WsErrors | undefined)) as WsErrors | undefined;
  } finally {
    events.dispose();
    await client.dispose();
  }
}

const PARTICIPANT = (selection: string) => `subscription ($g: ID!) { participantLiveSession(groupId: $g, locale: "en") { ${selection} } }`;

describe('GraphQL limits on the WebSocket path (graphql-ws), as on HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a subscription nested deeper than 6 before it runs', async () => {
    const errors = await subscriptionErrors(t, PARTICIPANT('step { options { a { b { c { d { e { f } } } } } } }'));
    expect(errors?.some((e) => /depth limit of 6 exceeded/i.test(e.message))).toBe(true);
    expect(errors?.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  it('refuses a subscription with more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: sessionId`).join(' ');
    const errors = await subscriptionErrors(t, PARTICIPANT(aliases));
    expect(errors?.some((e) => /aliases limit/i.test(e.message))).toBe(true);
  });

  it('refuses a subscription with too many tokens, as a parse error rather than a dropped socket', async () => {
    const errors = await subscriptionErrors(t, PARTICIPANT(Array.from({ length: 1100 }, () => 'sessionId').join(' ')));
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses more than 10 directives', async () => {
    const directives = Array.from({ length: 11 }, () => '@include(if: true)').join(' ');
    const errors = await subscriptionErrors(t, PARTICIPANT(`sessionId ${directives}`));
    expect(errors?.some((e) => /directives limit/i.test(e.message))).toBe(true);
  });

  it('still runs an ordinary subscription (a non-member is told the group is not theirs)', async () => {
    const errors = await subscriptionErrors(t, PARTICIPANT('sessionId step { options { id } }'));
    expect(errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.extensions?.code).toBeDefined();
  });
});

describe('GraphQL over HTTP: what a hostile page or a scanner may try', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  const post = (contentType: string, body: string) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('refuses a form POST and a multipart POST (what another site can send without a preflight)', async () => {
    const form = await post('application/x-www-form-urlencoded', 'query=mutation%20%7B%20startLearner%20%7B%20token%20%7D%20%7D');
    expect(form.status).toBe(400);
    const multipart = await post('multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { startLearner { token } }\r\n--x--\r\n');
    expect(multipart.status).toBe(400);
    const [learners] = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM learners');
    expect(Number(learners?.n)).toBe(0);
  });

  it('refuses a GET that would run a mutation, and a simple GET query without the CSRF header', async () => {
    const mutation = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { startLearner { token } }')}`);
    expect(mutation.status).toBeGreaterThanOrEqual(400);
    expect(mutation.status).toBeLessThan(500);
    const query = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ helplines(locale: "en") { id } }')}`);
    expect(query.status).toBe(400);
  });

  it('refuses a subscription sent over HTTP with a 400 (they are served over WebSocket)', async () => {
    const res = await t.gql('subscription ($s: ID!) { trainerLiveSession(sessionId: $s, locale: "en") { sessionId } }', { s: 'x' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers a body that cannot be read (bad JSON, false compression) with a 400 and no detail', async () => {
    const badJson = await post('application/json', '{"query": "{ courses');
    expect(badJson.status).toBe(400);
    const gzip = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: 'not gzip' });
    expect(gzip.status).toBe(400);
    expect(await gzip.text()).not.toMatch(/\bat |node:|\/[a-z]+\//);
  });

  it('answers a batch (an array of operations) with 400', async () => {
    const res = await post('application/json', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
  });

  it('has introspection off in production', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives no "did you mean" field suggestions in production, over HTTP or WebSocket', async () => {
    const http = await t.gql('{ helplines(locale: "en") { nam } }');
    expect(http.errors?.[0]?.message).toMatch(/nam/);
    expect(JSON.stringify(http.errors)).not.toMatch(/did you mean/i);
    const ws = await subscriptionErrors(t, PARTICIPANT('sessionI'));
    expect(ws?.[0]?.message).toMatch(/sessionI/);
    expect(JSON.stringify(ws)).not.toMatch(/did you mean/i);
  });

  it('shows no landing page or GraphiQL', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    expect(await res.text()).not.toMatch(/<html|<script|graphiql|sandbox/i);
  });
});
