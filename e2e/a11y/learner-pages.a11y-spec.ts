import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/fixtures';
import {
  inLocale,
  lessonHeader,
  lessonIds,
  loadCourse,
  loadQuiz,
  loadScenario,
  rightAnswers,
  shortestPathToEachOutcome,
  wrongAnswer,
  type Locale,
} from '../support/content';
import { answerQuiz, expectSafetyTools, ui } from '../support/ui';

/**
 * WCAG 2.1 AA on the learner's pages, in English and in Belarusian: no serious or critical axe
 * violation, and on every page the help-line panel and the quick-exit button.
 */
const COURSE = 'teach-children-to-see-lies';
const course = loadCourse(COURSE);
const videoLesson = lessonIds(course).find((id) => lessonHeader(COURSE, id, 'en').video)!;
const quiz = loadQuiz(COURSE, 'quiz-signs');
const scenario = loadScenario(COURSE, 'roleplay-parent');
/** The longest of the shortest paths to each kind of ending: it has a middle to audit. */
const longPath = [...shortestPathToEachOutcome(scenario).values()].sort((a, b) => b.choices.length - a.choices.length)[0]!;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now; each page's violations are reported together at the end of the test. */
async function audit(page: Page, locale: Locale, what: string): Promise<void> {
  await expectSafetyTools(page, locale);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious
    .map(
      (violation) =>
        `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes.map((node) => `      ${node.target.join(' ')}\n        ${node.failureSummary?.replace(/\n/g, '\n        ')}`).join('\n'),
    )
    .join('\n');
  expect.soft(serious.length, `${what} [${locale}] has serious or critical accessibility violations:\n${report}`).toBe(0);
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

for (const locale of ['en', 'be'] as const) {
  test.describe(`in ${locale === 'en' ? 'English' : 'Belarusian'}`, () => {
    test.use({ locale: locale === 'en' ? 'en-GB' : 'be-BY' });

    test('catalogue, course page and a lesson with a video', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('link', { name: inLocale(course.title, locale) })).toBeVisible();
      await audit(page, locale, 'catalogue');

      await page.getByRole('link', { name: inLocale(course.title, locale) }).click();
      await expect(h1(page, inLocale(course.title, locale))).toBeVisible();
      await audit(page, locale, 'course page');

      await page.goto(`/courses/${COURSE}/lessons/${videoLesson}`);
      await expect(h1(page, lessonHeader(COURSE, videoLesson, locale).title)).toBeVisible();
      await expect(page.locator('video track[kind="captions"]').first()).toBeAttached();
      await page.getByText(ui(locale, 'lesson.transcript')).click();
      await audit(page, locale, 'lesson with a video');
    });

    test('quiz before and after submitting', async ({ page }) => {
      await page.goto(`/courses/${COURSE}/quizzes/quiz-signs`);
      await expect(h1(page, inLocale(quiz.title, locale))).toBeVisible();
      await audit(page, locale, 'quiz before submitting');

      await page.getByRole('button', { name: ui(locale, 'quiz.submit') }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await audit(page, locale, 'quiz with unanswered questions');

      // Half right, half wrong: both kinds of feedback on the page.
      await answerQuiz(page, quiz.questions, (q) => (quiz.questions.indexOf(q) % 2 ? [wrongAnswer(q)] : rightAnswers(q)), locale);
      await audit(page, locale, 'quiz after submitting');
    });

    test('role-play mid-dialogue and at an ending', async ({ page }) => {
      await page.goto(`/courses/${COURSE}/scenarios/roleplay-parent`);
      await expect(h1(page, inLocale(scenario.title, locale))).toBeVisible();
      await audit(page, locale, 'role-play before it starts');

      await page.getByRole('button', { name: ui(locale, 'scenario.start') }).click();
      const replies = page.getByRole('group', { name: ui(locale, 'scenario.yourReply') });
      const [first, ...rest] = longPath.choices;
      await replies.getByRole('button', { name: inLocale(first!.text, locale), exact: true }).click();
      await expect(replies.getByRole('button', { name: inLocale(rest[0]!.text, locale), exact: true })).toBeEnabled();
      await audit(page, locale, 'role-play mid-dialogue');

      for (const choice of rest) await replies.getByRole('button', { name: inLocale(choice.text, locale), exact: true }).click();
      await expect(page.getByRole('region', { name: inLocale(longPath.ending.title, locale) })).toBeVisible();
      await audit(page, locale, 'role-play at an ending');
    });

    test('progress page with a course, a quiz result and a recovery code', async ({ page }) => {
      await page.goto(`/courses/${COURSE}/quizzes/quiz-signs`);
      await answerQuiz(page, quiz.questions, rightAnswers, locale);
      await page.getByRole('navigation', { name: ui(locale, 'nav.label') }).getByRole('link', { name: ui(locale, 'nav.progress') }).click();
      await expect(h1(page, ui(locale, 'nav.progress'))).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: inLocale(course.title, locale) })).toBeVisible();
      await audit(page, locale, 'progress page');

      await page.getByRole('button', { name: ui(locale, 'progress.recovery.create') }).click();
      await expect(page.getByText(ui(locale, 'progress.recovery.yourCode'))).toBeVisible();
      await page.getByRole('button', { name: ui(locale, 'progress.restore.submit') }).click();
      await expect(page.getByRole('alert')).toHaveText(ui(locale, 'progress.restore.missing'));
      await audit(page, locale, 'progress page with a recovery code and a field error');

      await page.getByRole('button', { name: ui(locale, 'progress.erase.button') }).click();
      await expect(page.getByRole('dialog', { name: ui(locale, 'progress.erase.confirmTitle') })).toBeVisible();
      await audit(page, locale, 'erase confirmation dialog');
    });
  });
}

test('every learner page has the help-line panel and the quick-exit button', async ({ page }) => {
  const pages: Array<[string, string]> = [
    ['/', 'Courses'],
    [`/courses/${COURSE}`, inLocale(course.title, 'en')],
    [`/courses/${COURSE}/lessons/${videoLesson}`, lessonHeader(COURSE, videoLesson, 'en').title],
    [`/courses/${COURSE}/quizzes/quiz-signs`, inLocale(quiz.title, 'en')],
    [`/courses/${COURSE}/scenarios/roleplay-parent`, inLocale(scenario.title, 'en')],
    ['/progress', 'My progress'],
    ['/safety', 'Cover your tracks'],
    ['/no-such-page', 'Page not found'],
  ];
  for (const [url, heading] of pages) {
    await page.goto(url);
    await expect(h1(page, heading)).toBeVisible();
    await expectSafetyTools(page, 'en');
  }
  await audit(page, 'en', 'page not found');
  await page.goto('/safety');
  await expect(h1(page, 'Cover your tracks')).toBeVisible();
  await audit(page, 'en', 'safety page');
});

test.describe('on a phone (360 × 740)', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  const horizontalOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test('the catalogue and a lesson with a video have no horizontal scroll', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: inLocale(course.title, 'en') })).toBeVisible();
    await expectSafetyTools(page, 'en');
    await expect.poll(() => horizontalOverflow(page), { message: 'catalogue scrolls sideways' }).toBeLessThanOrEqual(0);

    await page.goto(`/courses/${COURSE}/lessons/${videoLesson}`);
    await expect(h1(page, lessonHeader(COURSE, videoLesson, 'en').title)).toBeVisible();
    await page.getByText('Transcript of the video').click();
    await expectSafetyTools(page, 'en');
    await expect.poll(() => horizontalOverflow(page), { message: 'lesson scrolls sideways' }).toBeLessThanOrEqual(0);
  });
});
