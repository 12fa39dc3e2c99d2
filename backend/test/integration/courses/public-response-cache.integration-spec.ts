import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PublicResponseCache } from '../../../src/common/graphql/public-response-cache';
import { CoursesService } from '../../../src/modules/courses/courses.service';
import { FIXTURE_CONTENT, startTestApp, type TestApp } from '../../harness/test-app';

const CATALOGUE = 'query ($l: String!) { courses(locale: $l) { id title } }';

describe('anonymous public content is answered from a response cache that content imports clear', () => {
  let t: TestApp;
  let cache: PublicResponseCache;
  beforeAll(async () => {
    t = await startTestApp();
    cache = t.app.get(PublicResponseCache);
  });
  afterAll(() => t.close());

  it('answers the same catalogue the second time, from the cache', async () => {
    cache.clear();
    const first = await t.gql(CATALOGUE, { l: 'en' });
    expect(cache.size).toBe(1);
    const second = await t.gql(CATALOGUE, { l: 'en' });
    expect(second).toEqual(first);
    expect(second.data?.courses[0].title).toBe('Fixture course');
  });

  it('never caches an answer with errors, a request with credentials, or a private field', async () => {
    cache.clear();
    expect((await t.gql('query { course(id: "nope", locale: "en") { id } }')).errors).toBeDefined();
    await t.gql(CATALOGUE, { l: 'ru' }, await t.newLearner());
    await t.gql('mutation { startLearner { token } }');
    expect(cache.size).toBe(0);
  });

  it('serves a cached answer to a learner with a token too, and still marks the learner as seen', async () => {
    cache.clear();
    const anonymous = await t.gql(CATALOGUE, { l: 'en' });
    const learner = await t.newLearner();
    await t.sql("UPDATE learners SET last_seen_at = '2020-01-01 00:00:00'");
    const resolver = vi.spyOn(t.app.get(CoursesService), 'catalogue');
    const withToken = await t.gql(CATALOGUE, { l: 'en' }, learner);
    expect(withToken).toEqual(anonymous);
    expect(resolver).not.toHaveBeenCalled();
    resolver.mockRestore();
    const seen = await t.sql<{ last_seen_at: string | Date }>('SELECT last_seen_at FROM learners');
    expect(seen.some((row) => new Date(row.last_seen_at).getFullYear() > 2020)).toBe(true);
  });

  it('answers a hit with the same headers as the full path, security headers included', async () => {
    cache.clear();
    const post = () =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CATALOGUE, variables: { l: 'en' } }) });
    const miss = await post();
    const missBody = await miss.text();
    expect(cache.size).toBe(1);
    const hit = await post();
    expect(await hit.text()).toBe(missBody);
    const headers = (res: Response) => Object.fromEntries([...res.headers].filter(([name]) => name !== 'date'));
    expect(headers(hit)).toEqual(headers(miss));
    expect(hit.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('still refuses a body that is not JSON, with the security headers, and reads other bodies as before', async () => {
    const broken = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(broken.headers.get('content-security-policy')).toContain("default-src 'self'");
    const notObject = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"text"' });
    expect(notObject.status).toBe(400);
    const withCharset = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ query: CATALOGUE, variables: { l: 'en' } }),
    });
    expect((await withCharset.json()).data.courses[0].title).toBe('Fixture course');
  });

  it('answers a token that does not resolve exactly as the full path does, hit or not', async () => {
    const withBadToken = () =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Learner not-a-token' },
        body: JSON.stringify({ query: CATALOGUE, variables: { l: 'en' } }),
      }).then(async (res) => ({ status: res.status, body: await res.text() }));
    cache.clear();
    const fullPath = await withBadToken();
    await t.gql(CATALOGUE, { l: 'en' });
    expect(cache.size).toBe(1);
    expect(await withBadToken()).toEqual(fullPath);
  });

  it('shows changed content at once after an import', async () => {
    await t.gql(CATALOGUE, { l: 'en' });
    const changed = fs.mkdtempSync(path.join(t.dir, 'content-'));
    fs.cpSync(FIXTURE_CONTENT, changed, { recursive: true });
    const file = path.join(changed, 'courses', 'fixture-course', 'course.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('en: Fixture course', 'en: Renamed course'));
    await t.importContent(changed);
    expect((await t.gql(CATALOGUE, { l: 'en' })).data?.courses[0].title).toBe('Renamed course');
  });
});
