import { expect, test } from './support/fixtures';
import { firstSentence, inLocale, lessonHeader, lessonIds, loadCourse } from './support/content';

const COURSE = 'teach-children-to-see-lies-youth';
const course = loadCourse(COURSE);
const [firstLesson, secondLesson] = lessonIds(course);
const steps = course.steps.length;

test('a teenager switches Zorka to Belarusian, opens the youth course in Belarusian and completes a lesson', async ({ page }) => {
  await test.step('switches the language of the site to Belarusian', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();

    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Беларуская' });

    await expect(page.locator('html')).toHaveAttribute('lang', 'be');
    await expect(page.getByRole('heading', { level: 1, name: 'Курсы' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Асноўнае меню' }).getByRole('link', { name: 'Мой прагрэс' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Хутка сысці' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Трэба пагаварыць? Тэлефоны даверу' })).toBeVisible();
    await expect(page.getByLabel('Мова', { exact: true })).toHaveValue('be');
  });

  await test.step('sees the youth course in Belarusian, and a notice only on a course not translated yet', async () => {
    const youth = page.getByRole('article').filter({ has: page.getByRole('link', { name: inLocale(course.title, 'be') }) });
    await expect(youth).toBeVisible();
    await expect(youth.getByRole('heading')).toHaveAttribute('lang', 'be');
    await expect(youth).not.toContainText('Паказана па-');

    const untranslated = page.getByRole('article').filter({ has: page.getByRole('link', { name: 'Безопасный выезд и работа за границей' }) });
    await expect(untranslated).toContainText('Паказана па-руску');
  });

  await test.step('keeps only Belarusian courses for children and youth', async () => {
    await page.getByRole('radio', { name: 'Дзеці і падлеткі' }).check();
    await page.getByLabel('Мова курса').selectOption('be');

    await expect(page).toHaveURL(/audience=youth/);
    await expect(page).toHaveURL(/language=be/);
    await expect(page.getByRole('status').filter({ hasText: /курс/ })).toHaveText('1 курс');
    await page.getByRole('link', { name: inLocale(course.title, 'be') }).click();
  });

  await test.step('reads the course page in Belarusian without a fallback notice', async () => {
    await expect(page.getByRole('heading', { level: 1, name: inLocale(course.title, 'be') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'be');
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page.getByText(`Пройдзена крокаў: 0 з ${steps}`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Крокі курса' })).toBeVisible();
    await page.getByRole('link', { name: 'Пачаць курс' }).click();
  });

  await test.step('reads the first lesson in Belarusian and marks it done', async () => {
    const lesson = lessonHeader(COURSE, firstLesson!, 'be');
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    await expect(page.getByText(firstSentence(COURSE, firstLesson!, 'be'))).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);

    await page.getByRole('button', { name: 'Адзначыць і ісці далей' }).click();

    await expect(page.getByRole('heading', { level: 1, name: lessonHeader(COURSE, secondLesson!, 'be').title })).toBeVisible();
  });

  await test.step('sees the lesson counted on the course page', async () => {
    await page.getByRole('link', { name: inLocale(course.title, 'be') }).click();
    await expect(page.getByText(`Пройдзена крокаў: 1 з ${steps}`)).toBeVisible();
    await expect(page.getByRole('link', { name: lessonHeader(COURSE, firstLesson!, 'be').title })).toContainText('(пройдзена)');
    await expect(page.getByRole('link', { name: 'Працягнуць' })).toBeVisible();
  });

  await test.step('switches to Russian: the same course and progress, now in Russian, and remembered after a reload', async () => {
    await page.getByLabel('Мова', { exact: true }).selectOption({ label: 'Русский' });

    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: inLocale(course.title, 'ru') })).toBeVisible();
    await expect(page.getByText(`Пройдено шагов: 1 из ${steps}`)).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: inLocale(course.title, 'ru') })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Быстро уйти' })).toBeVisible();
  });
});
