import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

/** The demo accounts the server made at start, with their passwords (data/e2e/db/demo-accounts.json). */
const DEMO_ACCOUNTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'e2e', 'db', 'demo-accounts.json');

/** Signs in the demo campaign manager, who lands on the campaigns (a manager has no groups). */
export async function signInAsManager(page: Page): Promise<void> {
  const accounts = JSON.parse(fs.readFileSync(DEMO_ACCOUNTS, 'utf8')) as { role: string; email: string; password: string }[];
  const manager = accounts.find((a) => a.role === 'campaign_manager');
  if (!manager) throw new Error(`no campaign manager in ${DEMO_ACCOUNTS}`);
  await page.goto('/staff/sign-in');
  await page.getByLabel('E-mail').fill(manager.email);
  await page.getByLabel('Password').fill(manager.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
}
