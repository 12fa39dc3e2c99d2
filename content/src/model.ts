/**
 * What the content loader hands to the importer: a fully validated, resolved bundle.
 * This is the contract between `content/` (files) and `backend/` (database); the backend
 * never reads content files itself.
 */

/** Languages content may be written in. `ru` and `en` are required for every text. */
export const CONTENT_LOCALES = ['ru', 'en', 'be'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export const REQUIRED_LOCALES: readonly ContentLocale[] = ['ru', 'en'];

/** A text in several languages: always has ru and en, maybe be. */
export type Translated = { ru: string; en: string; be?: string };

export type Audience = 'parents' | 'youth' | 'professionals';
export type AgeBand = 'under-10' | '10-13' | '14-17' | 'adults';
export type QuestionType = 'single' | 'multiple' | 'true-false';
export type OutcomeKind = 'good' | 'mixed' | 'bad';
export type ScenarioRole = 'parent' | 'child' | 'professional';

export type StepRef = { kind: 'lesson' | 'quiz' | 'scenario'; id: string };

export interface CourseContent {
  /** Folder name, e.g. `teach-children-to-see-lies` */
  id: string;
  title: Translated;
  summary: Translated;
  audience: Audience;
  ageBands: AgeBand[];
  estimatedMinutes: number;
  /** Full id of the linked course, if any */
  linkedCourse?: string;
  /** Local quiz ids (not in steps) */
  preTest?: string;
  postTest?: string;
  /** In order; ids are local to the course */
  steps: StepRef[];
  lessons: LessonContent[];
  quizzes: QuizContent[];
  scenarios: ScenarioContent[];
  /** Absolute paths of every file in media/, keyed by file name */
  media: Record<string, string>;
  /** Languages in which every text of the course exists */
  languages: ContentLocale[];
}

export interface LessonVersion {
  title: string;
  minutes: number;
  /** Markdown body without the front matter */
  markdown: string;
  /** File name in media/ */
  video?: string;
  /** File name in media/ (.vtt) */
  captions?: string;
}

export interface LessonContent {
  /** Local id, e.g. `signs-of-abuse` */
  id: string;
  /** One version per language file present (ru and en always) */
  versions: Partial<Record<ContentLocale, LessonVersion>> & { ru: LessonVersion; en: LessonVersion };
}

export interface QuizOptionContent {
  id: string;
  text: Translated;
  feedback: Translated;
  correct: boolean;
}

export interface QuizQuestionContent {
  id: string;
  type: QuestionType;
  topic?: string;
  prompt: Translated;
  options: QuizOptionContent[];
}

export interface QuizContent {
  id: string;
  title: Translated;
  /** Percent 0-100 */
  passMark: number;
  questions: QuizQuestionContent[];
}

export interface ScenarioChoiceContent {
  id: string;
  text: Translated;
  reaction: Translated;
  next: string;
}

export interface ScenarioNodeContent {
  id: string;
  /** Decision point: what the other side says; ending: absent */
  text?: Translated;
  choices?: ScenarioChoiceContent[];
  outcome?: OutcomeKind;
  /** Endings only */
  title?: Translated;
  /** Endings: the explanation */
  explanation?: Translated;
}

export interface ScenarioContent {
  id: string;
  title: Translated;
  role: ScenarioRole;
  counterpart: Translated;
  linkedScenario?: string;
  start: string;
  nodes: ScenarioNodeContent[];
}

export interface HelplineContent {
  id: string;
  name: Translated;
  phones: string[];
  hours: Translated;
  languages: ContentLocale[];
  topics: Translated;
  free: boolean;
}

export type CampaignStatusContent = 'draft' | 'live' | 'ended';

export interface CampaignMaterialContent {
  /** URL part, unique in the campaign: /c/<campaign>/<slug> */
  slug: string;
  kind: 'video' | 'article' | 'course';
  title: string;
  summary: string;
  /** Articles: Markdown body of articles/<slug>.md */
  markdown?: string;
  /** Videos: file names in media/ */
  videoFile?: string;
  captionsFile?: string;
  posterFile?: string;
  /** Videos hosted on YouTube or Vimeo: the public link as the author wrote it */
  embed?: string;
  /** Courses: the course folder name */
  courseId?: string;
}

/** A campaign as written in content/campaigns/<slug>/campaign.yaml: one language per campaign. */
export interface CampaignContent {
  /** Folder name, e.g. `see-lies-en` */
  slug: string;
  title: string;
  goal: string;
  audience: string;
  language: ContentLocale;
  /** Status given at the first import only: afterwards the campaign manager sets it in the app */
  status: CampaignStatusContent;
  startsOn?: string;
  endsOn?: string;
  materials: CampaignMaterialContent[];
  /** Absolute paths of every file in media/, keyed by file name */
  media: Record<string, string>;
}

export interface ContentBundle {
  courses: CourseContent[];
  helplines: HelplineContent[];
  campaigns: CampaignContent[];
}

/** One problem found in the content, phrased for an author who is not a programmer. */
export interface ContentError {
  /** Path relative to the content folder, e.g. `courses/x/quizzes/q.yaml` */
  file: string;
  /** 1-based line, when known */
  line?: number;
  /** What is wrong */
  message: string;
  /** What to write instead */
  fix: string;
}

export type LoadResult = { ok: true; bundle: ContentBundle } | { ok: false; errors: ContentError[] };
