import { describe, expect, it } from 'vitest';
import { courseFile, id, lessonFrontMatter, quizFile, translated } from './schema';

const aText = (overrides: Record<string, unknown> = {}) => ({ ru: 'Текст', en: 'Text', ...overrides });
const anOption = (overrides: Record<string, unknown> = {}) => ({ id: 'a', text: aText(), feedback: aText(), ...overrides });
const aCourse = (overrides: Record<string, unknown> = {}) => ({
  title: aText(),
  summary: aText(),
  audience: 'youth',
  ageBands: ['14-17'],
  estimatedMinutes: 30,
  steps: [{ lesson: 'intro' }],
  ...overrides,
});

describe('translated', () => {
  it('accepts a text when it has ru and en, with or without be', () => {
    expect(translated.safeParse(aText()).success).toBe(true);
    expect(translated.safeParse(aText({ be: 'Тэкст' })).success).toBe(true);
  });

  it('refuses a text when English is missing or empty', () => {
    expect(translated.safeParse({ ru: 'Текст' }).success).toBe(false);
    expect(translated.safeParse(aText({ en: '   ' })).success).toBe(false);
  });

  it('refuses a text when it has another language', () => {
    const result = translated.safeParse(aText({ de: 'Text' }));

    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['de'] });
  });
});

describe('id', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(['signs-of-abuse', 'quiz2', 'a'].map((value) => id.safeParse(value).success)).toEqual([true, true, true]);
  });

  it('refuses an id when it has capitals, underscores, spaces or doubled hyphens', () => {
    expect(['Signs', 'signs_of', 'signs of', 'signs--of', '-signs', 'signs-', ''].map((value) => id.safeParse(value).success)).toEqual(Array(7).fill(false));
  });
});

describe('courseFile', () => {
  it('reads each step when it names one lesson, quiz or scenario', () => {
    const result = courseFile.safeParse(aCourse({ steps: [{ lesson: 'intro' }, { quiz: 'check' }, { scenario: 'talk' }] }));

    expect(result.data?.steps).toEqual([{ lesson: 'intro' }, { quiz: 'check' }, { scenario: 'talk' }]);
  });

  it('refuses a step when it names two things', () => {
    const result = courseFile.safeParse(aCourse({ steps: [{ lesson: 'intro', quiz: 'check' }] }));

    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', path: ['steps', 0], params: { fix: expect.any(String) } });
  });

  it('refuses a course when an age band or the audience is not in the list', () => {
    expect(courseFile.safeParse(aCourse({ ageBands: ['teens'] })).success).toBe(false);
    expect(courseFile.safeParse(aCourse({ audience: 'teachers' })).success).toBe(false);
  });
});

describe('quizFile', () => {
  it('makes an option not correct when it does not say so', () => {
    const quiz = { title: aText(), passMark: 70, questions: [{ id: 'q', type: 'single', prompt: aText(), options: [anOption({ correct: true }), anOption({ id: 'b' })] }] };

    const result = quizFile.safeParse(quiz);

    expect(result.data?.questions[0]?.options.map((o) => o.correct)).toEqual([true, false]);
  });

  it('refuses a pass mark when it is above 100', () => {
    const quiz = { title: aText(), passMark: 120, questions: [{ id: 'q', type: 'single', prompt: aText(), options: [anOption(), anOption({ id: 'b' })] }] };

    expect(quizFile.safeParse(quiz).error?.issues[0]).toMatchObject({ code: 'too_big', path: ['passMark'] });
  });
});

describe('lessonFrontMatter', () => {
  it('accepts a video and captions when they are plain file names', () => {
    expect(lessonFrontMatter.safeParse({ title: 'T', minutes: 5, video: 'clip-1.mp4', captions: 'clip-1.en.vtt' }).success).toBe(true);
  });

  it('refuses a video when it is a path or not mp4/webm', () => {
    expect(lessonFrontMatter.safeParse({ title: 'T', minutes: 5, video: '../secret.mp4' }).success).toBe(false);
    expect(lessonFrontMatter.safeParse({ title: 'T', minutes: 5, video: 'clip.avi' }).success).toBe(false);
  });
});
