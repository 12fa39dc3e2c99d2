import { expect, test } from './support/fixtures';
import {
  firstCaption,
  inLocale,
  lessonHeader,
  lessonIds,
  loadCourse,
  loadQuiz,
  loadScenario,
  rightAnswers,
  twoDifferentEndings,
  wrongAnswer,
} from './support/content';
import { answerQuiz, outcomeLabel, playScenarioPath, question } from './support/ui';

const COURSE = 'teach-children-to-see-lies';
const course = loadCourse(COURSE);
const quiz = loadQuiz(COURSE, 'quiz-signs');
const scenario = loadScenario(COURSE, 'roleplay-parent');
const en = <T extends Parameters<typeof inLocale>[0]>(text: T) => inLocale(text, 'en');

test('a parent finds the course for parents, reads every lesson, fails then passes the quiz, plays the role-play to two endings and sees 100 %', async ({
  page,
}) => {
  await test.step('opens the catalogue and keeps only the courses for parents', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Learn to see lies online' })).toBeVisible();

    await page.getByRole('radio', { name: 'Parents' }).check();

    await expect(page).toHaveURL(/[?&]audience=parents\b/);
    await expect(page.getByRole('status').filter({ hasText: /course/ })).toHaveText('1 course');
    await expect(page.getByRole('link', { name: 'Learn to see lies online' })).toHaveCount(0);
  });

  await test.step('opens "Teach children to see lies" and starts it', async () => {
    await page.getByRole('link', { name: en(course.title) }).click();
    await expect(page.getByRole('heading', { level: 1, name: en(course.title) })).toBeVisible();
    await expect(page.getByText(`0 of ${course.steps.length} steps done`)).toBeVisible();
    await page.getByRole('link', { name: 'Start the course' }).click();
  });

  for (const lessonId of lessonIds(course)) {
    const header = lessonHeader(COURSE, lessonId, 'en');
    await test.step(`reads the lesson "${header.title}" and marks it done`, async () => {
      await expect(page.getByRole('heading', { level: 1, name: header.title })).toBeVisible();

      if (header.video) {
        const video = page.getByLabel(`Video: ${header.title}`);
        await expect(video).toBeVisible();
        const captions = video.locator('track[kind="captions"]');
        await expect(captions).not.toHaveCount(0);
        const english = video.locator('track[kind="captions"][srclang="en"]');
        await expect(english).toHaveAttribute('default', '');
        const vtt = await page.request.get((await english.getAttribute('src'))!);
        expect(vtt.ok()).toBe(true);
        expect(await vtt.text()).toMatch(/^WEBVTT/);

        const transcriptLine = firstCaption(COURSE, header.captions!);
        await expect(page.getByText(transcriptLine)).toBeHidden();
        await page.getByText('Transcript of the video').click();
        await expect(page.getByText(transcriptLine)).toBeVisible();
      }

      await page.getByRole('button', { name: 'Mark as done and go on' }).click();
      await expect(page.getByRole('heading', { level: 1, name: header.title })).toHaveCount(0);
    });
  }

  await test.step('answers the quiz wrongly on purpose and sees the feedback on each chosen answer', async () => {
    await expect(page.getByRole('heading', { level: 1, name: en(quiz.title) })).toBeVisible();
    await answerQuiz(page, quiz.questions, (q) => [wrongAnswer(q)], 'en');

    const result = page.getByRole('region', { name: 'Your result' });
    await expect(result).toContainText('You scored 0%');
    await expect(result).toContainText(`Not passed yet: the pass mark is ${quiz.passMark}%.`);
    await expect(result.getByRole('link', { name: 'Next step' })).toHaveCount(0);
    for (const q of quiz.questions) {
      const chosen = wrongAnswer(q);
      const group = question(page, q, 'en');
      await expect(group).toContainText('Not quite');
      await expect(group).toContainText(`You chose ${en(chosen.text)} (not right)`);
      await expect(group.getByText(en(chosen.feedback), { exact: true })).toBeVisible();
    }
  });

  await test.step('tries again with the right answers and passes', async () => {
    await page.getByRole('region', { name: 'Your result' }).getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('region', { name: 'Your result' })).toHaveCount(0);
    await answerQuiz(page, quiz.questions, rightAnswers, 'en');

    const result = page.getByRole('region', { name: 'Your result' });
    await expect(result).toContainText('You scored 100%');
    await expect(result).toContainText(`Passed: the pass mark is ${quiz.passMark}%.`);
    for (const q of quiz.questions) {
      const group = question(page, q, 'en');
      await expect(group).toContainText('Correct');
      for (const right of rightAnswers(q)) await expect(group.getByText(en(right.feedback), { exact: true })).toBeVisible();
    }
    await result.getByRole('link', { name: 'Next step' }).click();
  });

  const [firstPath, secondPath] = twoDifferentEndings(scenario);

  await test.step(`plays the role-play to a ${firstPath.ending.outcome} ending`, async () => {
    await expect(page.getByRole('heading', { level: 1, name: en(scenario.title) })).toBeVisible();
    await playScenarioPath(page, firstPath, 'en', 'start');

    const ending = page.getByRole('region', { name: en(firstPath.ending.title) });
    await expect(ending).toContainText(outcomeLabel('en', firstPath.ending.outcome));
    const conversation = page.getByRole('list', { name: 'Conversation' });
    for (const choice of firstPath.choices) await expect(conversation).toContainText(en(choice.text));
  });

  await test.step(`plays it again to a different, ${secondPath.ending.outcome} ending`, async () => {
    await playScenarioPath(page, secondPath, 'en', 'again');

    const ending = page.getByRole('region', { name: en(secondPath.ending.title) });
    await expect(ending).toContainText(outcomeLabel('en', secondPath.ending.outcome));
    await expect(page.getByRole('region', { name: en(firstPath.ending.title) })).toHaveCount(0);
  });

  await test.step('sees the course 100 % done on the progress page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();

    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: en(course.title) }) });
    await expect(item).toContainText('100% done');
    await expect(item).toContainText(`${course.steps.length} of ${course.steps.length} steps`);
    await expect(item.getByRole('progressbar', { name: en(course.title) })).toHaveAttribute('value', '100');

    const results = page.getByRole('region', { name: 'Quiz results' });
    await expect(results.getByRole('listitem')).toHaveCount(2);
    await expect(results).toContainText('0% · not passed yet');
    await expect(results).toContainText('100% · passed');
  });
});
