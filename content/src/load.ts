import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { describeIssue } from './describe-issue';
import {
  CONTENT_LOCALES,
  REQUIRED_LOCALES,
  type ContentError,
  type ContentLocale,
  type CourseContent,
  type HelplineContent,
  type LessonContent,
  type LessonVersion,
  type LoadResult,
  type QuizContent,
  type ScenarioContent,
  type StepRef,
} from './model';
import { courseFile, helplinesFile, lessonFrontMatter, quizFile, scenarioFile } from './schema';
import { keysAt } from './schema-keys';
import { checkQuiz, checkScenario } from './semantic-checks';
import { YamlSource } from './yaml-source';

const LESSON_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(ru|en|be)\.md$/;
const YAML_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

/** Collects errors across every file: an author sees all problems at once, never one at a time. */
class Reader {
  readonly errors: ContentError[] = [];

  constructor(readonly root: string) {}

  rel(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/');
  }

  error(file: string, message: string, fix: string, line?: number): void {
    this.errors.push({ file, line, message, fix });
  }

  yaml<T>(abs: string, schema: z.ZodType<T>, text = fs.readFileSync(abs, 'utf8'), firstLine = 1): { data?: T; source: YamlSource } {
    const source = new YamlSource(this.rel(abs), text, firstLine);
    const data = source.parse(schema, (issue, s) => describeIssue(issue, s, (p) => keysAt(schema, p)));
    this.errors.push(...source.errors);
    return { data, source };
  }
}

const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.startsWith('.')).sort() : []);

/** Reads, validates and resolves the whole content tree. Nothing is returned unless everything is right. */
export async function loadContent(contentDir: string): Promise<LoadResult> {
  const reader = new Reader(path.resolve(contentDir));
  const helplines = loadHelplines(reader);
  const coursesDir = path.join(reader.root, 'courses');
  const courseIds = list(coursesDir).filter((name) => fs.statSync(path.join(coursesDir, name)).isDirectory());
  const courses = courseIds.map((id) => loadCourse(reader, id)).filter((c): c is CourseContent => c !== undefined);
  checkLinks(reader, courses);
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, bundle: { courses, helplines } };
}

function loadHelplines(reader: Reader): HelplineContent[] {
  const file = path.join(reader.root, 'helplines.yaml');
  if (!fs.existsSync(file)) {
    reader.error('helplines.yaml', 'The help-line list is missing', 'Create helplines.yaml (see content/README.md)');
    return [];
  }
  const { data, source } = reader.yaml(file, helplinesFile);
  const seen = new Set<string>();
  data?.forEach((h, i) => {
    if (seen.has(h.id)) reader.error(source.file, `The help line id "${h.id}" is used twice`, 'Give each help line its own id', source.lineOf([i, 'id']));
    seen.add(h.id);
  });
  return data ?? [];
}

function loadCourse(reader: Reader, courseId: string): CourseContent | undefined {
  const dir = path.join(reader.root, 'courses', courseId);
  const rel = reader.rel(dir);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(courseId)) {
    reader.error(rel, `The folder name "${courseId}" is not a valid course id`, 'Rename the folder with lowercase letters, digits and hyphens');
    return undefined;
  }
  const courseYaml = path.join(dir, 'course.yaml');
  if (!fs.existsSync(courseYaml)) {
    reader.error(`${rel}/course.yaml`, 'The course has no course.yaml', 'Create course.yaml with title, summary, audience, ageBands, estimatedMinutes and steps');
    return undefined;
  }
  const { data: course, source } = reader.yaml(courseYaml, courseFile);
  const media = Object.fromEntries(list(path.join(dir, 'media')).map((f) => [f, path.join(dir, 'media', f)]));
  const lessons = loadLessons(reader, dir, media);
  const quizzes = loadYamlFolder(reader, path.join(dir, 'quizzes'), quizFile, (id, data, src) => {
    const quiz: QuizContent = { id, ...data };
    checkQuiz(reader, src, quiz);
    return quiz;
  });
  const scenarios = loadYamlFolder(reader, path.join(dir, 'scenarios'), scenarioFile, (id, data, src) => {
    const { nodes, ...rest } = data;
    const scenario: ScenarioContent = {
      id,
      ...rest,
      nodes: nodes.map(({ text, ...node }) => (node.outcome ? { ...node, explanation: text } : { ...node, text })),
    };
    checkScenario(reader, src, scenario);
    return scenario;
  });
  if (!course) return undefined;

  const steps: StepRef[] = course.steps.map((s) =>
    'lesson' in s ? { kind: 'lesson', id: s.lesson } : 'quiz' in s ? { kind: 'quiz', id: s.quiz } : { kind: 'scenario', id: s.scenario },
  );
  const known = { lesson: new Set(lessons.map((l) => l.id)), quiz: new Set(quizzes.map((q) => q.id)), scenario: new Set(scenarios.map((s) => s.id)) };
  const folder = { lesson: 'lessons', quiz: 'quizzes', scenario: 'scenarios' };
  steps.forEach((step, i) => {
    if (!known[step.kind].has(step.id)) {
      const expected = step.kind === 'lesson' ? `lessons/${step.id}.ru.md and lessons/${step.id}.en.md` : `${folder[step.kind]}/${step.id}.yaml`;
      reader.error(source.file, `Step ${i + 1} names the ${step.kind} "${step.id}", but there is no such file`, `Create ${expected}, or correct the id`, source.lineOf(['steps', i]));
    }
  });
  for (const key of ['preTest', 'postTest'] as const) {
    const quizId = course[key];
    if (!quizId) continue;
    if (!known.quiz.has(quizId)) reader.error(source.file, `${key} names the quiz "${quizId}", but there is no quizzes/${quizId}.yaml`, 'Create that quiz or correct the id', source.lineOf([key]));
    if (steps.some((s) => s.kind === 'quiz' && s.id === quizId)) reader.error(source.file, `The quiz "${quizId}" is both ${key} and a step`, `Remove it from steps: tests taken before and after are listed only as ${key}`, source.lineOf([key]));
  }
  const used = new Set([...steps.map((s) => `${s.kind}:${s.id}`), course.preTest && `quiz:${course.preTest}`, course.postTest && `quiz:${course.postTest}`]);
  for (const [kind, ids] of Object.entries(known) as [keyof typeof known, Set<string>][]) {
    for (const unusedId of [...ids].filter((i) => !used.has(`${kind}:${i}`))) {
      reader.error(source.file, `The ${kind} "${unusedId}" is in the folder but not in steps`, `Add "- ${kind}: ${unusedId}" to steps, or delete its file`, source.lineOf(['steps']));
    }
  }

  return {
    id: courseId,
    title: course.title,
    summary: course.summary,
    audience: course.audience,
    ageBands: course.ageBands,
    estimatedMinutes: course.estimatedMinutes,
    linkedCourse: course.linkedCourse,
    preTest: course.preTest,
    postTest: course.postTest,
    steps,
    lessons,
    quizzes,
    scenarios,
    media,
    languages: courseLanguages(course, lessons, quizzes, scenarios),
  };
}

function loadYamlFolder<S extends z.ZodType, T>(reader: Reader, dir: string, schema: S, build: (id: string, data: z.infer<S>, source: YamlSource) => T): T[] {
  const result: T[] = [];
  for (const name of list(dir)) {
    const match = YAML_FILE.exec(name);
    if (!match?.[1]) {
      reader.error(reader.rel(path.join(dir, name)), 'This file name is not a valid id', 'Name it like "quiz-signs.yaml": lowercase letters, digits, hyphens, ending in .yaml');
      continue;
    }
    const { data, source } = reader.yaml(path.join(dir, name), schema);
    if (data) result.push(build(match[1], data as z.infer<S>, source));
  }
  return result;
}

function loadLessons(reader: Reader, courseDir: string, media: Record<string, string>): LessonContent[] {
  const dir = path.join(courseDir, 'lessons');
  const versions = new Map<string, Partial<Record<ContentLocale, LessonVersion>>>();
  for (const name of list(dir)) {
    const file = path.join(dir, name);
    const rel = reader.rel(file);
    const match = LESSON_FILE.exec(name);
    if (!match?.[1] || !match[2]) {
      reader.error(rel, 'This lesson file name is not "<lesson-id>.<language>.md"', 'Rename it like "signs-of-abuse.ru.md" (languages: ru, en, be)');
      continue;
    }
    const version = readLesson(reader, file, media);
    if (!version) continue;
    const byLocale = versions.get(match[1]) ?? {};
    byLocale[match[2] as ContentLocale] = version;
    versions.set(match[1], byLocale);
  }
  const lessons: LessonContent[] = [];
  for (const [id, byLocale] of versions) {
    const missing = REQUIRED_LOCALES.filter((l) => !byLocale[l]);
    if (missing.length > 0) {
      reader.error(reader.rel(path.join(dir, `${id}.${missing[0]}.md`)), `The lesson "${id}" has no ${missing.join(' and ')} version`, `Create lessons/${id}.${missing[0]}.md (every lesson needs Russian and English)`);
      continue;
    }
    lessons.push({ id, versions: byLocale as LessonContent['versions'] });
  }
  return lessons;
}

function readLesson(reader: Reader, file: string, media: Record<string, string>): LessonVersion | undefined {
  const rel = reader.rel(file);
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) {
    reader.error(rel, 'The lesson does not start with its header between two "---" lines', 'Begin the file with ---, then "title:" and "minutes:", then ---, then the text', 1);
    return undefined;
  }
  const { data, source } = reader.yaml(file, lessonFrontMatter, match[1] ?? '', 2);
  if (!data) return undefined;
  const body = (match[2] ?? '').trim();
  if (!body) reader.error(rel, 'The lesson has no text after its header', 'Write the lesson below the second ---');
  if (data.video && !data.captions) reader.error(rel, 'The video has no captions', 'Add "captions: <file>.vtt" (a WebVTT file in media/)', source.lineOf(['video']));
  if (data.captions && !data.video) reader.error(rel, 'There are captions but no video', 'Add "video: <file>.mp4", or remove "captions"', source.lineOf(['captions']));
  for (const key of ['video', 'captions'] as const) {
    const name = data[key];
    if (name && !media[name]) reader.error(rel, `The ${key} file "${name}" is not in this course's media folder`, `Put ${name} in media/, or correct the name`, source.lineOf([key]));
  }
  if (data.captions && media[data.captions] && !fs.readFileSync(media[data.captions]!, 'utf8').replace(/^\uFEFF/, '').startsWith('WEBVTT')) {
    reader.error(`${path.dirname(path.dirname(rel))}/media/${data.captions}`, 'This captions file is not WebVTT', 'The first line of a .vtt file must be WEBVTT', 1);
  }
  return { title: data.title, minutes: data.minutes, markdown: body, video: data.video, captions: data.captions };
}

/** Every translated text (an object with ru and en) anywhere inside a value. */
function translatedTexts(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => translatedTexts(v, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['ru'] === 'string' && typeof record['en'] === 'string') found.push(record);
    else Object.values(record).forEach((v) => translatedTexts(v, found));
  }
  return found;
}

/** Languages in which every text of a course exists: ru and en always (checked), be only when complete. */
function courseLanguages(
  course: z.infer<typeof courseFile>,
  lessons: LessonContent[],
  quizzes: QuizContent[],
  scenarios: ScenarioContent[],
): ContentLocale[] {
  const texts = translatedTexts([course.title, course.summary, quizzes, scenarios]);
  const complete = (locale: ContentLocale) => texts.every((t) => typeof t[locale] === 'string') && lessons.every((l) => l.versions[locale]);
  return CONTENT_LOCALES.filter((l) => REQUIRED_LOCALES.includes(l) || complete(l));
}

function checkLinks(reader: Reader, courses: CourseContent[]): void {
  const byId = new Map(courses.map((c) => [c.id, c]));
  for (const course of courses) {
    const file = `courses/${course.id}/course.yaml`;
    if (course.linkedCourse && !byId.has(course.linkedCourse)) {
      reader.error(file, `linkedCourse names "${course.linkedCourse}", but there is no such course folder`, 'Correct the id, or remove linkedCourse');
    }
    for (const scenario of course.scenarios) {
      if (!scenario.linkedScenario) continue;
      const [courseId, scenarioId] = scenario.linkedScenario.split('/');
      if (!byId.get(courseId ?? '')?.scenarios.some((s) => s.id === scenarioId)) {
        reader.error(`courses/${course.id}/scenarios/${scenario.id}.yaml`, `linkedScenario names "${scenario.linkedScenario}", which does not exist`, 'Write it as "<course-id>/<scenario-id>" of an existing scenario, or remove it');
      }
    }
  }
}

export type { Reader };
