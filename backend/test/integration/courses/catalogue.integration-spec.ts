import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

describe('catalogue, lessons, quizzes, scenarios and help lines (public reads)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists courses filtered by audience and language', async () => {
    const all = await t.gql(`{ courses(locale: "en") { id title audience ageBands languages stepCount locale } }`);
    expect(all.data?.courses).toEqual([
      { id: 'fixture-course', title: 'Fixture course', audience: 'PARENTS', ageBands: ['ADULTS'], languages: ['ru', 'en'], stepCount: 4, locale: 'en' },
    ]);
    const youth = await t.gql(`{ courses(locale: "en", audience: YOUTH) { id } }`);
    expect(youth.data?.courses).toEqual([]);
    const belarusianOnly = await t.gql(`{ courses(locale: "en", language: "be") { id } }`);
    expect(belarusianOnly.data?.courses).toEqual([]);
  });

  it('falls back visibly to Russian when Belarusian is asked for', async () => {
    const res = await t.gql(`{ course(id: "fixture-course", locale: "be") { title locale } }`);
    expect(res.data?.course).toEqual({ title: 'Тестовый курс', locale: 'ru' });
  });

  it('returns a course with its steps in order and their titles', async () => {
    const res = await t.gql(`{ course(id: "fixture-course", locale: "en") { steps { kind id title } } }`);
    expect(res.data?.course.steps).toEqual([
      { kind: 'LESSON', id: 'fixture-course/first-lesson', title: 'First lesson' },
      { kind: 'LESSON', id: 'fixture-course/video-lesson', title: 'Video lesson' },
      { kind: 'QUIZ', id: 'fixture-course/check', title: 'Check' },
      { kind: 'SCENARIO', id: 'fixture-course/talk', title: 'A talk' },
    ]);
  });

  it('renders lesson Markdown without running the HTML an author wrote', async () => {
    const res = await t.gql(`{ lesson(id: "fixture-course/first-lesson", locale: "en") { title html video { url } } }`);
    expect(res.data?.lesson.html).toContain('<strong>this</strong>');
    expect(res.data?.lesson.html).toContain('&lt;script&gt;');
    expect(res.data?.lesson.video).toBeNull();
  });

  it('gives a video lesson its file, captions in every language and a transcript', async () => {
    const res = await t.gql(`{ lesson(id: "fixture-course/video-lesson", locale: "en") { video { url transcript captions { locale url } } } }`);
    const video = res.data?.lesson.video;
    expect(video.url).toBe('/media/fixture-course/clip.mp4');
    expect(video.transcript).toBe('Hello and welcome.\nTrust your children.');
    expect(video.captions).toEqual(
      expect.arrayContaining([
        { locale: 'en', url: '/media/fixture-course/clip.en.vtt' },
        { locale: 'ru', url: '/media/fixture-course/clip.ru.vtt' },
      ]),
    );
    const media = await fetch(`${t.url}${video.url}`, { headers: { range: 'bytes=0-99' } });
    expect(media.status).toBe(206);
    const captions = await fetch(`${t.url}/media/fixture-course/clip.en.vtt`);
    expect(captions.headers.get('content-type')).toMatch(/text\/vtt/);
  });

  it('refuses media paths that try to leave the media folder', async () => {
    for (const bad of ['/media/fixture-course/..%2Fcourse.yaml', '/media/..%2F..%2Fpackage.json/x.mp4', '/media/fixture-course/course.yaml']) {
      expect((await fetch(`${t.url}${bad}`)).status).toBe(404);
    }
  });

  it('never sends the correct answers with a quiz', async () => {
    const res = await t.gql(`{ quiz(id: "fixture-course/check", locale: "en") { passMark questions { id type options { id text } } } }`);
    expect(res.data?.quiz.passMark).toBe(60);
    expect(res.data?.quiz.questions.map((q: { type: string }) => q.type)).toEqual(['SINGLE', 'MULTIPLE', 'TRUE_FALSE']);
    const leak = await t.gql(`{ quiz(id: "fixture-course/check", locale: "en") { questions { options { correct } } } }`);
    expect(errorCode(leak)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('describes a scenario without giving its dialogue away', async () => {
    const res = await t.gql(`{ scenario(id: "fixture-course/talk", locale: "en") { title role counterpart decisionPoints } }`);
    expect(res.data?.scenario).toEqual({ title: 'A talk', role: 'PARENT', counterpart: 'Anya, 12', decisionPoints: 3 });
  });

  it('lists the help lines', async () => {
    const res = await t.gql(`{ helplines(locale: "be") { id name phones hours free locale } }`);
    expect(res.data?.helplines).toEqual([{ id: 'fixture-hotline', name: 'Тестовая линия', phones: ['113'], hours: '8:00–20:00', free: true, locale: 'ru' }]);
  });

  it('answers unknown ids with NOT_FOUND, not a crash', async () => {
    for (const query of [
      `{ course(id: "nope", locale: "en") { id } }`,
      `{ lesson(id: "fixture-course/nope", locale: "en") { id } }`,
      `{ quiz(id: "nope/nope", locale: "en") { id } }`,
      `{ scenario(id: "x", locale: "en") { id } }`,
    ]) {
      const res = await t.gql(query);
      expect(res.status).toBe(200);
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
  });

  it('answers an unknown locale and an oversized id with a clear BAD_USER_INPUT or NOT_FOUND', async () => {
    const locale = await t.gql(`{ courses(locale: "xx") { id } }`);
    expect(errorCode(locale)).toBe('BAD_USER_INPUT');
    expect(locale.errors?.[0]?.message).toMatch(/Unknown locale/);
    const huge = await t.gql(`query ($id: ID!) { course(id: $id, locale: "en") { id } }`, { id: 'x'.repeat(20_000) });
    expect(errorCode(huge)).toBe('NOT_FOUND');
    expect(huge.errors?.[0]?.message.length).toBeLessThan(300);
  });
});
