import { z } from 'zod';
import { CONTENT_LOCALES } from './model';

/**
 * The one definition of the content format (content/README.md explains it to authors).
 * Every object is strict: an unknown field is a typo until proven otherwise.
 */

/** Lowercase words joined by single hyphens: `signs-of-abuse`. Folder and file names follow it too. */
export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z.string().regex(ID);
const text = z.string().trim().min(1);

export const translated = z.strictObject({ ru: text, en: text, be: text.optional() });

export const AUDIENCES = ['parents', 'youth', 'professionals'] as const;
export const AGE_BANDS = ['under-10', '10-13', '14-17', 'adults'] as const;
export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;
export const OUTCOMES = ['good', 'mixed', 'bad'] as const;
export const ROLES = ['parent', 'child', 'professional'] as const;

/** Issues raised here carry the fix in `params.fix`; their message continues "Step 2 ..." (see describe-issue). */
export type CustomIssueParams = { fix: string };

// One object with three optional keys rather than a union, so that a misspelt kind ("lessson")
// gets a "did you mean" and a bad id is reported at its own line.
export const STEP_KINDS = ['lesson', 'quiz', 'scenario'] as const;
const step = z.strictObject({ lesson: id.optional(), quiz: id.optional(), scenario: id.optional() }).superRefine((value, ctx) => {
  if (STEP_KINDS.filter((k) => value[k] !== undefined).length === 1) return;
  ctx.addIssue({
    code: 'custom',
    message: 'must name exactly one lesson, quiz or scenario',
    params: { fix: 'Write each step on its own line as "- lesson: <id>", "- quiz: <id>" or "- scenario: <id>"' } satisfies CustomIssueParams,
  });
});

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
  id,
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
  linkedScenario: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  start: id,
  nodes: z.array(node).min(1), // the playability checks explain what a scenario needs
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

/** Public video pages the app can turn into a privacy-enhanced player (youtube-nocookie.com, Vimeo with dnt=1). */
export const EMBED_LINK = /^https:\/\/((www\.|m\.)?youtube\.com\/watch\?v=[A-Za-z0-9_-]{11}(&\S*)?|youtu\.be\/[A-Za-z0-9_-]{11}|(www\.)?vimeo\.com\/\d{1,12})$/;
export const MATERIAL_KINDS = ['video', 'article', 'course'] as const;
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v, { message: 'is not a real date' });
const mediaName = (ext: string) => z.string().regex(new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]*\\.(${ext})$`));

// Like steps: one object with three optional kind keys, so that a misspelt kind gets a "did you mean".
const material = z
  .strictObject({
    video: id.optional(),
    article: id.optional(),
    course: id.optional(),
    title: text.max(160),
    summary: text.max(500),
    file: mediaName('mp4|webm').optional(),
    captions: mediaName('vtt').optional(),
    poster: mediaName('png|jpe?g|webp').optional(),
    embed: z.string().regex(EMBED_LINK, 'must be a youtube.com/watch?v=…, youtu.be/… or vimeo.com/… link').optional(),
  })
  .superRefine((value, ctx) => {
    const kinds = MATERIAL_KINDS.filter((k) => value[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'must name exactly one video, article or course',
        params: { fix: 'Start each material with "- video: <slug>", "- article: <slug>" or "- course: <course folder>"' } satisfies CustomIssueParams,
      });
      return;
    }
    if (value.video !== undefined && (value.file === undefined) === (value.embed === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs either a file or an embed link (not both)',
        params: { fix: 'Write "file: <name>.mp4" for a video in media/, or "embed: https://youtu.be/…" for a video on YouTube or Vimeo' } satisfies CustomIssueParams,
      });
    }
    const videoOnly = (['file', 'captions', 'poster', 'embed'] as const).filter((k) => value[k] !== undefined);
    if (value.video === undefined && videoOnly.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `has ${videoOnly.join(', ')}, which only a video has`,
        params: { fix: `Remove ${videoOnly.join(', ')}, or make the material a video` } satisfies CustomIssueParams,
      });
    }
  });

export const CAMPAIGN_STATUSES = ['draft', 'live', 'ended'] as const;

export const campaignFile = z.strictObject({
  title: text.max(160),
  goal: text.max(2000),
  audience: text.max(240),
  language: z.enum(CONTENT_LOCALES),
  status: z.enum(CAMPAIGN_STATUSES).default('draft'),
  startsOn: isoDay.optional(),
  endsOn: isoDay.optional(),
  materials: z.array(material).min(1),
});

export type CampaignFile = z.infer<typeof campaignFile>;
export type CourseFile = z.infer<typeof courseFile>;
export type QuizFile = z.infer<typeof quizFile>;
export type ScenarioFile = z.infer<typeof scenarioFile>;
export type HelplinesFile = z.infer<typeof helplinesFile>;
export type LessonFrontMatter = z.infer<typeof lessonFrontMatter>;
