import { expect, test } from './support/fixtures';
import { inLocale, lessonHeader, loadCourse } from './support/content';

const COURSE = 'teach-children-to-see-lies';
const title = inLocale(loadCourse(COURSE).title, 'en');
const LESSON = 'signs-of-abuse';
const LEARNER_KEY = 'zorka.learner';

test('a learner erases their data: after confirming, the progress is gone here and on the server', async ({ page }) => {
  await test.step('completes a lesson and sees it on the progress page', async () => {
    await page.goto(`/courses/${COURSE}/lessons/${LESSON}`);
    const lesson = lessonHeader(COURSE, LESSON, 'en').title;
    await page.getByRole('button', { name: 'Mark as done and go on' }).click();
    await expect(page.getByRole('heading', { level: 1, name: lesson })).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  });

  const token = await page.evaluate((key) => localStorage.getItem(key), LEARNER_KEY);
  expect(token, 'the browser holds an anonymous learner key').toBeTruthy();

  await test.step('changes their mind once: Cancel keeps everything', async () => {
    await page.getByRole('button', { name: 'Erase my data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase everything?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Erase my data' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  });

  await test.step('erases and confirms: the progress is gone', async () => {
    await page.getByRole('button', { name: 'Erase my data' }).click();
    await page.getByRole('dialog', { name: 'Erase everything?' }).getByRole('button', { name: 'Yes, erase everything' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'erased' })).toHaveText(
      'Your data has been erased. This browser no longer keeps a Zorka key.',
    );
    await expect(page.getByText('You have not started a course yet.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: title })).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), LEARNER_KEY)).toBeNull();
  });

  await test.step('stays gone after a reload and on the course page', async () => {
    await page.reload();
    await expect(page.getByText('You have not started a course yet.')).toBeVisible();
    await page.goto(`/courses/${COURSE}`);
    await expect(page.getByText(/^0 of \d+ steps done$/)).toBeVisible();
  });

  await test.step('the server no longer knows the old key', async () => {
    const response = await page.request.post('/graphql', {
      headers: { authorization: `Learner ${token}` },
      data: { query: 'query MyProgress { myProgress(locale: "en") { courses { courseId } } }' },
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
