import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/fixtures';
import { expectSafetyTools } from '../support/ui';

/**
 * WCAG 2.1 AA on a live campaign's public pages (the English campaign from content/campaigns/see-lies-en):
 * no serious or critical axe violation, and the help-line panel and quick-exit button on each.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function audit(page: Page, what: string): Promise<void> {
  await expectSafetyTools(page, 'en');
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n.target.join(' ')}`).join('\n')}`).join('\n');
  expect.soft(serious.length, `${what} has serious or critical accessibility violations:\n${report}`).toBe(0);
}

test('a campaign page, a video with the host notice, and an article', async ({ page }) => {
  await page.goto('/c/see-lies-en');
  await expect(page.getByRole('heading', { level: 1, name: 'Teach children to see lies' })).toBeVisible();
  await audit(page, 'campaign page');

  await page.getByRole('link', { name: 'The full talk show on YouTube' }).click();
  await expect(page.getByRole('button', { name: 'Load the video from YouTube' })).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);
  await audit(page, 'video host notice');

  await page.goto('/c/see-lies-en/talk-show');
  await expect(page.locator('video track[kind="captions"]')).toHaveCount(1);
  await audit(page, 'self-hosted video');

  await page.goto('/c/see-lies-en/warning-signs');
  await expect(page.getByRole('article')).toBeVisible();
  await audit(page, 'article');
});
