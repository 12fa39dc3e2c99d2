import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { setLearnerToken } from '@/graphql/learner-token';
import { setLocale } from '@/i18n';
import { mockGraphql } from '@/test/graphql-mock';
import { aCourse, aLesson, aProgress } from '@/test/factories';
import { renderApp } from '@/test/render';

const course = aCourse({ id: 'course-a' });
const video = {
  url: '/media/course-a/talk-show.mp4',
  transcript: 'Host: Welcome.\nPsychologist: Grooming starts with attention.',
  captions: [
    { locale: 'ru', url: '/media/course-a/talk-show.ru.vtt' },
    { locale: 'en', url: '/media/course-a/talk-show.en.vtt' },
  ],
};
const progressOf = (done: string[]) => ({ courseId: 'course-a', title: course.title, locale: 'en', completedStepIds: done, stepCount: 4, percent: 25 });

describe('LessonPage', () => {
  it('renders the lesson text, asking for it by full id in the UI language', async () => {
    const { callsTo } = mockGraphql({ Lesson: { lesson: aLesson() }, Course: { course } });
    await renderApp('/courses/course-a/lessons/signs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Signs that something is wrong' })).toBeTruthy();
    expect(screen.getByText('Children rarely say it out loud.')).toBeTruthy();
    expect(callsTo('Lesson')[0]!.variables).toEqual({ id: 'course-a/signs', locale: 'en' });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says the text is shown in Russian when a Belarusian reader gets the Russian fallback', async () => {
    await setLocale('be', { remember: false });
    mockGraphql({ Lesson: { lesson: aLesson({ title: 'Признаки', html: '<p>Дети редко говорят об этом.</p>', locale: 'ru' }) }, Course: { course } });
    await renderApp('/courses/course-a/lessons/signs');
    const notice = await screen.findByRole('note');
    expect(notice.textContent).toContain('Гэты тэкст яшчэ не перакладзены на беларускую мову; паказаны па-руску.');
    expect(screen.getByText('Дети редко говорят об этом.').closest('[lang]')?.getAttribute('lang')).toBe('ru');
  });

  it('offers captions in every language with the UI language on by default, and a transcript', async () => {
    mockGraphql({ Lesson: { lesson: aLesson({ video }) }, Course: { course } });
    await renderApp('/courses/course-a/lessons/signs');
    await screen.findByRole('heading', { level: 1, name: 'Signs that something is wrong' });
    const player = document.querySelector('video')!;
    expect(player.getAttribute('preload')).toBe('metadata');
    expect(player.hasAttribute('controls')).toBe(true);
    const tracks = [...player.querySelectorAll('track')];
    expect(tracks.map((t) => [t.kind, t.srclang, t.label, t.default])).toEqual([
      ['captions', 'ru', 'Русский', false],
      ['captions', 'en', 'English', true],
    ]);
    expect(screen.getByText('Transcript of the video').closest('details')?.textContent).toContain('Grooming starts with attention.');
  });

  it('marks the lesson as done and goes to the next step when the button is pressed', async () => {
    const { calls } = mockGraphql({
      Lesson: { lesson: aLesson({ id: 'course-a/signs' }) },
      Course: { course },
      StartLearner: { startLearner: { token: 'learner-1' } },
      CompleteLesson: { completeLesson: progressOf(['course-a/signs']) },
      Quiz: { quiz: null },
    });
    const { user, router } = await renderApp('/courses/course-a/lessons/signs');

    await user.click(await screen.findByRole('button', { name: 'Mark as done and go on' }));

    expect(calls.map((c) => c.operationName)).toEqual(expect.arrayContaining(['StartLearner', 'CompleteLesson']));
    expect(calls.find((c) => c.operationName === 'CompleteLesson')!.variables).toEqual({ lessonId: 'course-a/signs', locale: 'en' });
    expect(router.currentRoute.value.fullPath).toBe('/courses/course-a/lessons/precautions');
  });

  it('shows that a lesson is already done', async () => {
    setLearnerToken('learner-1');
    mockGraphql({
      Lesson: { lesson: aLesson({ id: 'course-a/signs' }) },
      Course: { course },
      MyProgress: { myProgress: aProgress({ courses: [progressOf(['course-a/signs'])] }) },
    });
    await renderApp('/courses/course-a/lessons/signs');
    expect(await screen.findByText('You have done this lesson.')).toBeTruthy();
    const actions = screen.getByRole('button', { name: 'Next step' });
    expect(within(actions.parentElement!).queryByRole('button', { name: /Mark as done/ })).toBeNull();
  });
});
