import { expect, test, type Page } from './support/fixtures';
import { inLocale, lessonHeader, loadCourse } from './support/content';

const COURSE = 'teach-children-to-see-lies';
const title = inLocale(loadCourse(COURSE).title, 'en');
const steps = loadCourse(COURSE).steps.length;
const LESSON = 'signs-of-abuse';
/** Six real words of the recovery-code word list that belong to nobody. */
const WRONG_CODE = 'abandon ability able about above absent';

const progressItem = (page: Page) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

async function openProgress(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(code);
  await page.getByRole('button', { name: 'Continue with this code' }).click();
}

test('a learner carries their progress to a new browser with a recovery code, and a wrong code changes nothing', async ({
  page,
  browser,
}) => {
  await test.step('completes a lesson', async () => {
    await page.goto(`/courses/${COURSE}/lessons/${LESSON}`);
    const lesson = lessonHeader(COURSE, LESSON, 'en').title;
    await expect(page.getByRole('heading', { level: 1, name: lesson })).toBeVisible();
    await page.getByRole('button', { name: 'Mark as done and go on' }).click();
    await expect(page.getByRole('heading', { level: 1, name: lesson })).toHaveCount(0);
  });

  let code = '';
  await test.step('creates a recovery code on the progress page and reads it', async () => {
    await openProgress(page);
    await expect(progressItem(page)).toContainText(`1 of ${steps} steps`);

    await page.getByRole('button', { name: 'Create a recovery code' }).click();

    await expect(page.getByText('Your recovery code')).toBeVisible();
    const shown = page.getByText(/^\s*[a-z]+(?: [a-z]+){5}\s*$/);
    await expect(shown).toBeVisible();
    code = (await shown.textContent())!.trim();
    expect(code.split(' ')).toHaveLength(6);
    await expect(page.getByText('Write these six words down now.')).toBeVisible();
  });

  await test.step('a wrong code shows a clear error, and the progress here stays', async () => {
    await enterCode(page, WRONG_CODE);

    await expect(page.getByRole('alert')).toHaveText('This recovery code is not recognised. Check the six words and try again.');
    await expect(page.getByRole('textbox', { name: 'Recovery code' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: 'Recovery code' })).toBeFocused();
    await expect(progressItem(page)).toContainText(`1 of ${steps} steps`);
    await page.reload();
    await expect(progressItem(page)).toContainText(`1 of ${steps} steps`);
  });

  await test.step('a new browser with fresh storage enters the code and sees the same progress', async () => {
    const other = await browser.newContext();
    try {
      const phone = await other.newPage();
      await phone.goto('/progress');
      await expect(phone.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
      await expect(phone.getByText('You have not started a course yet.')).toBeVisible();

      await enterCode(phone, `  ${code.toUpperCase()} `);

      await expect(phone.getByRole('status').filter({ hasText: 'Done' })).toHaveText('Done: your progress is loaded on this device.');
      await expect(progressItem(phone)).toContainText(`1 of ${steps} steps`);
      await phone.getByRole('link', { name: title }).click();
      await expect(phone.getByText(`1 of ${steps} steps done`)).toBeVisible();

      await phone.reload();
      await expect(phone.getByText(`1 of ${steps} steps done`)).toBeVisible();
    } finally {
      await other.close();
    }
  });
});
