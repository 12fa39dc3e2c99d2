import { screen, waitFor } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invalidate } from '@/graphql/client';
import { setLearnerToken } from '@/graphql/learner-token';
import { aCourse, aLesson, aProgress } from '@/test/factories';
import { mockGraphql } from '@/test/graphql-mock';
import { renderApp } from '@/test/render';

const course = aCourse({ id: 'course-a', linkedCourseId: null, preTestId: null, postTestId: null });
const allSteps = course.steps.map((step) => step.id);
const progress = (done: string[]) => ({
  myProgress: aProgress({ courses: [{ courseId: 'course-a', title: 'T', locale: 'en', completedStepIds: done, stepCount: allSteps.length, percent: 0 }] }),
});

/** Events the course pages sent through the real tracker and a fake sendBeacon, as "campaign:kind". */
let sent: string[] = [];
async function flushed(): Promise<string[]> {
  (await import('@/modules/reach-beacon')).flush();
  return sent;
}

beforeEach(async () => {
  const sendBeacon = (_url: string, body: string) => {
    const batch = JSON.parse(body) as { c: string; e: { k: string }[] };
    for (const e of batch.e) sent.push(`${batch.c}:${e.k}`);
    return true;
  };
  vi.stubGlobal('navigator', { ...navigator, sendBeacon, doNotTrack: null });
  await flushed();
  sent = [];
  window.sessionStorage.clear();
  setLearnerToken('learner-1');
});

describe('a course started from a campaign', () => {
  it('reports the start, then the completion once every step is done, once, to that campaign', async () => {
    let done: string[] = [];
    mockGraphql({ Course: { course }, MyProgress: () => progress(done), Lesson: { lesson: aLesson() } });
    const first = await renderApp('/courses/course-a?from=c:teach-children');
    await screen.findByRole('heading', { level: 1, name: 'Teach children to see lies' });
    await waitFor(async () => expect(await flushed()).toEqual(['teach-children:course_start']));
    expect(window.sessionStorage.getItem('zorka.campaign-from')).toBe('teach-children/course-a');
    first.unmount();

    // Later in the same tab, on a step of the course (no ?from), the learner finishes the last step.
    await renderApp('/courses/course-a/lessons/signs');
    await screen.findByRole('heading', { level: 1 });
    done = allSteps;
    invalidate(['MyProgress']);
    await waitFor(async () => expect(await flushed()).toEqual(['teach-children:course_start', 'teach-children:course_complete']));
    expect(window.sessionStorage.getItem('zorka.campaign-from')).toBeNull();
  });

  it('reports nothing, and loads no tracker, for a course not opened from a campaign', async () => {
    mockGraphql({ Course: { course }, MyProgress: progress(allSteps) });
    await renderApp('/courses/course-a?from=elsewhere');
    await screen.findByRole('heading', { level: 1, name: 'Teach children to see lies' });
    expect(await flushed()).toEqual([]);
    expect(window.sessionStorage.length).toBe(0);
  });
});
