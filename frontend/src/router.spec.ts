import { screen } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { mockGraphql } from '@/test/graphql-mock';
import { renderApp } from '@/test/render';

describe('routes', () => {
  it('shows the not-found page for an unknown address', async () => {
    await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the courses' }).getAttribute('href')).toBe('/');
  });

  it('shows the not-found page for an id that cannot be a course id, without asking the server', async () => {
    const { calls } = mockGraphql({});
    const { router } = await renderApp('/courses/Not_An_Id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(router.currentRoute.value.name).toBe('not-found');
    expect(calls).toHaveLength(0);
  });

  it('maps lesson, quiz and role-play addresses to their pages with the course and local ids', async () => {
    const { router } = await renderApp('/');
    for (const [path, name] of [
      ['/courses/teach/lessons/signs', 'lesson'],
      ['/courses/teach/quizzes/quiz-signs', 'quiz'],
      ['/courses/teach/scenarios/roleplay-parent', 'scenario'],
    ] as const) {
      const resolved = router.resolve(path);
      expect([resolved.name, resolved.params]).toEqual([name, { courseId: 'teach', localId: path.split('/').pop() }]);
    }
  });
});
