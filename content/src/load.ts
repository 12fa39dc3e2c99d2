import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { loadCampaigns } from './campaigns';
import { suggest } from './describe-issue';
import { checkCaptionFiles, loadLessons } from './lessons';
import {
  CONTENT_LOCALES,
  REQUIRED_LOCALES,
  type ContentLocale,
  type CourseContent,
  type HelplineContent,
  type LoadResult,
  type QuizContent,
  type ScenarioContent,
  type StepRef,
} from './model';
import { list, Reader } from './reader';
import { courseFile, helplinesFile, ID, quizFile, scenarioFile, STEP_KINDS } from './schema';
import { checkQuiz, checkScenario } from './semantic-checks';
import type { YamlSource } from './yaml-source';

const YAML_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;
const COURSE_ENTRIES = ['course.yaml', 'lessons', 'quizzes', 'scenarios', 'media'];
const FOLDER = { lesson: 'lessons', quiz: 'quizzes', scenario: 'scenarios' } as const;
type Kind = keyof typeof FOLDER;

/**
 * Reads, validates and resolves the whole content tree. Every problem in every file is reported;
 * no bundle is returned unless there is none, so a mistake never reaches the database.
 */
export async function loadContent(contentDir: string): Promise<LoadResult> {
  const reader = new Reader(path.resolve(contentDir));
  const helplines = loadHelplines(reader);
  const coursesDir = path.join(reader.root, 'courses');
  const courseIds = list(coursesDir).filter((name) => fs.statSync(path.join(coursesDir, name)).isDirectory());
  const courses = courseIds.map((id) => loadCourse(reader, id, new Set(courseIds))).filter((c) => c !== undefined);
  const campaigns = loadCampaigns(reader, new Set(courseIds));
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, bundle: { courses, helplines, campaigns } };
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

function loadCourse(reader: Reader, courseId: string, courseIds: Set<string>): CourseContent | undefined {
  const dir = path.join(reader.root, 'courses', courseId);
  const rel = reader.rel(dir);
  if (!ID.test(courseId)) {
    reader.error(rel, `The folder name "${courseId}" is not a valid course id`, 'Rename the folder with lowercase letters, digits and single hyphens');
    return undefined;
  }
  for (const entry of list(dir).filter((e) => !COURSE_ENTRIES.includes(e))) {
    const guess = suggest(entry, COURSE_ENTRIES);
    const fix = guess ? `Did you mean "${guess}"? Rename it.` : `Move it out of the course folder, which holds only ${COURSE_ENTRIES.join(', ')}`;
    reader.error(`${rel}/${entry}`, `"${entry}" does not belong in a course folder`, fix);
  }
  const courseYaml = path.join(dir, 'course.yaml');
  const parsed = fs.existsSync(courseYaml) ? reader.yaml(courseYaml, courseFile) : undefined;
  if (!parsed) reader.error(`${rel}/course.yaml`, 'The course has no course.yaml', 'Create course.yaml with title, summary, audience, ageBands, estimatedMinutes and steps');

  // Each part is checked even when course.yaml is wrong, so that all mistakes show at once.
  const mediaFiles = list(path.join(dir, 'media')).map((f) => [f, path.join(dir, 'media', f)] as const);
  const media = Object.fromEntries(mediaFiles.filter(([, abs]) => fs.statSync(abs).isFile()));
  checkCaptionFiles(reader, media);
  const { lessons, ids: lessonIds } = loadLessons(reader, dir, media);
  const quizzes = loadYamlFolder(reader, path.join(dir, 'quizzes'), quizFile, (id, data, src) => {
    const quiz: QuizContent = { id, ...data };
    checkQuiz(reader, src, quiz);
    return quiz;
  });
  const scenarios = loadYamlFolder(reader, path.join(dir, 'scenarios'), scenarioFile, (id, data, src) => {
    const scenario = toScenario(id, data);
    checkScenario(reader, src, scenario);
    checkLinkedScenario(reader, src, scenario);
    return scenario;
  });
  const { data: course, source } = parsed ?? {};
  if (!course || !source) return undefined;

  const steps: StepRef[] = course.steps.flatMap((s) => STEP_KINDS.filter((kind) => s[kind]).map((kind) => ({ kind, id: s[kind]! })));
  const written = { lesson: lessonIds, quiz: quizzes.ids, scenario: scenarios.ids };
  checkSteps(reader, source, course, steps, written);
  if (course.linkedCourse && !courseIds.has(course.linkedCourse)) {
    reader.error(source.file, `linkedCourse names "${course.linkedCourse}", but there is no such course folder`, 'Write the folder name of an existing course, or remove linkedCourse', source.lineOf(['linkedCourse']));
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
    quizzes: quizzes.items,
    scenarios: scenarios.items,
    media,
    languages: courseLanguages([course.title, course.summary, quizzes.items, scenarios.items], lessons.map((l) => l.versions)),
  };
}

/** Steps name files that exist; every file is used exactly where the guide says. */
function checkSteps(reader: Reader, source: YamlSource, course: z.infer<typeof courseFile>, steps: StepRef[], written: Record<Kind, Set<string>>): void {
  steps.forEach((step, i) => {
    if (written[step.kind].has(step.id)) return;
    const expected = step.kind === 'lesson' ? `lessons/${step.id}.ru.md and lessons/${step.id}.en.md` : `${FOLDER[step.kind]}/${step.id}.yaml`;
    reader.error(source.file, `Step ${i + 1} names the ${step.kind} "${step.id}", but there is no such file`, `Create ${expected}, or correct the id`, source.lineOf(['steps', i]));
  });
  for (const key of ['preTest', 'postTest'] as const) {
    const quizId = course[key];
    if (!quizId) continue;
    if (!written.quiz.has(quizId)) reader.error(source.file, `${key} names the quiz "${quizId}", but there is no quizzes/${quizId}.yaml`, 'Create that quiz, or correct the id', source.lineOf([key]));
    const i = steps.findIndex((s) => s.kind === 'quiz' && s.id === quizId);
    if (i >= 0) reader.error(source.file, `The quiz "${quizId}" is both the ${key} and a step`, `Remove "- quiz: ${quizId}" from steps: a test taken before or after the training is listed only as ${key}`, source.lineOf(['steps', i]));
  }
  const used = new Set([...steps.map((s) => `${s.kind}:${s.id}`), `quiz:${course.preTest}`, `quiz:${course.postTest}`]);
  for (const kind of STEP_KINDS) {
    for (const id of [...written[kind]].filter((i) => !used.has(`${kind}:${i}`))) {
      const file = kind === 'lesson' ? `lessons/${id}.*.md` : `${FOLDER[kind]}/${id}.yaml`;
      reader.error(source.file, `The ${kind} "${id}" (${file}) is not used in steps`, `Add "- ${kind}: ${id}" to steps, or delete its file`, source.lineOf(['steps']));
    }
  }
}

/** The file writes an ending's explanation as `text`; the model names it `explanation`. */
function toScenario(id: string, data: z.infer<typeof scenarioFile>): ScenarioContent {
  const nodes = data.nodes.map(({ text, ...node }) => (node.outcome ? { ...node, explanation: text } : { ...node, text }));
  return { id, ...data, nodes };
}

function checkLinkedScenario(reader: Reader, source: YamlSource, scenario: ScenarioContent): void {
  const link = scenario.linkedScenario;
  if (!link) return;
  const [courseId = '', scenarioId = ''] = link.split('/');
  if (fs.existsSync(path.join(reader.root, 'courses', courseId, 'scenarios', `${scenarioId}.yaml`))) return;
  reader.error(source.file, `linkedScenario names "${link}", but there is no courses/${courseId}/scenarios/${scenarioId}.yaml`, 'Write "<course-id>/<scenario-id>" of an existing scenario, or remove linkedScenario', source.lineOf(['linkedScenario']));
}

/** Loads every `<id>.yaml` of a folder. `ids` lists every well-named file, valid or not. */
function loadYamlFolder<S extends z.ZodType, T>(reader: Reader, dir: string, schema: S, build: (id: string, data: z.infer<S>, source: YamlSource) => T): { items: T[]; ids: Set<string> } {
  const items: T[] = [];
  const ids = new Set<string>();
  const byId = (name: string) => name.replace(/\.yaml$/, ''); // so that "a.yaml" comes before "a-b.yaml"
  for (const name of list(dir).sort((a, b) => (byId(a) < byId(b) ? -1 : 1))) {
    const match = YAML_FILE.exec(name);
    if (!match?.[1]) {
      reader.error(reader.rel(path.join(dir, name)), 'This file name is not "<id>.yaml"', 'Rename it like "quiz-signs.yaml": lowercase letters, digits and hyphens, ending in .yaml');
      continue;
    }
    ids.add(match[1]);
    const { data, source } = reader.yaml(path.join(dir, name), schema);
    if (data) items.push(build(match[1], data as z.infer<S>, source));
  }
  return { items, ids };
}

/** Languages in which every text of a course exists: ru and en always (checked), be only when complete. */
function courseLanguages(texts: unknown[], lessonVersions: Partial<Record<ContentLocale, unknown>>[]): ContentLocale[] {
  const translated: Record<string, unknown>[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // A translated text is the only object with both ru and en strings.
      if (typeof record['ru'] === 'string' && typeof record['en'] === 'string') translated.push(record);
      else Object.values(record).forEach(collect);
    }
  };
  collect(texts);
  const complete = (l: ContentLocale) => translated.every((t) => typeof t[l] === 'string') && lessonVersions.every((v) => v[l]);
  return CONTENT_LOCALES.filter((l) => REQUIRED_LOCALES.includes(l) || complete(l));
}
