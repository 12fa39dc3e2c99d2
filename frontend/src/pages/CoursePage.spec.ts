import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { setLearnerToken } from '@/graphql/learner-token';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aCourse, aProgress } from '@/test/factories';
import { renderApp } from '@/test/render';

const course = aCourse({ id: 'course-a', preTestId: 'course-a/pre-test', linkedCourseId: 'course-a-youth' });

describe('CoursePage', () => {
  it('lists the steps with links and a start button when nothing is done yet', async () => {
    const { calls } = mockGraphql({
      Course: { course },
      LinkedCourse: { course: { id: 'course-a-youth', title: 'See lies (for teens)', audience: 'YOUTH', locale: 'en' } },
    });
    await renderApp('/courses/course-a');
    await screen.findByRole('heading', { level: 1, name: 'Teach children to see lies' });
    const steps = within(screen.getByRole('region', { name: 'Steps' })).getAllByRole('link');
    expect(steps.map((link) => link.getAttribute('href'))).toEqual([
      '/courses/course-a/lessons/signs',
      '/courses/course-a/lessons/precautions',
      '/courses/course-a/quizzes/quiz-signs',
      '/courses/course-a/scenarios/roleplay',
    ]);
    expect(screen.getByRole('link', { name: 'Start the course' }).getAttribute('href')).toBe('/courses/course-a/lessons/signs');
    expect(screen.getByRole('link', { name: 'Take the pre-test' }).getAttribute('href')).toBe('/courses/course-a/quizzes/pre-test');
    expect(
      (await screen.findByRole('link', { name: 'The same topic for children and young people: See lies (for teens)' })).getAttribute('href'),
    ).toBe('/courses/course-a-youth');
    expect(calls.some((call) => call.operationName === 'MyProgress')).toBe(false);
  });

  it('ticks the done steps and continues at the first step not done', async () => {
    setLearnerToken('learner-1');
    mockGraphql({
      Course: { course: { ...course, linkedCourseId: null } },
      MyProgress: {
        myProgress: aProgress({
          courses: [{ courseId: 'course-a', title: 'T', locale: 'en', completedStepIds: ['course-a/signs', 'course-a/precautions'], stepCount: 4, percent: 50 }],
        }),
      },
    });
    await renderApp('/courses/course-a');
    const continueLink = await screen.findByRole('link', { name: 'Continue' });
    expect(continueLink.getAttribute('href')).toBe('/courses/course-a/quizzes/quiz-signs');
    expect(screen.getByRole('link', { name: /Signs that something is wrong.*\(done\)/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Quiz\s*Check yourself$/ })).toBeTruthy();
    expect(screen.getByText('2 of 4 steps done')).toBeTruthy();
  });

  it('says the course does not exist when the server answers NOT_FOUND', async () => {
    mockGraphql({ Course: graphqlError('NOT_FOUND', 'errors.course.notFound') });
    await renderApp('/courses/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('This course does not exist or is no longer available.');
  });
});
