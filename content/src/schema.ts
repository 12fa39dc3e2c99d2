import { z } from 'zod';
import { CONTENT_LOCALES } from './model';

/**
 * The one definition of the content format (content/README.md explains it to authors).
 * Every object is strict: an unknown field is a typo until proven otherwise.
 */

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z.string().regex(ID);
const text = z.string().trim().min(1);

export const translated = z.strictObject({ ru: text, en: text, be: text.optional() });

export const AUDIENCES = ['parents', 'youth', 'professionals'] as const;
export const AGE_BANDS = ['under-10', '10-13', '14-17', 'adults'] as const;
export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;
export const OUTCOMES = ['good', 'mixed', 'bad'] as const;
export const ROLES = ['parent', 'child', 'professional'] as const;

const step = z.union([
  z.strictObject({ lesson: id }),
  z.strictObject({ quiz: id }),
  z.strictObject({ scenario: id }),
]);

export const courseFile = z.strictObject({
  title: translated,
  summary: translated,
  audience: z.enum(AUDIENCES),
  ageBands: z.array(z.enum(AGE_BANDS)).min(1),
  estimatedMinutes: z.number().int().min(1).max(600),
  linkedCourse: id.optional(),
  preTest: id.optional(),
  postTest: id.optional(),
  steps: z.array(step).min(1),
});

export const lessonFrontMatter = z.strictObject({
  title: text,
  minutes: z.number().int().min(1).max(240),
  video: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(mp4|webm)$/).optional(),
  captions: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.vtt$/).optional(),
});

const option = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  correct: z.boolean().default(false),
  text: translated,
  feedback: translated,
});

const question = z.strictObject({
  id,
  type: z.enum(QUESTION_TYPES),
  topic: id.optional(),
  prompt: translated,
  options: z.array(option).min(2).max(10),
});

export const quizFile = z.strictObject({
  title: translated,
  passMark: z.number().int().min(0).max(100),
  questions: z.array(question).min(1),
});

const choice = z.strictObject({ id, text: translated, reaction: translated, next: id });

const node = z.strictObject({
  id,
  text: translated.optional(),
  choices: z.array(choice).min(2).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  title: translated.optional(),
});

export const scenarioFile = z.strictObject({
  title: translated,
  role: z.enum(ROLES),
  counterpart: translated,
  linkedScenario: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).optional(),
  start: id,
  nodes: z.array(node).min(4),
});

export const helplinesFile = z.array(
  z.strictObject({
    id,
    name: translated,
    phones: z.array(z.string().regex(/^[+0-9][0-9 ()-]{1,30}$/)).min(1),
    hours: translated,
    languages: z.array(z.enum(CONTENT_LOCALES)).min(1),
    topics: translated,
    free: z.boolean(),
  }),
);

export type CourseFile = z.infer<typeof courseFile>;
export type QuizFile = z.infer<typeof quizFile>;
export type ScenarioFile = z.infer<typeof scenarioFile>;
export type HelplinesFile = z.infer<typeof helplinesFile>;
export type LessonFrontMatter = z.infer<typeof lessonFrontMatter>;
