import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './support/fixtures';

const DEMO_ACCOUNTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'e2e', 'db', 'demo-accounts.json');
const PAYLOADS = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=2</script>', '"><svg onload="window.__xss=3">'];

/** Fails the test if anything tried to run: a dialog, or the marker our payloads set. */
async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test('names typed by trainers and participants are shown as text, never run', async ({ browser }) => {
  const trainer = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  for (const page of [trainer, phone]) page.on('dialog', () => { throw new Error('a dialog opened: script ran'); });
  const { email, password } = (JSON.parse(fs.readFileSync(DEMO_ACCOUNTS, 'utf8')) as { role: string; email: string; password: string }[]).find((a) => a.role === 'trainer')!;

  await trainer.goto('/staff/sign-in');
  await trainer.getByLabel('E-mail').fill(email);
  await trainer.getByLabel('Password').fill(password);
  await trainer.getByRole('button', { name: 'Sign in' }).click();
  await trainer.getByLabel('Name of the group').fill(PAYLOADS[0]!);
  await trainer.getByLabel('Training course').selectOption('protecting-children-online-mdg');
  await trainer.getByLabel('First day').fill('2026-11-23');
  await trainer.getByLabel('Last day').fill('2026-11-23');
  await trainer.getByLabel('Venue (optional)').fill(PAYLOADS[1]!);
  await trainer.getByRole('button', { name: 'Create the group' }).click();
  await expect(trainer.getByRole('heading', { level: 1, name: PAYLOADS[0] })).toBeVisible();
  const joinCode = (await trainer.locator('.join-card__code').innerText()).trim();

  await phone.goto(`/join/${joinCode}`);
  await expect(phone.getByText(PAYLOADS[0]!).first()).toBeVisible();
  await phone.getByLabel('Nickname').fill(PAYLOADS[2]!);
  await phone.getByRole('checkbox', { name: 'I have read what is kept and I agree' }).check();
  await phone.getByRole('button', { name: 'Join the group' }).click();
  await expect(phone.getByText(`You take part as ${PAYLOADS[2]}.`)).toBeVisible();

  await trainer.getByRole('button', { name: 'Refresh the list' }).click();
  await expect(trainer.getByRole('rowheader', { name: PAYLOADS[2] })).toBeVisible();

  await expectNothingRan(trainer);
  await expectNothingRan(phone);
});
