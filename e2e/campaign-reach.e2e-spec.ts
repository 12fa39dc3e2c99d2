import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './support/fixtures';
import { signInAsManager } from './support/staff';

const MEDIA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'courses', 'teach-children-to-see-lies', 'media');

/** A row of a table by its header cell, as the cells' texts. */
const rowOf = (page: Page, scope: string, header: string) =>
  page.getByRole('region', { name: scope }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) }).first();

test('a manager publishes a video and an article with a tracked link; a visitor watches and reads; the dashboard counts one visitor, the funnel and the source', async ({ browser }) => {
  test.setTimeout(120_000);
  const manager = await (await browser.newContext()).newPage();
  const title = `Teach children to see lies ${Date.now()}`;
  let trackedUrl = '';

  await test.step('the manager creates a campaign in English', async () => {
    await signInAsManager(manager);
    await manager.getByRole('link', { name: 'Create a campaign' }).click();
    await manager.getByLabel('Title').fill(title);
    await manager.getByLabel('Goal').fill('Parents talk with their children about lies online.');
    await manager.getByLabel('Audience').fill('Parents of children aged 6 to 14');
    await manager.getByRole('checkbox', { name: 'English' }).check();
    await manager.getByRole('button', { name: 'Create the campaign' }).click();
    await expect(manager.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(manager).toHaveURL(/\/staff\/campaigns\/[0-9a-f-]{36}$/);
  });

  await test.step('adds a self-hosted video with captions, and an article', async () => {
    const add = manager.getByRole('region', { name: 'Add a material' });
    await add.getByLabel('Language of the material').selectOption('en');
    await add.getByLabel('Title').fill('Talk show: how children are deceived');
    await add.getByLabel('Summary').fill('A psychologist, a police officer and a mother on how grooming starts.');
    await add.getByLabel('Video file (MP4 or WebM)').setInputFiles(path.join(MEDIA, 'talk-show.mp4'));
    await add.getByLabel('Captions (WebVTT, .vtt)').setInputFiles(path.join(MEDIA, 'talk-show.en.vtt'));
    await add.getByRole('button', { name: 'Add the material' }).click();
    await expect(manager.getByRole('heading', { level: 3, name: 'Talk show: how children are deceived' })).toBeVisible();

    await add.getByLabel('Kind').selectOption('ARTICLE');
    await add.getByLabel('Language of the material').selectOption('en');
    await add.getByLabel('Title').fill('Warning signs');
    await add.getByLabel('Summary').fill('What a parent can notice early.');
    await add.getByLabel('Article (Markdown)').fill(`# Warning signs\n\n${'Gifts, secrets and new "friends" can mean grooming.\n\n'.repeat(30)}The end.`);
    await add.getByRole('button', { name: 'Add the material' }).click();
    await expect(manager.getByRole('heading', { level: 3, name: 'Warning signs' })).toBeVisible();
  });

  await test.step('publishes it and makes a tracked link for a partner’s site', async () => {
    await manager.getByRole('button', { name: 'Publish (make live)' }).click();
    await expect(manager.getByText('The campaign is now: Live.')).toBeVisible();
    await manager.getByRole('link', { name: 'Tracked links' }).click();
    await manager.getByLabel('Channel').fill('Partner NGO site');
    await manager.getByLabel('Source (utm_source)').fill('partner-ngo');
    await manager.getByLabel('Medium (utm_medium)').fill('website');
    await manager.getByRole('button', { name: 'Create the link' }).click();
    await expect(manager.getByText('The link for Partner NGO site is ready.')).toBeVisible();
    await expect(manager.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
    trackedUrl = (await manager.locator('.tracked-link__url code').first().innerText()).trim();
    expect(trackedUrl).toMatch(/\/c\/[a-z0-9-]+\?ref=[0-9A-Z]{8}&utm_source=partner-ngo&utm_medium=website&utm_campaign=/);
  });

  await test.step('a visitor follows the link from the partner’s site, watches the video to the end and reads the article', async () => {
    const visitor = await (await browser.newContext()).newPage();
    const { pathname, search } = new URL(trackedUrl);
    await visitor.goto(`${pathname}${search}`, { referer: 'https://partner.example.org/news/1' });
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();

    await visitor.getByRole('link', { name: 'Talk show: how children are deceived' }).click();
    const video = visitor.locator('video');
    await expect(video.locator('track[kind="captions"][srclang="en"]')).toHaveCount(1);
    // Muted and faster, as a patient viewer would see it: every timeupdate on the way still fires.
    await video.evaluate(async (element: HTMLVideoElement) => {
      element.muted = true;
      element.playbackRate = 2;
      const ended = new Promise((resolve) => element.addEventListener('ended', resolve, { once: true }));
      await element.play();
      await ended;
    });

    await visitor.getByRole('link', { name: title }).click();
    await visitor.getByRole('link', { name: 'Warning signs' }).click();
    await expect(visitor.getByText('The end.')).toBeVisible();
    await visitor.locator('.campaign-article__end').scrollIntoViewIfNeeded();
    // The tracker sends every 5 s (and when the tab is hidden or closed).
    await visitor.waitForTimeout(6000);
    await visitor.context().close();
  });

  await test.step('the dashboard shows one visitor, the completion funnel and the link and site it came from', async () => {
    await manager.getByRole('link', { name: title }).click();
    await manager.getByRole('link', { name: 'Reach' }).click();
    await manager.getByRole('button', { name: 'Rebuild from raw events' }).click();
    await expect(manager.getByText(/Rebuilt from the raw events at/)).toBeVisible();
    const totals = 'Totals and the previous period';
    await expect(rowOf(manager, totals, 'Visitor-days (unique visitors per day, summed)').getByRole('cell').first()).toHaveText('1');
    await expect(rowOf(manager, totals, 'Videos watched to the end').getByRole('cell').first()).toHaveText('1');
    await expect(rowOf(manager, totals, 'Articles read to the end').getByRole('cell').first()).toHaveText('1');

    const funnel = manager.getByRole('figure', { name: 'Watched: Talk show: how children are deceived' });
    for (const step of ['Started', '25%', '50%', '75%', 'Watched to the end']) {
      await expect(funnel.getByRole('row').filter({ has: manager.getByRole('rowheader', { name: step, exact: true }) }).getByRole('cell')).toHaveText('1');
    }
    const links = manager.getByRole('figure', { name: 'Visitors and views per tracked link' });
    await expect(links.getByRole('row').filter({ has: manager.getByRole('rowheader', { name: 'Partner NGO site' }) }).getByRole('cell').first()).toHaveText('1');
    const sites = manager.getByRole('figure', { name: 'Visitors and views per referring site' });
    await expect(sites.getByRole('row').filter({ has: manager.getByRole('rowheader', { name: 'partner.example.org' }) }).getByRole('cell').first()).toHaveText('1');
  });
});
