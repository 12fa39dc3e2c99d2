import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, REAL_CONTENT, startTestApp, type TestApp } from '../../harness/test-app';

const unchanged = { created: 0, updated: 0, retired: 0 };

describe('content import', () => {
  let t: TestApp;
  let content: string;
  beforeAll(async () => {
    content = fs.mkdtempSync(path.join(os.tmpdir(), 'zorka-content-'));
    fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
    t = await startTestApp({ contentDir: content });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(content, { recursive: true, force: true });
  });
  beforeEach(() => {
    fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
  });

  it('changes nothing when the same content is imported again', async () => {
    await t.importContent();
    const changes = await t.importContent();
    for (const table of Object.values(changes)) expect(table).toMatchObject(unchanged);
    expect(changes.lessons.unchanged).toBe(2);
  });

  it('updates a lesson whose file was edited', async () => {
    await t.importContent();
    const file = path.join(content, 'courses/fixture-course/lessons/first-lesson.en.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Read', 'Now read'));
    const changes = await t.importContent();
    expect(changes.lessons).toEqual({ created: 0, updated: 1, unchanged: 1, retired: 0 });
    const res = await t.gql(`{ lesson(id: "fixture-course/first-lesson", locale: "en") { html } }`);
    expect(res.data?.lesson.html).toContain('Now read');
  });

  it('retires a removed course but keeps its learners’ progress, and brings it back when restored', async () => {
    await t.importContent();
    const token = await t.newLearner();
    await t.gql(`mutation { completeLesson(lessonId: "fixture-course/first-lesson") { percent } }`, {}, token);

    fs.rmSync(path.join(content, 'courses/fixture-course'), { recursive: true });
    const changes = await t.importContent();
    expect(changes.courses.retired).toBe(1);
    expect((await t.gql(`{ courses(locale: "en") { id } }`)).data?.courses).toEqual([]);
    const progress = await t.gql(`{ myProgress(locale: "en") { courses { courseId percent } } }`, {}, token);
    expect(progress.data?.myProgress.courses).toEqual([{ courseId: 'fixture-course', percent: 25 }]);

    fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
    expect((await t.importContent()).courses).toMatchObject({ updated: 1 });
    expect((await t.gql(`{ courses(locale: "en") { id } }`)).data?.courses).toHaveLength(1);
  });

  it('imports nothing at all when one file is broken, and names the file', async () => {
    await t.importContent();
    const lesson = path.join(content, 'courses/fixture-course/lessons/first-lesson.en.md');
    fs.writeFileSync(lesson, fs.readFileSync(lesson, 'utf8').replace('Read', 'Changed'));
    fs.writeFileSync(path.join(content, 'courses/fixture-course/quizzes/check.yaml'), 'title: [unclosed\n');
    await expect(t.importContent()).rejects.toThrow(/quizzes\/check\.yaml/);
    const res = await t.gql(`{ lesson(id: "fixture-course/first-lesson", locale: "en") { html } }`);
    expect(res.data?.lesson.html).not.toContain('Changed');
  });
});

describe('the real content in content/', () => {
  it('imports, and every course has lessons, a quiz and a scenario', async () => {
    const t = await startTestApp({ contentDir: REAL_CONTENT });
    try {
      const courses = (await t.gql(`{ courses(locale: "en") { id } }`)).data?.courses as { id: string }[];
      expect(courses.length).toBeGreaterThanOrEqual(4);
      for (const { id } of courses) {
        const course = (await t.gql(`query ($id: ID!) { course(id: $id, locale: "en") { steps { kind } } }`, { id })).data?.course;
        const kinds = new Set(course.steps.map((s: { kind: string }) => s.kind));
        expect([...kinds].sort()).toEqual(['LESSON', 'QUIZ', 'SCENARIO']);
      }
    } finally {
      await t.close();
    }
  });
});
