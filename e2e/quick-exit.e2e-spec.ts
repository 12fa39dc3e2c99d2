import { expect, test, type Page } from './support/fixtures';

/**
 * The quick exit leaves for BBC Weather (VITE_QUICK_EXIT_URL's default). No test reaches the internet:
 * the neutral site is a small page served by the browser context itself.
 */
const NEUTRAL_SITE = 'https://www.bbc.co.uk/**';
const NEUTRAL_HEADING = 'Neutral weather page';

test.beforeEach(async ({ context }) => {
  await context.route(NEUTRAL_SITE, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>BBC Weather</title></head><body><h1>${NEUTRAL_HEADING}</h1></body></html>`,
    }),
  );
});

async function expectOnNeutralSite(page: Page): Promise<void> {
  await expect(page).toHaveURL(/^https:\/\/www\.bbc\.co\.uk\//);
  await expect(page.getByRole('heading', { level: 1, name: NEUTRAL_HEADING })).toBeVisible();
}

const historyLength = (page: Page) => page.evaluate(() => window.history.length);

/** Back from the neutral site must not show Zorka: the Zorka entry was replaced, not left behind. */
async function expectBackDoesNotReturn(page: Page, zorka: string, lengthBefore: number): Promise<void> {
  expect(await historyLength(page), 'the exit adds no history entry').toBe(lengthBefore);
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`^${zorka.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  expect(page.url()).not.toContain('/courses/');
}

test('the "Exit this page" button replaces Zorka with a neutral site that Back does not leave', async ({ page, baseURL }) => {
  await page.goto('/courses/teach-children-to-see-lies');
  await expect(page.getByRole('heading', { level: 1, name: 'Teach children to see lies' })).toBeVisible();

  const before = await historyLength(page);

  await page.getByRole('complementary', { name: 'Safety tools' }).getByRole('button', { name: 'Exit this page' }).click();

  await expectOnNeutralSite(page);
  await expectBackDoesNotReturn(page, baseURL!, before);
});

test('pressing Shift three times leaves the same way, and typing capital letters does not', async ({ page, baseURL }) => {
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();

  await test.step('typing capitals (Shift with a letter) in a field does not leave', async () => {
    const field = page.getByRole('textbox', { name: 'Recovery code' });
    for (const letter of ['A', 'B', 'C']) await field.press(`Shift+${letter}`);
    await expect(field).toHaveValue('ABC');
    await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
    await field.blur();
  });

  await test.step('Shift three times leaves', async () => {
    const before = await historyLength(page);
    await page.keyboard.press('Shift');
    await expect(page.getByText('Shift: press 2 more times to leave this page')).toBeAttached();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');

    await expectOnNeutralSite(page);
    await expectBackDoesNotReturn(page, baseURL!, before);
  });
});

test('safe mode gives the tab a neutral title and icon, and keeps them after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Courses · Zorka');
  const toggle = page.getByRole('switch', { name: 'Safe mode' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');

  await toggle.click();

  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page).toHaveTitle('Weather');
  await expect(page.locator('link[rel~="icon"]').first()).toHaveAttribute('href', /neutral/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  await expect(page).toHaveTitle('Weather');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  await expect(page).toHaveTitle('Weather');

  await page.getByRole('switch', { name: 'Safe mode' }).click();
  await expect(page).toHaveTitle('My progress · Zorka');
});
