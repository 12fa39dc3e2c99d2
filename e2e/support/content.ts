/**
 * Reads the real course files in content/ (the ones the server imports at start), so that journeys
 * know the right answers, the role-play paths and the titles without copying them into the tests.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const COURSES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'courses');

export type Locale = 'ru' | 'be' | 'en';
export type Text = Partial<Record<Locale, string>>;

export interface QuizOption {
  id: string;
  correct?: boolean;
  text: Text;
  feedback: Text;
}

export interface QuizQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: Text;
  options: QuizOption[];
}

export interface Quiz {
  title: Text;
  passMark: number;
  questions: QuizQuestion[];
}

export interface ScenarioChoice {
  id: string;
  text: Text;
  reaction?: Text;
  next: string;
}

export interface ScenarioNode {
  id: string;
  text?: Text;
  choices?: ScenarioChoice[];
  outcome?: 'good' | 'mixed' | 'bad';
  title?: Text;
}

export interface Scenario {
  title: Text;
  counterpart: Text;
  start: string;
  nodes: ScenarioNode[];
}

export interface Course {
  title: Text;
  steps: Array<{ lesson?: string; quiz?: string; scenario?: string }>;
}

const readYaml = <T>(...parts: string[]): T => parse(readFileSync(path.join(COURSES_DIR, ...parts), 'utf8')) as T;

export const loadCourse = (courseId: string): Course => readYaml<Course>(courseId, 'course.yaml');
export const loadQuiz = (courseId: string, quizId: string): Quiz => readYaml<Quiz>(courseId, 'quizzes', `${quizId}.yaml`);
export const loadScenario = (courseId: string, scenarioId: string): Scenario =>
  readYaml<Scenario>(courseId, 'scenarios', `${scenarioId}.yaml`);

/** A text in one language; fails loudly when the content lacks it (the test would be meaningless). */
export function inLocale(text: Text | undefined, locale: Locale): string {
  const value = text?.[locale];
  if (!value) throw new Error(`content has no "${locale}" text here: ${JSON.stringify(text)}`);
  return value.trim();
}

/** The header of a lesson's Markdown file (title, minutes, video, captions). */
export function lessonHeader(courseId: string, lessonId: string, locale: Locale): { title: string; video?: string; captions?: string } {
  const file = readFileSync(path.join(COURSES_DIR, courseId, 'lessons', `${lessonId}.${locale}.md`), 'utf8');
  const header = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file)?.[1];
  if (!header) throw new Error(`${courseId}/${lessonId}.${locale}.md has no header`);
  return parse(header) as { title: string; video?: string; captions?: string };
}

/** The lessons of a course in the order of its steps. */
export const lessonIds = (course: Course): string[] => course.steps.flatMap((step) => (step.lesson ? [step.lesson] : []));

/** The text of the first cue of a WebVTT file in a course's media folder. */
export function firstCaption(courseId: string, vttFile: string): string {
  const vtt = readFileSync(path.join(COURSES_DIR, courseId, 'media', vttFile), 'utf8').replace(/\r\n?/g, '\n');
  for (const block of vtt.split(/\n{2,}/)) {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => line.includes('-->'));
    if (timing !== -1) return lines.slice(timing + 1).join(' ').trim();
  }
  throw new Error(`${vttFile} has no cue`);
}

/** The answers that score every question of a quiz right. */
export function rightAnswers(question: QuizQuestion): QuizOption[] {
  return question.options.filter((option) => option.correct === true);
}

/** One wrong answer per question (for a multiple-choice question: one wrong option alone). */
export function wrongAnswer(question: QuizQuestion): QuizOption {
  const wrong = question.options.find((option) => option.correct !== true);
  if (!wrong) throw new Error(`question ${question.id} has no wrong option`);
  return wrong;
}

export interface ScenarioPath {
  choices: ScenarioChoice[];
  ending: ScenarioNode & { outcome: 'good' | 'mixed' | 'bad' };
}

/** The shortest path (fewest choices) from the start to an ending of each kind: good, mixed, bad. */
export function shortestPathToEachOutcome(scenario: Scenario): Map<'good' | 'mixed' | 'bad', ScenarioPath> {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const found = new Map<'good' | 'mixed' | 'bad', ScenarioPath>();
  const seen = new Set<string>([scenario.start]);
  const queue: Array<{ id: string; choices: ScenarioChoice[] }> = [{ id: scenario.start, choices: [] }];
  while (queue.length) {
    const { id, choices } = queue.shift()!;
    const node = byId.get(id);
    if (!node) throw new Error(`scenario node "${id}" does not exist`);
    if (node.outcome) {
      if (!found.has(node.outcome)) found.set(node.outcome, { choices, ending: { ...node, outcome: node.outcome } });
      continue;
    }
    for (const choice of node.choices ?? []) {
      if (seen.has(choice.next)) continue;
      seen.add(choice.next);
      queue.push({ id: choice.next, choices: [...choices, choice] });
    }
  }
  return found;
}

/** Two paths that end in endings of different kinds (the good one first when there is one). */
export function twoDifferentEndings(scenario: Scenario): [ScenarioPath, ScenarioPath] {
  const paths = [...shortestPathToEachOutcome(scenario).entries()]
    .sort(([a], [b]) => ['good', 'bad', 'mixed'].indexOf(a) - ['good', 'bad', 'mixed'].indexOf(b))
    .map(([, p]) => p);
  if (paths.length < 2) throw new Error('the scenario has endings of only one kind');
  return [paths[0]!, paths[1]!];
}

/** The first sentence of a lesson's text, without Markdown marks: something a reader sees on the page. */
export function firstSentence(courseId: string, lessonId: string, locale: Locale): string {
  const file = readFileSync(path.join(COURSES_DIR, courseId, 'lessons', `${lessonId}.${locale}.md`), 'utf8');
  const body = file.replace(/^---\r?\n[\s\S]*?\r?\n---/, '');
  const paragraph = body.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).find((p) => p && !/^[#>\-*|!\d[]/.test(p));
  if (!paragraph) throw new Error(`${courseId}/${lessonId}.${locale}.md has no plain paragraph`);
  const plain = paragraph.replace(/\*\*|__|[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ');
  return plain.split(/(?<=[.!?])\s/)[0]!;
}
