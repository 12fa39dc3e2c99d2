import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { ContentBundle, CourseContent, LessonVersion } from '@zorka/content';
import type { CourseEntity } from '../courses/course.entity';
import type { HelplineEntity } from '../helplines/helpline.entity';
import type { LessonEntity, LessonVersionRecord } from '../lessons/lesson.entity';
import type { QuizEntity } from '../quizzes/quiz.entity';
import type { ScenarioEntity } from '../scenarios/scenario.entity';
import { createMarkdownRenderer } from '../../common/markdown/render-markdown';
import { transcriptFromVtt } from '../../common/markdown/vtt-transcript';

/** What the importer writes, before the bookkeeping columns (hash, retirement, dates). */
type Imported<T> = Omit<T, 'contentHash' | 'retiredAt' | 'updatedAt'>;

export interface ContentRecords {
  courses: Imported<CourseEntity>[];
  lessons: Imported<LessonEntity>[];
  quizzes: Imported<QuizEntity>[];
  scenarios: Imported<ScenarioEntity>[];
  helplines: Imported<HelplineEntity>[];
}

export const mediaUrl = (courseId: string, file: string) => `/media/${courseId}/${encodeURIComponent(file)}`;

/** Hash of a record's content: unchanged content is not written again, so a re-import is a no-op. */
export function contentHash(record: object): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

function lessonVersion(
  course: CourseContent,
  render: (markdown: string) => string,
  version: LessonVersion,
  allVersions: Record<string, LessonVersion>,
): LessonVersionRecord {
  const record: LessonVersionRecord = { title: version.title, minutes: version.minutes, html: render(version.markdown) };
  if (version.video && version.captions) {
    const captionsPath = course.media[version.captions];
    const captions = Object.entries(allVersions)
      .filter(([, v]) => v.video === version.video && v.captions)
      .map(([locale, v]) => ({ locale, url: mediaUrl(course.id, v.captions!) }));
    record.video = {
      url: mediaUrl(course.id, version.video),
      captions,
      transcript: captionsPath ? transcriptFromVtt(fs.readFileSync(captionsPath, 'utf8')) : '',
    };
  }
  return record;
}

/** Turns a validated bundle into table rows, with full ids (`course/local`) everywhere. */
export function toRecords(bundle: ContentBundle): ContentRecords {
  const records: ContentRecords = { courses: [], lessons: [], quizzes: [], scenarios: [], helplines: [] };
  for (const course of bundle.courses) {
    const full = (local: string) => `${course.id}/${local}`;
    const render = createMarkdownRenderer(`/media/${course.id}`);
    records.courses.push({
      id: course.id,
      audience: course.audience,
      ageBands: course.ageBands,
      languages: course.languages,
      estimatedMinutes: course.estimatedMinutes,
      title: course.title,
      summary: course.summary,
      steps: course.steps.map((s) => ({ kind: s.kind, id: full(s.id) })),
      preTestId: course.preTest ? full(course.preTest) : null,
      postTestId: course.postTest ? full(course.postTest) : null,
      linkedCourseId: course.linkedCourse ?? null,
    });
    for (const lesson of course.lessons) {
      const versions = lesson.versions as Record<string, LessonVersion>;
      records.lessons.push({
        id: full(lesson.id),
        courseId: course.id,
        versions: Object.fromEntries(Object.entries(versions).map(([locale, v]) => [locale, lessonVersion(course, render, v, versions)])),
      });
    }
    for (const quiz of course.quizzes) {
      records.quizzes.push({ id: full(quiz.id), courseId: course.id, title: quiz.title, passMark: quiz.passMark, questions: quiz.questions });
    }
    for (const scenario of course.scenarios) {
      records.scenarios.push({
        id: full(scenario.id),
        courseId: course.id,
        title: scenario.title,
        role: scenario.role,
        counterpart: scenario.counterpart,
        linkedScenarioId: scenario.linkedScenario ?? null,
        startNode: scenario.start,
        nodes: scenario.nodes,
      });
    }
  }
  bundle.helplines.forEach((h, position) => records.helplines.push({ ...h, position }));
  return records;
}
