import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { setLearnerToken } from '@/graphql/learner-token';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aCourse, anAttempt, aProgress } from '@/test/factories';
import { renderApp } from '@/test/render';

const CODE = 'apple river candle stone window seven';
const courseProgress = { courseId: 'course-a', title: 'Teach children to see lies', locale: 'en', completedStepIds: ['course-a/signs'], stepCount: 4, percent: 25 };

describe('ProgressPage', () => {
  it('shows an empty progress without creating a learner when this browser has none', async () => {
    const { calls } = mockGraphql({});
    await renderApp('/progress');
    expect(await screen.findByText('You have not started a course yet.')).toBeTruthy();
    expect(calls).toHaveLength(0);
    expect(localStorage.getItem('zorka.learner')).toBeNull();
  });

  it('shows a percent bar per course and the quiz results', async () => {
    setLearnerToken('learner-1');
    mockGraphql({
      MyProgress: { myProgress: aProgress({ courses: [courseProgress], attempts: [anAttempt({ score: 50, passed: true })] }) },
      Course: { course: aCourse({ id: 'course-a' }) },
    });
    await renderApp('/progress');
    const bar = await screen.findByRole('progressbar', { name: 'Teach children to see lies' });
    expect(bar.getAttribute('value')).toBe('25');
    expect(screen.getByText(/25% done/).textContent).toContain('1 of 4 steps');
    const results = screen.getByRole('region', { name: 'Quiz results' });
    expect(await within(results).findByRole('link', { name: 'Check yourself' })).toBeTruthy();
    expect(within(results).getByText(/50% · passed/)).toBeTruthy();
  });

  it('shows a new recovery code once, with advice and a copy button, when one is created', async () => {
    const { callsTo } = mockGraphql({
      StartLearner: { startLearner: { token: 'learner-1' } },
      CreateRecoveryCode: { createRecoveryCode: { code: CODE } },
      MyProgress: { myProgress: aProgress({ hasRecoveryCode: true }) },
    });
    const { user } = await renderApp('/progress');

    await user.click(await screen.findByRole('button', { name: 'Create a recovery code' }));

    expect(await screen.findByText(CODE)).toBeTruthy();
    expect(screen.getByText(/We show them only once/)).toBeTruthy();
    expect(callsTo('StartLearner')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Copy the code' }));
    expect(await navigator.clipboard.readText()).toBe(CODE); // user-event's clipboard stub
    expect(screen.getByText('Copied.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'I have written it down' }));
    expect(screen.queryByText(CODE)).toBeNull();
  });

  it('explains a wrong recovery code and keeps this device as it was', async () => {
    setLearnerToken('current-learner');
    mockGraphql({
      MyProgress: { myProgress: aProgress({ courses: [courseProgress] }) },
      RestoreLearner: graphqlError('BAD_USER_INPUT', 'errors.learner.recoveryCodeNotRecognised'),
    });
    const { user } = await renderApp('/progress');
    await screen.findByRole('progressbar');

    await user.type(screen.getByRole('textbox', { name: 'Recovery code' }), 'wrong words');
    await user.click(screen.getByRole('button', { name: 'Continue with this code' }));

    expect((await screen.findByRole('alert')).textContent).toContain('This recovery code is not recognised');
    const input = screen.getByRole('textbox', { name: 'Recovery code' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((input as HTMLInputElement).value).toBe('wrong words');
    expect(localStorage.getItem('zorka.learner')).toBe('current-learner');
    expect(screen.getByRole('progressbar')).toBeTruthy();
  });

  it('asks for the code when the field is empty', async () => {
    const { callsTo } = mockGraphql({});
    const { user } = await renderApp('/progress');
    await user.click(await screen.findByRole('button', { name: 'Continue with this code' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter your recovery code.');
    expect(callsTo('RestoreLearner')).toHaveLength(0);
  });

  it('replaces the stored token and reloads the progress when the code is right', async () => {
    const { callsTo } = mockGraphql({
      RestoreLearner: { restoreLearner: { token: 'restored-learner' } },
      MyProgress: (_vars, call) =>
        call.authorization === 'Learner restored-learner' ? { myProgress: aProgress({ courses: [courseProgress] }) } : graphqlError('UNAUTHENTICATED'),
    });
    const { user } = await renderApp('/progress');

    await user.type(await screen.findByRole('textbox', { name: 'Recovery code' }), `  ${CODE} `);
    await user.click(screen.getByRole('button', { name: 'Continue with this code' }));

    expect(await screen.findByRole('progressbar', { name: 'Teach children to see lies' })).toBeTruthy();
    expect(screen.getByText('Done: your progress is loaded on this device.')).toBeTruthy();
    expect(localStorage.getItem('zorka.learner')).toBe('restored-learner');
    expect(callsTo('RestoreLearner')[0]!.variables).toEqual({ code: CODE });
  });

  it('erases the data after confirmation and forgets the token', async () => {
    setLearnerToken('learner-1');
    const { callsTo } = mockGraphql({
      MyProgress: { myProgress: aProgress({ courses: [courseProgress] }) },
      EraseMyData: { eraseMyData: true },
    });
    const { user } = await renderApp('/progress');
    await screen.findByRole('progressbar');

    await user.click(screen.getByRole('button', { name: 'Erase my data' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase everything?' });
    expect(callsTo('EraseMyData')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, erase everything' }));

    expect(await screen.findByText(/Your data has been erased/)).toBeTruthy();
    expect(callsTo('EraseMyData')[0]!.authorization).toBe('Learner learner-1');
    expect(localStorage.getItem('zorka.learner')).toBeNull();
    expect(await screen.findByText('You have not started a course yet.')).toBeTruthy();
  });

  it('erases nothing when the confirmation is cancelled', async () => {
    setLearnerToken('learner-1');
    const { callsTo } = mockGraphql({ MyProgress: { myProgress: aProgress() } });
    const { user } = await renderApp('/progress');
    await user.click(await screen.findByRole('button', { name: 'Erase my data' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(callsTo('EraseMyData')).toHaveLength(0);
    expect(localStorage.getItem('zorka.learner')).toBe('learner-1');
  });
});
