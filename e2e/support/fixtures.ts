/**
 * The `test` every journey uses: Playwright's, plus a recorder of what must never reach the server's
 * log. It watches every browser context's GraphQL traffic and writes down what a person typed (nicknames,
 * group names, venues, e-mails, passwords, codes) and the secrets the server handed out (learner tokens,
 * recovery codes, join codes, certificate codes, session cookies). logs/no-personal-data.check.ts greps
 * the server log for all of them after the run.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import { RUN_DIR, SECRETS_PREFIX } from './run-files';

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';

/** Variables a person types. */
const TYPED = new Set(['nickname', 'name', 'email', 'password', 'code', 'region', 'location']);
/** Fields of answers that hold a secret or a person's words. */
const HANDED_OUT = new Set(['token', 'code', 'joinCode', 'nickname', 'email', 'groupName']);

function collect(value: unknown, keys: Set<string>, found: Set<string>, key = ''): void {
  if (typeof value === 'string') {
    if (keys.has(key) && value.trim().length >= 3) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, keys, found, key);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, keys, found, k);
  }
}

function write(found: Set<string>): void {
  if (found.size === 0) return;
  mkdirSync(RUN_DIR, { recursive: true });
  appendFileSync(path.join(RUN_DIR, `${SECRETS_PREFIX}${process.pid}.jsonl`), [...found].map((s) => JSON.stringify(s) + '\n').join(''));
}

const recorded = new WeakSet<BrowserContext>();

function record(context: BrowserContext): void {
  if (recorded.has(context)) return;
  recorded.add(context);
  context.on('request', (request) => {
    const found = new Set<string>();
    const auth = request.headers()['authorization'];
    if (auth?.startsWith('Learner ')) found.add(auth.slice('Learner '.length));
    if (request.url().endsWith('/graphql')) {
      try {
        collect(JSON.parse(request.postData() ?? 'null')?.variables, TYPED, found);
      } catch {
        // not JSON: nothing typed to record
      }
    }
    write(found);
  });
  context.on('response', async (response) => {
    const found = new Set<string>();
    const cookie = await response.headerValue('set-cookie').catch(() => null);
    const value = cookie?.split(';')[0]?.split('=')[1];
    if (value && value.length >= 8) found.add(value);
    // From data only: error codes (BAD_USER_INPUT) are no secret.
    if (response.url().endsWith('/graphql')) collect((await response.json().catch(() => null))?.data, HANDED_OUT, found);
    write(found);
  });
}

export const test = base.extend<object, { browser: Browser }>({
  // Contexts a journey opens itself (a projector and a phone) are recorded too.
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const context = await newContext(...args);
        record(context);
        return context;
      };
      await use(browser);
    },
    { scope: 'worker' },
  ],
  context: async ({ context }, use) => {
    record(context);
    await use(context);
  },
});
