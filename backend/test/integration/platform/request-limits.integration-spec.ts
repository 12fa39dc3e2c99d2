import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../harness/test-app';

describe('request limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const refused = (res: { errors?: { extensions?: { code?: string } }[] }) =>
    ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'].includes(res.errors?.[0]?.extensions?.code ?? '');

  it('refuses a query nested deeper than 6, fragments included', async () => {
    const five = `{ myProgress(locale: "en") { attempts { results { chosen { optionId } } } } }`;
    expect(refused(await t.gql(five))).toBe(false);
    const eight = `{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`;
    expect(refused(await t.gql(eight))).toBe(true);
    const hidden = `{ __schema { ...T } } fragment T on __Schema { types { fields { type { ofType { ofType { ofType { name } } } } } } }`;
    expect(refused(await t.gql(hidden))).toBe(true);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: helplines(locale: "en") { id }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(refused(res)).toBe(true);
    expect(res.data).toBeUndefined();
  });

  it('refuses a request with too many tokens, with a 400', async () => {
    const fields = Array.from({ length: 1100 }, () => 'id').join(' ');
    const res = await t.gql(`{ helplines(locale: "en") { ${fields} } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.status).toBe(400);
  });

  it('answers a syntax error with a 400, not a 500', async () => {
    const res = await t.gql('query quiz(id: 1) { id }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.status).toBe(400);
  });

  it('refuses batched HTTP requests', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ helplines(locale: "en") { id } }' }, { query: '{ helplines(locale: "en") { id } }' }]),
    });
    expect(res.status).toBe(400);
  });
});
