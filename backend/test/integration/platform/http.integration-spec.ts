import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../harness/test-app';

describe('the HTTP surface', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'zorka-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Zorka</title><div id="app"></div>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await startTestApp({ env: { FRONTEND_DIST: dist } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('reports the database state on /health', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: { engine: process.env['ZORKA_TEST_POSTGRES_URL'] ? 'postgres' : 'sqlite', state: 'up' } });
  });

  it('sends a strict Content-Security-Policy with no third-party origin and no inline script', async () => {
    const csp = (await fetch(`${t.url}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    // The one third-party exception: campaign videos in the two privacy-enhanced players, in frames only.
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com');
    expect(directives.filter((d) => !d.startsWith('frame-src')).join(';')).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('serves the frontend for client-side routes, and its hashed assets with long caching', async () => {
    const page = await fetch(`${t.url}/courses/x/lessons/y`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<div id="app">');
    const asset = await fetch(`${t.url}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('refuses a cross-site style text/plain POST to /graphql', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { startLearner { token } }' }),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a body larger than a GraphQL request needs', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ courses(locale: "en") { id } }`, padding: 'x'.repeat(200_000) }),
    });
    expect(res.status).toBe(413);
  });

  it('has a committed schema.graphql that matches the resolvers', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8');
    const live = printSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(committed.slice(committed.indexOf('\n\n') + 2).trim(), 'run `pnpm --filter @zorka/backend schema:write`').toBe(live.trim());
  });
});
