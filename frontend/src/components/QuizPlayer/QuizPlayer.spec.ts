import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aCourse, anAttempt, aQuiz } from '@/test/factories';
import { renderApp } from '@/test/render';

const course = aCourse({ id: 'course-a' });
const quiz = aQuiz();
const path = '/courses/course-a/quizzes/quiz-signs';

function serve(extra: Record<string, unknown> = {}) {
  return mockGraphql({
    Quiz: { quiz },
    Course: { course },
    StartLearner: { startLearner: { token: 'learner-1' } },
    SubmitQuiz: { submitQuiz: anAttempt() },
    ...extra,
  });
}

const question = (name: RegExp) => screen.getByRole('group', { name });

describe('QuizPlayer', () => {
  it('uses radio buttons for a single-choice question and checkboxes for multiple choice', async () => {
    serve();
    await renderApp(path);
    await screen.findByRole('heading', { level: 1, name: 'Check yourself' });
    expect(within(question(/Question 1 of 2/)).getAllByRole('radio')).toHaveLength(2);
    expect(within(question(/Question 2 of 2/)).getAllByRole('checkbox')).toHaveLength(3);
  });

  it('lists the unanswered questions instead of submitting when an answer is missing', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('radio', { name: 'Secret gifts from an adult' }));

    await user.click(screen.getByRole('button', { name: 'Check my answers' }));

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('1 question has no answer yet');
    expect(within(summary).getByRole('link', { name: 'Question 2 of 2' })).toBeTruthy();
    expect(callsTo('SubmitQuiz')).toHaveLength(0);
  });

  it('submits the chosen options and shows the score, the verdict and the feedback for each choice', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('radio', { name: 'Secret gifts from an adult' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stay calm' }));

    await user.click(screen.getByRole('button', { name: 'Check my answers' }));

    const result = await screen.findByRole('region', { name: 'Your result' });
    expect(result.textContent).toContain('You scored 50%');
    expect(result.textContent).toContain('Passed: the pass mark is 50%.');
    expect(document.activeElement).toBe(result);

    const [submit] = callsTo('SubmitQuiz');
    expect(submit!.variables).toMatchObject({
      locale: 'en',
      input: {
        quizId: 'course-a/quiz-signs',
        answers: [
          { questionId: 'secret-gifts', optionIds: ['a'] },
          { questionId: 'what-to-do', optionIds: ['a'] },
        ],
      },
    });
    expect((submit!.variables['input'] as { clientId: string }).clientId).toMatch(/^[0-9a-f-]{8,64}$/);

    const first = question(/Question 1 of 2/);
    expect(within(first).getByText('Correct')).toBeTruthy();
    expect(within(first).getByText('Right: secret gifts are a classic step of grooming.')).toBeTruthy();
    const second = question(/Question 2 of 2/);
    expect(within(second).getByText('Not quite')).toBeTruthy();
    expect(within(second).getByText('Yes, calm words keep the door open.')).toBeTruthy();
    expect(second.textContent).toContain('The right answers: Stay calm; Thank them for telling you');
    expect(within(second).getByRole('checkbox', { name: 'Stay calm' })).toHaveProperty('disabled', true);
  });

  it('shows "not passed yet" when the score is under the pass mark', async () => {
    serve({ SubmitQuiz: { submitQuiz: anAttempt({ score: 0, passed: false }) } });
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('radio', { name: 'A new hobby' }));
    await user.click(screen.getByRole('checkbox', { name: 'Shout at the child' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect((await screen.findByRole('region', { name: 'Your result' })).textContent).toContain('Not passed yet');
  });

  it('starts afresh with a new client id when "Try again" is pressed', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('radio', { name: 'Secret gifts from an adult' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stay calm' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await screen.findByRole('region', { name: 'Your result' });

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.queryByRole('region', { name: 'Your result' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Secret gifts from an adult' })).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: 'Stay calm' })).toHaveProperty('disabled', false);
    await user.click(screen.getByRole('radio', { name: 'A new hobby' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stay calm' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    const [first, second] = callsTo('SubmitQuiz').map((call) => (call.variables['input'] as { clientId: string }).clientId);
    expect(second).not.toBe(first);
  });

  it('resends the same client id after a failed submission', async () => {
    let attempts = 0;
    const { callsTo } = serve({
      SubmitQuiz: () => (++attempts === 1 ? graphqlError('TOO_MANY_REQUESTS') : { submitQuiz: anAttempt() }),
    });
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('radio', { name: 'Secret gifts from an adult' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stay calm' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts');

    await user.click(screen.getByRole('button', { name: 'Check my answers' }));

    await screen.findByRole('region', { name: 'Your result' });
    const ids = callsTo('SubmitQuiz').map((call) => (call.variables['input'] as { clientId: string }).clientId);
    expect(ids[0]).toBe(ids[1]);
  });
});
