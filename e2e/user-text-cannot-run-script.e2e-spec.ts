import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './support/fixtures';
import { signInAsManager } from './support/staff';

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

test('a campaign’s title, material and article typed by a manager are shown as text on the public pages, never run', async ({ browser }) => {
  const manager = await (await browser.newContext()).newPage();
  const visitor = await (await browser.newContext()).newPage();
  for (const page of [manager, visitor]) page.on('dialog', () => { throw new Error('a dialog opened: script ran'); });
  const title = `${PAYLOADS[0]} ${Date.now()}`;

  await signInAsManager(manager);
  await manager.getByRole('link', { name: 'Create a campaign' }).click();
  await manager.getByLabel('Title').fill(title);
  await manager.getByLabel('Goal').fill(PAYLOADS[1]!);
  await manager.getByLabel('Audience').fill(PAYLOADS[2]!);
  await manager.getByRole('button', { name: 'Create the campaign' }).click();
  await expect(manager.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const add = manager.getByRole('region', { name: 'Add a material' });
  await add.getByLabel('Kind').selectOption('ARTICLE');
  await add.getByLabel('Title').fill(PAYLOADS[2]!);
  await add.getByLabel('Summary').fill(PAYLOADS[0]!);
  await add.getByLabel('Article (Markdown)').fill(`${PAYLOADS.join('\n\n')}\n\n[click](javascript:window.__xss=4)`);
  await add.getByRole('button', { name: 'Add the material' }).click();
  await expect(manager.getByRole('heading', { level: 3, name: PAYLOADS[2] })).toBeVisible();
  await manager.getByRole('button', { name: 'Publish (make live)' }).click();
  await expect(manager.getByText('The campaign is now: Live.')).toBeVisible();
  const slug = (await manager.locator('.material-item .hint').first().innerText()).match(/\/c\/([a-z0-9-]+)\//)![1]!;

  await visitor.goto(`/c/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText(PAYLOADS[1]!)).toBeVisible();
  await visitor.getByRole('link', { name: PAYLOADS[2] }).click();
  const article = visitor.locator('.campaign-article');
  // Markdown's typographer curls the quotes; the tag itself stays text.
  await expect(article.getByText('<img src=x onerror=')).toBeVisible();
  await expect(article.getByText(PAYLOADS[1]!)).toBeVisible();
  await expect(article.locator('img, script, svg, a[href^="javascript"]')).toHaveCount(0);

  await expectNothingRan(manager);
  await expectNothingRan(visitor);
});
