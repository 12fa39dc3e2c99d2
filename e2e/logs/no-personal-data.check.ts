import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import { RUN_DIR, SECRETS_PREFIX, SERVER_LOG } from '../support/run-files';

/** The forms a code can take in text: as shown, as typed (lower case), without its dash, words joined otherwise. */
const variants = (secret: string) => [...new Set([secret, secret.toLowerCase(), secret.replace(/-/g, ''), secret.replace(/ /g, '-'), encodeURIComponent(secret)])];

/**
 * Runs after every journey (the "logs" project depends on the "chromium" one): the server's whole output
 * during the run must not contain anything the journeys typed or were handed out.
 */
test('the server log of the whole e2e run holds no token, code, nickname, group name, e-mail or password', () => {
  expect(existsSync(SERVER_LOG), `${SERVER_LOG} was not written`).toBe(true);
  const log = readFileSync(SERVER_LOG, 'utf8');
  // The log is real: the server logged every request (LOG_LEVEL=debug), so a leak would have had a place to show.
  expect(log.match(/"msg":"request"/g)?.length ?? 0).toBeGreaterThan(50);

  const secrets = new Set<string>();
  for (const file of readdirSync(RUN_DIR).filter((f) => f.startsWith(SECRETS_PREFIX))) {
    for (const line of readFileSync(path.join(RUN_DIR, file), 'utf8').split('\n').filter(Boolean)) secrets.add(JSON.parse(line) as string);
  }
  // The recorder saw the journeys: at least a learner token and something typed.
  expect(secrets.size).toBeGreaterThan(3);

  const leaks = [...secrets].flatMap((secret) => variants(secret).filter((form) => log.includes(form)).map((form) => form));
  expect(leaks, `found in ${SERVER_LOG}`).toEqual([]);
});
