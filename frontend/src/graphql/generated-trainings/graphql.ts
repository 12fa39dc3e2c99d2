/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

/** Age band of the learners a course is written for */
export type AgeBand =
  | 'ADULTS'
  | 'AGE_10_13'
  | 'AGE_14_17'
  | 'UNDER_10';

/** Who a course is written for */
export type Audience =
  | 'PARENTS'
  | 'PROFESSIONALS'
  | 'YOUTH';

/** Figures of one tracked link or one source */
export type BreakdownRow = {
  /** Link code, source host, or "direct" */
  key: Scalars['String']['output'];
  /** What to show: the channel, the host, or "No tracked link" / "Direct or unknown" */
  label: Scalars['String']['output'];
  /** Page views */
  views: Scalars['Int']['output'];
  /** Visitor-days */
  visitors: Scalars['Int']['output'];
};

/** An awareness campaign */
export type Campaign = {
  /** Who it is for */
  audience: Scalars['String']['output'];
  /** Last day, YYYY-MM-DD */
  endsOn: Maybe<Scalars['String']['output']>;
  /** What the campaign wants to change */
  goal: Scalars['String']['output'];
  /** Campaign id */
  id: Scalars['ID']['output'];
  /** Languages of its materials */
  languages: Array<Scalars['String']['output']>;
  /** Materials in order */
  materials: Array<CampaignMaterial>;
  /** Where it is defined */
  origin: CampaignOrigin;
  /** URL part: /c/<slug> */
  slug: Scalars['String']['output'];
  /** First day, YYYY-MM-DD */
  startsOn: Maybe<Scalars['String']['output']>;
  /** Draft, live or ended */
  status: CampaignStatus;
  /** Title */
  title: Scalars['String']['output'];
  /** Last change */
  updatedAt: Scalars['DateTime']['output'];
};

/** A campaign’s reach in a period, read from daily roll-ups */
export type CampaignDashboard = {
  /** Campaign id */
  campaignId: Scalars['ID']['output'];
  /** Every day of the period, zero-filled */
  daily: Array<DayFigure>;
  /** First day, YYYY-MM-DD */
  from: Scalars['String']['output'];
  /** Headline figure, labelled honestly */
  headline: ReachHeadline;
  /** Reach reported from outside, dated in the period */
  ledger: Array<LedgerEntry>;
  /** Per tracked link, and "direct" for visits without one */
  links: Array<BreakdownRow>;
  /** Per material, in campaign order */
  materials: Array<MaterialFigures>;
  /** Totals of the period of the same length just before `from` */
  previous: ReachTotals;
  /** When the roll-ups were last brought up to date */
  rolledUpAt: Maybe<Scalars['DateTime']['output']>;
  /** Per referring host ("direct" when none) */
  sources: Array<BreakdownRow>;
  /** Last day, YYYY-MM-DD */
  to: Scalars['String']['output'];
  /** Totals of the period */
  totals: ReachTotals;
};

/** A campaign’s own fields */
export type CampaignInput = {
  /** Audience, 1-240 characters */
  audience: Scalars['String']['input'];
  /** Last day, YYYY-MM-DD, not before the first */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** Goal, 1-2000 characters */
  goal: Scalars['String']['input'];
  /** Languages (ru, be, en), at least one */
  languages: Array<Scalars['String']['input']>;
  /** URL part; made from the title when empty; fixed once the campaign exists */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** First day, YYYY-MM-DD */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1-160 characters */
  title: Scalars['String']['input'];
};

/** One material of a campaign */
export type CampaignMaterial = {
  /** When kind = ARTICLE: rendered HTML (raw HTML in the source is shown as text) */
  articleHtml: Maybe<Scalars['String']['output']>;
  /** When kind = ARTICLE: the Markdown source, for staff only (null for the public) */
  articleMarkdown: Maybe<Scalars['String']['output']>;
  /** When kind = COURSE: the course it promotes */
  courseSlug: Maybe<Scalars['String']['output']>;
  /** When kind = COURSE: that course’s title in the material’s language */
  courseTitle: Maybe<Scalars['String']['output']>;
  /** Material id */
  id: Scalars['ID']['output'];
  /** Video, article or course link */
  kind: MaterialKind;
  /** Language: ru, be or en */
  locale: Scalars['String']['output'];
  /** Order on the campaign page, from 0 */
  position: Scalars['Int']['output'];
  /** URL part: /c/<campaignSlug>/<materialSlug> */
  slug: Scalars['String']['output'];
  /** One or two sentences */
  summary: Scalars['String']['output'];
  /** Title */
  title: Scalars['String']['output'];
  /** When kind = VIDEO */
  video: Maybe<CampaignVideo>;
};

/** CONTENT: defined in content/ files (read-only in the UI except status, links and ledger); EDITOR: made in the UI */
export type CampaignOrigin =
  | 'CONTENT'
  | 'EDITOR';

/** DRAFT: only staff see it; LIVE: public and measured; ENDED: hidden, figures kept */
export type CampaignStatus =
  | 'DRAFT'
  | 'ENDED'
  | 'LIVE';

/** A video: a self-hosted file, or a privacy-enhanced embed loaded only after the viewer clicks */
export type CampaignVideo = {
  /** Captions files */
  captions: Array<VideoCaptions>;
  /** "YouTube" or "Vimeo", for the click-to-load notice */
  embedProvider: Maybe<Scalars['String']['output']>;
  /** Privacy-enhanced embed URL (youtube-nocookie.com or player.vimeo.com with dnt=1) */
  embedUrl: Maybe<Scalars['String']['output']>;
  /** Poster image URL */
  posterSrc: Maybe<Scalars['String']['output']>;
  /** Self-hosted file URL (/media/...); null when embedUrl is used */
  src: Maybe<Scalars['String']['output']>;
  /** Transcript made from the captions, as HTML */
  transcriptHtml: Maybe<Scalars['String']['output']>;
};

/** A captions file for a video */
export type Caption = {
  /** Language of the captions */
  locale: Scalars['String']['output'];
  /** URL of the WebVTT file, served by Zorka */
  url: Scalars['String']['output'];
};

/** A certificate of completion */
export type Certificate = {
  /** Verification code printed on it */
  code: Scalars['String']['output'];
  /** Training course, in the requested language */
  courseTitle: Scalars['String']['output'];
  /** Training dates, YYYY-MM-DD to YYYY-MM-DD */
  dates: Scalars['String']['output'];
  /** Group (training) name */
  groupName: Scalars['String']['output'];
  /** Date of issue, YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  /** Name on the certificate (the nickname the participant chose) */
  nickname: Scalars['String']['output'];
  /** Path of the PDF */
  pdfPath: Scalars['String']['output'];
  /** Path of the public page that verifies it */
  verifyPath: Scalars['String']['output'];
};

/** A course with its steps */
export type Course = {
  /** Age bands of its learners */
  ageBands: Array<AgeBand>;
  /** Who the course is written for */
  audience: Audience;
  /** About how long it takes */
  estimatedMinutes: Scalars['Int']['output'];
  /** The course id (its folder name in content/) */
  id: Scalars['ID']['output'];
  /** Languages the course is fully written in */
  languages: Array<Scalars['String']['output']>;
  /** The same topic written for the other audience (parents / youth) */
  linkedCourseId: Maybe<Scalars['ID']['output']>;
  /** Language the texts were returned in (differs from the requested one when a translation is missing) */
  locale: Scalars['String']['output'];
  /** Quiz of the same knowledge taken after the course */
  postTestId: Maybe<Scalars['ID']['output']>;
  /** Quiz taken before the course, for measuring knowledge gain */
  preTestId: Maybe<Scalars['ID']['output']>;
  /** Number of steps */
  stepCount: Scalars['Int']['output'];
  /** Lessons, quizzes and scenarios in order */
  steps: Array<CourseStep>;
  /** One or two sentences on what the course is for */
  summary: Scalars['String']['output'];
  /** Title */
  title: Scalars['String']['output'];
};

/** A learner's progress in one course */
export type CourseProgress = {
  /** Steps done: lessons read, quizzes passed, scenarios played to an ending */
  completedStepIds: Array<Scalars['ID']['output']>;
  /** The course */
  courseId: Scalars['ID']['output'];
  /** Language the title was returned in */
  locale: Scalars['String']['output'];
  /** Percent of steps done, 0-100 */
  percent: Scalars['Int']['output'];
  /** Number of steps in the course */
  stepCount: Scalars['Int']['output'];
  /** Course title */
  title: Scalars['String']['output'];
};

/** One step of a course, in the order learners take them */
export type CourseStep = {
  /** Full id, e.g. teach-children-to-see-lies/quiz-signs */
  id: Scalars['ID']['output'];
  /** Lesson, quiz or role-play scenario */
  kind: StepKind;
  /** Title in the returned language */
  title: Scalars['String']['output'];
};

/** A course as listed in the catalogue */
export type CourseSummary = {
  /** Age bands of its learners */
  ageBands: Array<AgeBand>;
  /** Who the course is written for */
  audience: Audience;
  /** About how long it takes */
  estimatedMinutes: Scalars['Int']['output'];
  /** The course id (its folder name in content/) */
  id: Scalars['ID']['output'];
  /** Languages the course is fully written in */
  languages: Array<Scalars['String']['output']>;
  /** Language the texts were returned in (differs from the requested one when a translation is missing) */
  locale: Scalars['String']['output'];
  /** Number of steps */
  stepCount: Scalars['Int']['output'];
  /** One or two sentences on what the course is for */
  summary: Scalars['String']['output'];
  /** Title */
  title: Scalars['String']['output'];
};

/** A new group */
export type CreateGroupInput = {
  /** Client-generated id (8-64 letters, digits or dashes, e.g. a UUID); resending the same write with the same id changes nothing and returns the same result */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** The training course */
  courseId: Scalars['ID']['input'];
  /** Last day, YYYY-MM-DD, not before the first */
  endsOn: Scalars['String']['input'];
  /** Disciplines expected */
  expectedDisciplines?: Array<Discipline>;
  /** Venue, up to 120 characters */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1-120 characters */
  name: Scalars['String']['input'];
  /** Optional fields to ask participants for */
  profileFields?: Array<ProfileField>;
  /** Region, up to 80 characters */
  region?: InputMaybe<Scalars['String']['input']>;
  /** First day, YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
};

/** A new invitation with its one-time link, shown only in this answer */
export type CreatedStaffInvitation = {
  /** Path of the one-time link (/staff/invitation/<token>); the server keeps only a hash of the token */
  acceptPath: Scalars['String']['output'];
  /** The invitation */
  invitation: StaffInvitation;
};

/** Measured figures of one day */
export type DayFigure = {
  /** YYYY-MM-DD (UTC) */
  day: Scalars['String']['output'];
  /** Page views that day */
  views: Scalars['Int']['output'];
  /** Unique visitors that day */
  visitors: Scalars['Int']['output'];
};

/** Agency or profession (optional, self-reported) */
export type Discipline =
  | 'EDUCATION'
  | 'HEALTH'
  | 'NGO'
  | 'OTHER'
  | 'POLICE'
  | 'PROSECUTION'
  | 'SOCIAL_WORK';

/** One step of a video completion funnel */
export type FunnelStep = {
  /** Visitor-days who reached it (a visitor on two days counts twice) */
  count: Scalars['Int']['output'];
  /** play, p25, p50, p75 or p100 */
  step: Scalars['String']['output'];
};

/** Self-reported gender (optional) */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

/** A trainer's group */
export type Group = {
  /** The training course */
  courseId: Scalars['ID']['output'];
  /** Last day (YYYY-MM-DD) */
  endsOn: Scalars['String']['output'];
  /** Disciplines the trainer expects */
  expectedDisciplines: Array<Discipline>;
  /** Group id */
  id: Scalars['ID']['output'];
  /** Code participants type to join, as XXXX-XXXX */
  joinCode: Scalars['String']['output'];
  /** Path of the join page with the code filled in */
  joinPath: Scalars['String']['output'];
  /** QR code of the join link, as SVG, for a projector or print */
  joinQrSvg: Scalars['String']['output'];
  /** The live session running now, if any */
  liveSession: Maybe<RunningLiveSession>;
  /** Venue */
  location: Maybe<Scalars['String']['output']>;
  /** Name */
  name: Scalars['String']['output'];
  /** Number of participants */
  participantCount: Scalars['Int']['output'];
  /** Participants, in joining order */
  participants: Array<Participant>;
  /** Optional fields participants are asked for */
  profileFields: Array<ProfileField>;
  /** Region */
  region: Maybe<Scalars['String']['output']>;
  /** First day (YYYY-MM-DD) */
  startsOn: Scalars['String']['output'];
};

/** The report of a training: who took part, attendance, and the measured knowledge gain */
export type GroupReport = {
  /** By self-reported discipline or agency */
  byDiscipline: Array<ReportCell>;
  /** By self-reported gender */
  byGender: Array<ReportCell>;
  /** By self-reported region */
  byRegion: Array<ReportCell>;
  /** The anonymised per-participant table as CSV (no nicknames) */
  csv: Scalars['String']['output'];
  /** Per-participant gain from pre- to post-test */
  gain: KnowledgeGain;
  /** Group id */
  groupId: Scalars['ID']['output'];
  /** Group name */
  groupName: Scalars['String']['output'];
  /** Participants */
  participants: Scalars['Int']['output'];
  /** The post-test, when the course has one */
  postTest: Maybe<TestSummary>;
  /** The pre-test, when the course has one */
  preTest: Maybe<TestSummary>;
  /** Per topic: which still fail after the training */
  questions: Array<QuestionOutcome>;
  /** Attendance per live session */
  sessions: Array<SessionAttendance>;
};

/** The training's pre-test or final (post-) test */
export type GroupTest =
  | 'POST'
  | 'PRE';

/** A help line shown on every learner page */
export type Helpline = {
  /** Whether calls are free */
  free: Scalars['Boolean']['output'];
  /** When it answers */
  hours: Scalars['String']['output'];
  /** Id */
  id: Scalars['ID']['output'];
  /** Languages it answers in */
  languages: Array<Scalars['String']['output']>;
  /** Language the texts were returned in (differs from the requested one when a translation is missing) */
  locale: Scalars['String']['output'];
  /** Name of the service */
  name: Scalars['String']['output'];
  /** Numbers to call */
  phones: Array<Scalars['String']['output']>;
  /** What it helps with */
  topics: Scalars['String']['output'];
};

/** Joining a group with its code: no account, no real name needed */
export type JoinGroupInput = {
  /** The join code, e.g. K7QM-4XP0 */
  code: Scalars['String']['input'];
  /** Agreement to the consent line shown on the join page (must be true) */
  consent: Scalars['Boolean']['input'];
  /** Optional, only if the trainer asks */
  discipline?: InputMaybe<Discipline>;
  /** Optional, only if the trainer asks */
  gender?: InputMaybe<Gender>;
  /** A nickname of your choice, 1-40 characters */
  nickname: Scalars['String']['input'];
  /** Optional, only if the trainer asks; up to 80 characters */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** What someone with a join code may see before joining */
export type JoinableGroup = {
  /** The training course */
  courseId: Scalars['ID']['output'];
  /** Group id */
  id: Scalars['ID']['output'];
  /** Name */
  name: Scalars['String']['output'];
  /** Optional fields the trainer asks for */
  profileFields: Array<ProfileField>;
};

/** Knowledge gain, measured per participant (post-test minus pre-test of the same person) */
export type KnowledgeGain = {
  /** Participants whose score rose */
  improved: Scalars['Int']['output'];
  /** Mean of per-participant differences, percentage points */
  meanGain: Maybe<Scalars['Float']['output']>;
  /** Attempts taken outside the group that count for it by a pairing code */
  outsideAttempts: Scalars['Int']['output'];
  /** People with both tests (members, and people paired by code) */
  paired: Scalars['Int']['output'];
  /** Participants whose score stayed the same */
  same: Scalars['Int']['output'];
  /** People with a post-test but no pre-test (not in the gain) */
  unpairedPost: Scalars['Int']['output'];
  /** People with a pre-test but no post-test (not in the gain) */
  unpairedPre: Scalars['Int']['output'];
  /** Participants whose score fell */
  worse: Scalars['Int']['output'];
};

/** A credential for an anonymous learner on this device */
export type LearnerSession = {
  /** Opaque secret the browser keeps and sends as 'Authorization: Learner <token>' */
  token: Scalars['String']['output'];
};

/** Reach reported from outside Zorka, kept apart from measured counts */
export type LedgerEntry = {
  /** Day it refers to, YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** Entry id */
  id: Scalars['ID']['output'];
  /** Free label, e.g. VIEWS, AUDIENCE, HANDOUTS */
  kind: Scalars['String']['output'];
  /** Note */
  note: Maybe<Scalars['String']['output']>;
  /** The reported figure */
  reach: Scalars['Int']['output'];
  /** Who reported it, e.g. "YouTube channel analytics" */
  source: Scalars['String']['output'];
};

/** Reach reported from outside Zorka */
export type LedgerEntryInput = {
  /** Day it refers to, YYYY-MM-DD */
  date: Scalars['String']['input'];
  /** Free label, 1-40 characters */
  kind: Scalars['String']['input'];
  /** Note, up to 500 characters */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The figure, 0 to 1,000,000,000 */
  reach: Scalars['Int']['input'];
  /** Who reported it, 1-160 characters */
  source: Scalars['String']['input'];
};

/** A lesson: text, maybe a video */
export type Lesson = {
  /** The course it belongs to */
  courseId: Scalars['ID']['output'];
  /** Lesson body rendered from Markdown to safe HTML (no raw HTML from authors) */
  html: Scalars['String']['output'];
  /** Full id, course/lesson */
  id: Scalars['ID']['output'];
  /** Language the lesson is returned in */
  locale: Scalars['String']['output'];
  /** About how long it takes to read or watch */
  minutes: Scalars['Int']['output'];
  /** Title */
  title: Scalars['String']['output'];
  /** The video, when the lesson has one */
  video: Maybe<Video>;
};

/** An answer or a choice on the shared screen */
export type LiveOption = {
  /** Option or choice id */
  id: Scalars['ID']['output'];
  /** Text */
  text: Scalars['String']['output'];
};

/** The room’s answers to the current step */
export type LiveResults = {
  /** Participants who answered */
  answered: Scalars['Int']['output'];
  /** Correct options (questions) or the room’s choice (decisions) */
  correctOptionIds: Array<Scalars['ID']['output']>;
  /** Distribution over the options, in option order */
  counts: Array<OptionCount>;
};

/** A lesson slide, a quiz question, or a role-play decision put to the room */
export type LiveStepKind =
  | 'DECISION'
  | 'LESSON'
  | 'QUESTION';

/** What every screen shows now */
export type LiveStepView = {
  /** Lesson body as safe HTML (lesson slides only) */
  html: Maybe<Scalars['String']['output']>;
  /** Identifies the step, so clients know when it changed */
  key: Scalars['String']['output'];
  /** Kind of step */
  kind: LiveStepKind;
  /** Language of the texts: the requested one, or its fallback (be → ru → en) where content lacks it */
  locale: Scalars['String']['output'];
  /** What participants can answer or choose */
  options: Array<LiveOption>;
  /** When the room’s role-play reached an ending */
  outcome: Maybe<ScenarioOutcome>;
  /** Questions only */
  questionType: Maybe<QuestionType>;
  /** Lesson title, question, or what the other side says */
  title: Scalars['String']['output'];
};

/** Measured figures of one material */
export type MaterialFigures = {
  /** Videos: play, p25, p50, p75, p100; empty for other kinds */
  funnel: Array<FunnelStep>;
  /** Kind */
  kind: MaterialKind;
  /** Material id */
  materialId: Scalars['ID']['output'];
  /** Articles read to the end */
  reads: Scalars['Int']['output'];
  /** Share clicks */
  shares: Scalars['Int']['output'];
  /** Material slug */
  slug: Scalars['String']['output'];
  /** Title */
  title: Scalars['String']['output'];
  /** Page views */
  views: Scalars['Int']['output'];
  /** Sum over days of daily unique visitors */
  visitors: Scalars['Int']['output'];
};

/** A material; which fields count depends on its kind */
export type MaterialInput = {
  /** ARTICLE: Markdown, up to 50,000 characters */
  articleMarkdown?: InputMaybe<Scalars['String']['input']>;
  /** VIDEO: a .vtt file name returned by PUT /campaign-media */
  captionsFile?: InputMaybe<Scalars['String']['input']>;
  /** COURSE: slug of an existing course */
  courseSlug?: InputMaybe<Scalars['String']['input']>;
  /** VIDEO: youtube.com/watch?v=, youtu.be/ or vimeo.com/ID; stored in its privacy-enhanced form */
  embedUrl?: InputMaybe<Scalars['String']['input']>;
  /** Video, article or course link */
  kind: MaterialKind;
  /** Language: one of the campaign’s languages */
  locale: Scalars['String']['input'];
  /** URL part; made from the title when empty */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Summary, 1-500 characters */
  summary: Scalars['String']['input'];
  /** Title, 1-160 characters */
  title: Scalars['String']['input'];
  /** VIDEO: a file name returned by PUT /campaign-media */
  videoFile?: InputMaybe<Scalars['String']['input']>;
};

/** What a campaign material is */
export type MaterialKind =
  | 'ARTICLE'
  | 'COURSE'
  | 'VIDEO';

/** The calling learner's place in a group */
export type Membership = {
  /** The training course */
  courseId: Scalars['ID']['output'];
  /** The group */
  groupId: Scalars['ID']['output'];
  /** Group name */
  groupName: Scalars['String']['output'];
  /** Whether a pairing code is set (the code itself is never kept or shown) */
  hasPairingCode: Scalars['Boolean']['output'];
  /** Membership id */
  id: Scalars['ID']['output'];
  /** The group’s live session running now, if any */
  liveSession: Maybe<RunningLiveSession>;
  /** Nickname */
  nickname: Scalars['String']['output'];
};

export type Mutation = {
  /** Accept an invitation: set a name and a password; signs the new account in */
  acceptStaffInvitation: StaffMember;
  /** Add a material at the end */
  addCampaignMaterial: Campaign;
  /** Record reach reported from outside Zorka */
  addLedgerEntry: LedgerEntry;
  /** Move the room’s role-play on: the given choice, or else the majority vote */
  advanceLiveScenario: TrainerLiveView;
  /** Answer the question or vote on the decision on screen; the first answer stands */
  answerLiveStep: ParticipantLiveView;
  /** Say something: records the choice and returns the reaction and next node */
  chooseScenarioOption: ScenarioRun;
  /** Mark a lesson as read; doing it again changes nothing */
  completeLesson: CourseProgress;
  /** Create a draft campaign */
  createCampaign: Campaign;
  /** Create a group with a join code and QR code */
  createGroup: Group;
  /** Create (or replace) the learner's recovery code */
  createRecoveryCode: RecoveryCode;
  /** Make a tracked link for a channel */
  createTrackedLink: TrackedLink;
  /** End the live session */
  endLiveSession: TrainerLiveView;
  /** Delete everything stored about the calling learner */
  eraseMyData: Scalars['Boolean']['output'];
  /** Invite a staff member: returns a one-time link (valid 7 days) to hand over; it replaces a pending one for the same e-mail */
  inviteStaff: CreatedStaffInvitation;
  /** The certificate of a training the caller attended and whose final test they passed */
  issueCertificate: Certificate;
  /** Join a group with its code; joining again returns the same membership */
  joinGroup: Membership;
  /** Leave a group and be forgotten by it */
  leaveGroup: Scalars['Boolean']['output'];
  /** Move a material to a position (0 = first) */
  moveCampaignMaterial: Campaign;
  /** Count the caller’s first attempt at a group’s pre- or final test, taken outside the group, under a pairing code */
  pairTestAttempt: PairedTestAttempt;
  /** Recompute the daily roll-ups exactly from the raw events still kept; returns when */
  rebuildCampaignRollups: Scalars['DateTime']['output'];
  /** Remove a material (a live campaign keeps at least one); its measured figures stay */
  removeCampaignMaterial: Campaign;
  /** Remove a ledger entry */
  removeLedgerEntry: Scalars['Boolean']['output'];
  /** Remove a participant from the group (their membership is deleted) */
  removeParticipant: Scalars['Boolean']['output'];
  /** Remove a tracked link; visits already counted stay, as "direct" */
  removeTrackedLink: Scalars['Boolean']['output'];
  /** Continue the progress of the learner a recovery code belongs to on this device */
  restoreLearner: LearnerSession;
  /** Show the right answer, feedback and results on all screens */
  revealLiveStep: TrainerLiveView;
  /** Revoke a pending invitation: its link stops working */
  revokeStaffInvitation: Scalars['Boolean']['output'];
  /** Publish (needs at least one material), end, or return a campaign to draft */
  setCampaignStatus: Campaign;
  /** Set (or clear, with null) the caller’s pairing code in a group they are in */
  setMyPairingCode: Membership;
  /** Deactivate (ends all its sessions) or reactivate an account; not one’s own, and never the last active admin */
  setStaffActive: StaffAccount;
  /** Change a staff member’s role; refused when it would leave no active admin */
  setStaffRole: StaffAccount;
  /** Put a lesson, a question or a role-play decision on every screen */
  showLiveStep: TrainerLiveView;
  /** Staff sign-in; sets an httpOnly, SameSite=Strict session cookie */
  signIn: StaffMember;
  /** End this browser’s staff session */
  signOut: Scalars['Boolean']['output'];
  /** Create an anonymous learner: no name, e-mail or phone asked */
  startLearner: LearnerSession;
  /** Start a live session for a group (ends its earlier one) */
  startLiveSession: TrainerLiveView;
  /** Start a new play-through at the first decision point */
  startScenario: ScenarioRun;
  /** Submit answers; returns the score and feedback on each chosen option */
  submitQuiz: QuizAttempt;
  /** Change a campaign made in the editor (refused for one defined in content/) */
  updateCampaign: Campaign;
  /** Change a material */
  updateCampaignMaterial: Campaign;
};


export type MutationAcceptStaffInvitationArgs = {
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAddCampaignMaterialArgs = {
  campaignId: Scalars['ID']['input'];
  input: MaterialInput;
};


export type MutationAddLedgerEntryArgs = {
  campaignId: Scalars['ID']['input'];
  input: LedgerEntryInput;
};


export type MutationAdvanceLiveScenarioArgs = {
  choiceId?: InputMaybe<Scalars['ID']['input']>;
  fromStepKey?: InputMaybe<Scalars['String']['input']>;
  locale: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationAnswerLiveStepArgs = {
  locale: Scalars['String']['input'];
  optionIds: Array<Scalars['ID']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type MutationChooseScenarioOptionArgs = {
  choiceId: Scalars['ID']['input'];
  clientId?: InputMaybe<Scalars['String']['input']>;
  locale: Scalars['String']['input'];
  runId: Scalars['ID']['input'];
};


export type MutationCompleteLessonArgs = {
  lessonId: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateCampaignArgs = {
  input: CampaignInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateTrackedLinkArgs = {
  campaignId: Scalars['ID']['input'];
  input: TrackedLinkInput;
};


export type MutationEndLiveSessionArgs = {
  locale: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationInviteStaffArgs = {
  email: Scalars['String']['input'];
  role: StaffRole;
};


export type MutationIssueCertificateArgs = {
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type MutationJoinGroupArgs = {
  input: JoinGroupInput;
};


export type MutationLeaveGroupArgs = {
  groupId: Scalars['ID']['input'];
};


export type MutationMoveCampaignMaterialArgs = {
  materialId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};


export type MutationPairTestAttemptArgs = {
  input: PairTestAttemptInput;
};


export type MutationRebuildCampaignRollupsArgs = {
  campaignId: Scalars['ID']['input'];
};


export type MutationRemoveCampaignMaterialArgs = {
  materialId: Scalars['ID']['input'];
};


export type MutationRemoveLedgerEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveParticipantArgs = {
  groupId: Scalars['ID']['input'];
  participantId: Scalars['ID']['input'];
};


export type MutationRemoveTrackedLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreLearnerArgs = {
  code: Scalars['String']['input'];
};


export type MutationRevealLiveStepArgs = {
  locale: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationRevokeStaffInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetCampaignStatusArgs = {
  id: Scalars['ID']['input'];
  status: CampaignStatus;
};


export type MutationSetMyPairingCodeArgs = {
  groupId: Scalars['ID']['input'];
  pairingCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetStaffActiveArgs = {
  accountId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
};


export type MutationSetStaffRoleArgs = {
  accountId: Scalars['ID']['input'];
  role: StaffRole;
};


export type MutationShowLiveStepArgs = {
  input: ShowLiveStepInput;
  locale: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationStartLiveSessionArgs = {
  clientId?: InputMaybe<Scalars['String']['input']>;
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type MutationStartScenarioArgs = {
  clientId?: InputMaybe<Scalars['String']['input']>;
  locale: Scalars['String']['input'];
  scenarioId: Scalars['ID']['input'];
};


export type MutationSubmitQuizArgs = {
  input: SubmitQuizInput;
  locale: Scalars['String']['input'];
};


export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: CampaignInput;
};


export type MutationUpdateCampaignMaterialArgs = {
  input: MaterialInput;
  materialId: Scalars['ID']['input'];
};

/** How many chose an option */
export type OptionCount = {
  /** Participants who chose it */
  count: Scalars['Int']['output'];
  /** Option id */
  optionId: Scalars['ID']['output'];
};

/** Feedback on one option the learner chose */
export type OptionFeedback = {
  /** Whether that option is a correct one */
  correct: Scalars['Boolean']['output'];
  /** Why it is right or wrong */
  feedback: Scalars['String']['output'];
  /** The chosen option */
  optionId: Scalars['ID']['output'];
};

/** How well a role-play ended */
export type OutcomeKind =
  | 'BAD'
  | 'GOOD'
  | 'MIXED';

/** Count a test taken on this device for a group: its join code and a pairing code of your choice */
export type PairTestAttemptInput = {
  /** The group's join code, e.g. K7QM-4XP0 */
  joinCode: Scalars['String']['input'];
  /** A word and a number you will remember (never your name), 4-40 characters; the same one for both tests */
  pairingCode: Scalars['String']['input'];
  /** The test taken: the pre-test or the final test of the group’s course */
  quizId: Scalars['ID']['input'];
};

/** A test taken outside the group that now counts for it */
export type PairedTestAttempt = {
  /** The group it counts for */
  groupName: Scalars['String']['output'];
  /** Which of the two tests it is */
  test: GroupTest;
};

/** A participant as the trainer sees them */
export type Participant = {
  /** Only when asked and answered */
  discipline: Maybe<Discipline>;
  /** Only when asked and answered */
  gender: Maybe<Gender>;
  /** Membership id */
  id: Scalars['ID']['output'];
  /** When they joined */
  joinedAt: Scalars['DateTime']['output'];
  /** Nickname chosen by the participant */
  nickname: Scalars['String']['output'];
  /** Only when asked and answered */
  region: Maybe<Scalars['String']['output']>;
};

/** The live session as a participant’s phone shows it */
export type ParticipantLiveView = {
  /** False once ended */
  active: Scalars['Boolean']['output'];
  /** Feedback on this participant’s answer, after the reveal */
  feedback: Maybe<Scalars['String']['output']>;
  /** Group id */
  groupId: Scalars['ID']['output'];
  /** What this participant answered for the current step */
  myAnswer: Array<Scalars['ID']['output']>;
  /** Only after the trainer reveals them (avoids group-think) */
  results: Maybe<LiveResults>;
  /** Whether the trainer revealed the results */
  revealed: Scalars['Boolean']['output'];
  /** Session id */
  sessionId: Scalars['ID']['output'];
  /** The current step, if any */
  step: Maybe<LiveStepView>;
};

/** An optional self-reported field for reports */
export type ProfileField =
  | 'DISCIPLINE'
  | 'GENDER'
  | 'REGION';

/** Everything the calling learner has done */
export type Progress = {
  /** Every quiz attempt, oldest first */
  attempts: Array<QuizAttempt>;
  /** Courses the learner has started */
  courses: Array<CourseProgress>;
  /** True when a recovery code was created for this learner */
  hasRecoveryCode: Scalars['Boolean']['output'];
};

export type Query = {
  /** One campaign, whatever its status */
  campaign: Campaign;
  /** Measured reach of a campaign in a period (at most 366 days), with the previous period and the ledger */
  campaignDashboard: CampaignDashboard;
  /** Every campaign, whatever its status */
  campaigns: Array<Campaign>;
  /** One course with its steps */
  course: Course;
  /** The catalogue of courses, optionally filtered */
  courses: Array<CourseSummary>;
  /** One of the trainer’s groups with its participants */
  group: Group;
  /** What a join code leads to, before joining */
  groupByJoinCode: JoinableGroup;
  /** The report of one of the trainer’s groups (admins: any group) */
  groupReport: GroupReport;
  /** The trainer's groups (an admin sees every group) */
  groups: Array<Group>;
  /** Help lines for the panel on every learner page */
  helplines: Array<Helpline>;
  /** A lesson in the requested language (or the nearest available one) */
  lesson: Lesson;
  /** The session as the trainer sees it, with live results */
  liveSession: TrainerLiveView;
  /** The signed-in staff member */
  me: StaffMember;
  /** Everything stored about the calling learner, as JSON ("download my data") */
  myData: Scalars['String']['output'];
  /** The running session of a group the caller is in (null when none) */
  myLiveSession: Maybe<ParticipantLiveView>;
  /** Groups the calling learner is in */
  myMemberships: Array<Membership>;
  /** The calling learner's progress (requires a learner token) */
  myProgress: Progress;
  /** A live campaign by its address; null when there is none or it is not live */
  publicCampaign: Maybe<Campaign>;
  /** Live campaigns, optionally only those in one language */
  publicCampaigns: Array<Campaign>;
  /** A quiz without its answers, in the requested language */
  quiz: Quiz;
  /** A role-play scenario (its dialogue unfolds through startScenario) */
  scenario: Scenario;
  /** Every staff account (admins only) */
  staffAccounts: Array<StaffAccount>;
  /** What an invitation link is for (NOT_FOUND when expired, used or revoked) */
  staffInvitation: StaffInvitationPreview;
  /** Invitations not yet accepted or revoked, newest first (admins only) */
  staffInvitations: Array<StaffInvitation>;
  /** A campaign’s tracked links */
  trackedLinks: Array<TrackedLink>;
  /** Check a certificate by the code printed on it */
  verifyCertificate: Certificate;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignDashboardArgs = {
  campaignId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type QueryCoursesArgs = {
  audience?: InputMaybe<Audience>;
  language?: InputMaybe<Scalars['String']['input']>;
  locale: Scalars['String']['input'];
};


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupByJoinCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryGroupReportArgs = {
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type QueryHelplinesArgs = {
  locale: Scalars['String']['input'];
};


export type QueryLessonArgs = {
  id: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type QueryLiveSessionArgs = {
  locale: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type QueryMyLiveSessionArgs = {
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type QueryMyProgressArgs = {
  locale: Scalars['String']['input'];
};


export type QueryPublicCampaignArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicCampaignsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQuizArgs = {
  id: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type QueryStaffInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryTrackedLinksArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryVerifyCertificateArgs = {
  code: Scalars['String']['input'];
  locale: Scalars['String']['input'];
};

/** How often one question (or topic) was answered right before and after */
export type QuestionOutcome = {
  /** Percent right in the post-test */
  postCorrectPercent: Maybe<Scalars['Float']['output']>;
  /** Percent right in the pre-test */
  preCorrectPercent: Maybe<Scalars['Float']['output']>;
  /** The post-test question, in the requested language (or its fallback) */
  prompt: Scalars['String']['output'];
  /** Language of the prompt: the requested one, or its fallback (be → ru → en) */
  promptLocale: Scalars['String']['output'];
  /** Topic, or the question id when the question has no topic */
  topic: Scalars['String']['output'];
};

/** The result of one question */
export type QuestionResult = {
  /** Feedback for each option the learner chose */
  chosen: Array<OptionFeedback>;
  /** Whether exactly the correct options were chosen */
  correct: Scalars['Boolean']['output'];
  /** The correct options */
  correctOptionIds: Array<Scalars['ID']['output']>;
  /** The question */
  questionId: Scalars['ID']['output'];
};

/** How a question is answered */
export type QuestionType =
  | 'MULTIPLE'
  | 'SINGLE'
  | 'TRUE_FALSE';

/** A quiz, pre-test or post-test */
export type Quiz = {
  /** The course it belongs to */
  courseId: Scalars['ID']['output'];
  /** Full id, course/quiz */
  id: Scalars['ID']['output'];
  /** Language the quiz is returned in */
  locale: Scalars['String']['output'];
  /** Percent of questions to answer correctly to pass */
  passMark: Scalars['Int']['output'];
  /** The questions in order */
  questions: Array<QuizQuestion>;
  /** Title */
  title: Scalars['String']['output'];
};

/** The options chosen for one question */
export type QuizAnswerInput = {
  /** The chosen options (one for single choice and true/false) */
  optionIds: Array<Scalars['ID']['input']>;
  /** The question */
  questionId: Scalars['ID']['input'];
};

/** A submitted quiz with its score and feedback */
export type QuizAttempt = {
  /** Attempt id */
  id: Scalars['ID']['output'];
  /** Whether the score reaches the pass mark */
  passed: Scalars['Boolean']['output'];
  /** The quiz */
  quizId: Scalars['ID']['output'];
  /** Title of the quiz, in the requested language */
  quizTitle: Scalars['String']['output'];
  /** Per-question results in quiz order */
  results: Array<QuestionResult>;
  /** Percent of questions answered correctly, 0-100 */
  score: Scalars['Int']['output'];
  /** When it was submitted */
  submittedAt: Scalars['DateTime']['output'];
};

/** An answer a learner can choose (whether it is correct is not revealed before submitting) */
export type QuizOption = {
  /** Option id, unique within its question */
  id: Scalars['ID']['output'];
  /** The answer text */
  text: Scalars['String']['output'];
};

/** A quiz question */
export type QuizQuestion = {
  /** Question id, unique within its quiz */
  id: Scalars['ID']['output'];
  /** The answers to choose from */
  options: Array<QuizOption>;
  /** The question */
  prompt: Scalars['String']['output'];
  /** Single choice, multiple choice or true/false */
  type: QuestionType;
};

/** The headline figure, with how it was counted */
export type ReachHeadline = {
  /** Materials of the campaign */
  materials: Scalars['Int']['output'];
  /** Visitor-days measured by Zorka in the period */
  measuredVisitorDays: Scalars['Int']['output'];
  /** Sum of ledger entries dated in the period (reported, not measured) */
  reportedReach: Scalars['Int']['output'];
  /** The headline in English, saying what each number is, for API users (the app builds it in the viewer’s language from the figures above and the period) */
  text: Scalars['String']['output'];
};

/** Measured totals of a period */
export type ReachTotals = {
  /** Articles read to the end */
  articlesRead: Scalars['Int']['output'];
  /** Courses completed after starting from the campaign */
  coursesCompleted: Scalars['Int']['output'];
  /** Courses started from the campaign */
  coursesStarted: Scalars['Int']['output'];
  /** Share clicks */
  shares: Scalars['Int']['output'];
  /** Videos watched to the end */
  videoCompletions: Scalars['Int']['output'];
  /** Video plays */
  videoPlays: Scalars['Int']['output'];
  /** Page views */
  views: Scalars['Int']['output'];
  /** Sum over days of daily unique visitors: NOT people (one person on two days counts twice) */
  visitorDays: Scalars['Int']['output'];
};

/** Words that continue the same progress on another device */
export type RecoveryCode = {
  /** Six words to write down; shown once, never stored in clear */
  code: Scalars['String']['output'];
};

/** A count in a breakdown; groups of 1-2 people are shown as "< 3" and their count hidden */
export type ReportCell = {
  /** The count, or null when suppressed */
  count: Maybe<Scalars['Int']['output']>;
  /** What to show: the count, or "< 3" */
  display: Scalars['String']['output'];
  /** What is counted, e.g. female, police, Brest, not-stated */
  label: Scalars['String']['output'];
};

/** A group’s running live session */
export type RunningLiveSession = {
  /** Session id */
  sessionId: Scalars['ID']['output'];
  /** When it started */
  startedAt: Scalars['DateTime']['output'];
};

/** A role-play scenario */
export type Scenario = {
  /** Who the other side is */
  counterpart: Scalars['String']['output'];
  /** The course it belongs to */
  courseId: Scalars['ID']['output'];
  /** Number of decision points */
  decisionPoints: Scalars['Int']['output'];
  /** Full id, course/scenario */
  id: Scalars['ID']['output'];
  /** The same situation seen from the other side (child / parent) */
  linkedScenarioId: Maybe<Scalars['ID']['output']>;
  /** Language the scenario is returned in */
  locale: Scalars['String']['output'];
  /** Whom the learner plays */
  role: ScenarioRole;
  /** Title */
  title: Scalars['String']['output'];
};

/** Something the learner can say */
export type ScenarioChoice = {
  /** Choice id, unique within the scenario */
  id: Scalars['ID']['output'];
  /** What the learner says or does */
  text: Scalars['String']['output'];
};

/** A point in the dialogue: a decision, or an ending */
export type ScenarioNode = {
  /** What the learner can answer (none at an ending) */
  choices: Array<ScenarioChoice>;
  /** Node id */
  id: Scalars['ID']['output'];
  /** Set when this node is an ending */
  outcome: Maybe<ScenarioOutcome>;
  /** What the other side says or does (empty at an ending) */
  text: Scalars['String']['output'];
};

/** How a play-through ended, and why */
export type ScenarioOutcome = {
  /** Good, mixed or bad */
  kind: OutcomeKind;
  /** What happened and what to remember */
  text: Scalars['String']['output'];
  /** Short title of the ending */
  title: Scalars['String']['output'];
};

/** Whom the learner plays */
export type ScenarioRole =
  | 'CHILD'
  | 'PARENT'
  | 'PROFESSIONAL';

/** A learner's play-through of a scenario */
export type ScenarioRun = {
  /** Whether an ending was reached */
  finished: Scalars['Boolean']['output'];
  /** Play-through id */
  id: Scalars['ID']['output'];
  /** Where the dialogue is now */
  node: ScenarioNode;
  /** The reaction of the other side to the learner's last choice */
  reaction: Maybe<Scalars['String']['output']>;
  /** The scenario */
  scenarioId: Scalars['ID']['output'];
};

/** Who attended one live session */
export type SessionAttendance = {
  /** Participants who opened it */
  attended: Scalars['Int']['output'];
  /** Session id */
  sessionId: Scalars['ID']['output'];
  /** When it started */
  startedAt: Scalars['DateTime']['output'];
};

/** What to show next: a lesson, a question of a quiz, or a scenario (from its start) */
export type ShowLiveStepInput = {
  /** Kind of step */
  kind: LiveStepKind;
  /** LESSON: the lesson */
  lessonId?: InputMaybe<Scalars['ID']['input']>;
  /** QUESTION: the question of that quiz */
  questionId?: InputMaybe<Scalars['ID']['input']>;
  /** QUESTION: the quiz */
  quizId?: InputMaybe<Scalars['ID']['input']>;
  /** DECISION: the scenario, shown from its first decision */
  scenarioId?: InputMaybe<Scalars['ID']['input']>;
};

/** A staff account as an admin manages it */
export type StaffAccount = {
  /** False when deactivated: the account cannot sign in */
  active: Scalars['Boolean']['output'];
  /** When the account was made */
  createdAt: Scalars['DateTime']['output'];
  /** Name shown to colleagues */
  displayName: Scalars['String']['output'];
  /** Sign-in e-mail */
  email: Scalars['String']['output'];
  /** Account id */
  id: Scalars['ID']['output'];
  /** Last sign-in, null when never */
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  /** Role */
  role: StaffRole;
};

/** An invitation not yet accepted or revoked */
export type StaffInvitation = {
  /** When it was made */
  createdAt: Scalars['DateTime']['output'];
  /** E-mail the account will sign in with */
  email: Scalars['String']['output'];
  /** True once past expiresAt */
  expired: Scalars['Boolean']['output'];
  /** After this the link no longer works */
  expiresAt: Scalars['DateTime']['output'];
  /** Invitation id */
  id: Scalars['ID']['output'];
  /** Role the account will have */
  role: StaffRole;
};

/** What an invitation link is for, shown to the invitee before they set a password */
export type StaffInvitationPreview = {
  /** E-mail the account will sign in with */
  email: Scalars['String']['output'];
  /** After this the link no longer works */
  expiresAt: Scalars['DateTime']['output'];
  /** Role */
  role: StaffRole;
};

/** A signed-in trainer, campaign manager or admin */
export type StaffMember = {
  /** Name shown to colleagues */
  displayName: Scalars['String']['output'];
  /** Sign-in e-mail */
  email: Scalars['String']['output'];
  /** Account id */
  id: Scalars['ID']['output'];
  /** Role */
  role: StaffRole;
};

/** What a staff member may do */
export type StaffRole =
  | 'ADMIN'
  | 'CAMPAIGN_MANAGER'
  | 'TRAINER';

/** What a course step is */
export type StepKind =
  | 'LESSON'
  | 'QUIZ'
  | 'SCENARIO';

/** A quiz submission */
export type SubmitQuizInput = {
  /** One answer per question; unanswered questions count as wrong */
  answers: Array<QuizAnswerInput>;
  /** Client-generated id; resending the same id returns the first attempt instead of counting twice */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** Full quiz id, course/quiz */
  quizId: Scalars['ID']['input'];
};

export type Subscription = {
  /** The group now, then again whenever someone joins or leaves or a live session starts or ends */
  groupChanged: Group;
  /** A participant’s view of the group’s session, after every change */
  participantLiveSession: Maybe<ParticipantLiveView>;
  /** The trainer’s view, again after every change and every answer */
  trainerLiveSession: TrainerLiveView;
};


export type SubscriptionGroupChangedArgs = {
  groupId: Scalars['ID']['input'];
};


export type SubscriptionParticipantLiveSessionArgs = {
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};


export type SubscriptionTrainerLiveSessionArgs = {
  locale: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};

/** Results of a pre- or post-test: first attempts of members and of people paired by code */
export type TestSummary = {
  /** Mean score, percent */
  meanScore: Maybe<Scalars['Float']['output']>;
  /** The pass mark of this test, percent, from its definition */
  passMark: Scalars['Int']['output'];
  /** The quiz */
  quizId: Scalars['ID']['output'];
  /** Participants who took it */
  takers: Scalars['Int']['output'];
};

/** A link handed to one channel, with UTM parameters, so that its reach shows apart */
export type TrackedLink = {
  /** Channel, e.g. "Partner NGO site", "Poster QR" */
  channel: Scalars['String']['output'];
  /** 8 characters of Crockford base32; the URL carries ?ref=<code> */
  code: Scalars['String']['output'];
  /** When it was made */
  createdAt: Scalars['DateTime']['output'];
  /** Link id */
  id: Scalars['ID']['output'];
  /** The material it opens; null = the campaign page */
  materialSlug: Maybe<Scalars['String']['output']>;
  /** QR code of the URL, as SVG, for a poster or a leaflet */
  qrSvg: Scalars['String']['output'];
  /** Absolute URL to hand out */
  url: Scalars['String']['output'];
  /** utm_campaign (the campaign slug) */
  utmCampaign: Scalars['String']['output'];
  /** utm_medium */
  utmMedium: Scalars['String']['output'];
  /** utm_source */
  utmSource: Scalars['String']['output'];
};

/** A new tracked link */
export type TrackedLinkInput = {
  /** Channel, 1-120 characters */
  channel: Scalars['String']['input'];
  /** A material of the campaign to open; null = the campaign page */
  materialSlug?: InputMaybe<Scalars['String']['input']>;
  /** utm_medium, 1-80 characters (letters, digits, . _ -) */
  utmMedium: Scalars['String']['input'];
  /** utm_source, 1-80 characters (letters, digits, . _ -) */
  utmSource: Scalars['String']['input'];
};

/** The live session as the trainer’s projector shows it */
export type TrainerLiveView = {
  /** False once ended */
  active: Scalars['Boolean']['output'];
  /** Participants who have opened this session */
  attendance: Scalars['Int']['output'];
  /** Group id */
  groupId: Scalars['ID']['output'];
  /** Answers arriving (questions and decisions) */
  results: Maybe<LiveResults>;
  /** Whether results are shown on participants’ screens */
  revealed: Scalars['Boolean']['output'];
  /** Session id */
  sessionId: Scalars['ID']['output'];
  /** The current step, if any */
  step: Maybe<LiveStepView>;
};

/** A self-hosted video with captions */
export type Video = {
  /** Captions in every language the lesson has */
  captions: Array<Caption>;
  /** Plain-text transcript made from the captions in the lesson's language */
  transcript: Scalars['String']['output'];
  /** URL of the video file, served by Zorka */
  url: Scalars['String']['output'];
};

/** A WebVTT captions file of a video */
export type VideoCaptions = {
  /** Language of the captions (ru, be, en) */
  locale: Scalars['String']['output'];
  /** URL of the .vtt file */
  src: Scalars['String']['output'];
};

export type CertificateFieldsFragment = { code: string, nickname: string, courseTitle: string, groupName: string, dates: string, issuedOn: string, pdfPath: string, verifyPath: string };

export type IssueCertificateMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type IssueCertificateMutation = { issueCertificate: { code: string, nickname: string, courseTitle: string, groupName: string, dates: string, issuedOn: string, pdfPath: string, verifyPath: string } };

export type VerifyCertificateQueryVariables = Exact<{
  code: Scalars['String']['input'];
  locale: Scalars['String']['input'];
}>;


export type VerifyCertificateQuery = { verifyCertificate: { code: string, nickname: string, courseTitle: string, groupName: string, dates: string, issuedOn: string, pdfPath: string, verifyPath: string } };

export type GroupSummaryFieldsFragment = { id: string, name: string, courseId: string, startsOn: string, endsOn: string, region: string | null, location: string | null, participantCount: number };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string, name: string, courseId: string, startsOn: string, endsOn: string, region: string | null, location: string | null, participantCount: number } };

export type RemoveParticipantMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  participantId: Scalars['ID']['input'];
}>;


export type RemoveParticipantMutation = { removeParticipant: boolean };

export type GroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsQuery = { groups: Array<{ id: string, name: string, courseId: string, startsOn: string, endsOn: string, region: string | null, location: string | null, participantCount: number }> };

export type GroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GroupQuery = { group: { expectedDisciplines: Array<Discipline>, profileFields: Array<ProfileField>, joinCode: string, joinPath: string, joinQrSvg: string, id: string, name: string, courseId: string, startsOn: string, endsOn: string, region: string | null, location: string | null, participantCount: number, participants: Array<{ id: string, nickname: string, gender: Gender | null, discipline: Discipline | null, region: string | null, joinedAt: string }>, liveSession: { sessionId: string, startedAt: string } | null } };

export type GroupDetailFieldsFragment = { expectedDisciplines: Array<Discipline>, profileFields: Array<ProfileField>, joinCode: string, joinPath: string, joinQrSvg: string, id: string, name: string, courseId: string, startsOn: string, endsOn: string, region: string | null, location: string | null, participantCount: number, participants: Array<{ id: string, nickname: string, gender: Gender | null, discipline: Discipline | null, region: string | null, joinedAt: string }>, liveSession: { sessionId: string, startedAt: string } | null };

export type GroupChangedSubscriptionVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type GroupChangedSubscription = { groupChanged: { expectedDisciplines: Array<Discipline>, profileFields: Array<ProfileField>, joinCode: string, joinPath: string, joinQrSvg: string, id: string, name: string, courseId: string, startsOn: string, endsOn: string, region: string | null, location: string | null, participantCount: number, participants: Array<{ id: string, nickname: string, gender: Gender | null, discipline: Discipline | null, region: string | null, joinedAt: string }>, liveSession: { sessionId: string, startedAt: string } | null } };

export type LiveStepFieldsFragment = { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null };

export type LiveResultsFieldsFragment = { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> };

export type TrainerLiveFieldsFragment = { sessionId: string, groupId: string, active: boolean, revealed: boolean, attendance: number, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null };

export type ParticipantLiveFieldsFragment = { sessionId: string, groupId: string, active: boolean, revealed: boolean, myAnswer: Array<string>, feedback: string | null, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null };

export type StartLiveSessionMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
  clientId?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartLiveSessionMutation = { startLiveSession: { sessionId: string, groupId: string, active: boolean, revealed: boolean, attendance: number, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } };

export type ShowLiveStepMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  input: ShowLiveStepInput;
  locale: Scalars['String']['input'];
}>;


export type ShowLiveStepMutation = { showLiveStep: { sessionId: string, groupId: string, active: boolean, revealed: boolean, attendance: number, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } };

export type RevealLiveStepMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type RevealLiveStepMutation = { revealLiveStep: { sessionId: string, groupId: string, active: boolean, revealed: boolean, attendance: number, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } };

export type AdvanceLiveScenarioMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  choiceId?: InputMaybe<Scalars['ID']['input']>;
  locale: Scalars['String']['input'];
  fromStepKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdvanceLiveScenarioMutation = { advanceLiveScenario: { sessionId: string, groupId: string, active: boolean, revealed: boolean, attendance: number, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } };

export type EndLiveSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type EndLiveSessionMutation = { endLiveSession: { sessionId: string, groupId: string, active: boolean, revealed: boolean, attendance: number, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } };

export type AnswerLiveStepMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type AnswerLiveStepMutation = { answerLiveStep: { sessionId: string, groupId: string, active: boolean, revealed: boolean, myAnswer: Array<string>, feedback: string | null, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } };

export type LiveSessionQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type LiveSessionQuery = { liveSession: { sessionId: string, groupId: string, active: boolean, revealed: boolean, attendance: number, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } };

export type MyLiveSessionQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type MyLiveSessionQuery = { myLiveSession: { sessionId: string, groupId: string, active: boolean, revealed: boolean, myAnswer: Array<string>, feedback: string | null, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } | null };

export type TrainerLiveSessionSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type TrainerLiveSessionSubscription = { trainerLiveSession: { sessionId: string, groupId: string, active: boolean, revealed: boolean, attendance: number, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } };

export type ParticipantLiveSessionSubscriptionVariables = Exact<{
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type ParticipantLiveSessionSubscription = { participantLiveSession: { sessionId: string, groupId: string, active: boolean, revealed: boolean, myAnswer: Array<string>, feedback: string | null, step: { key: string, kind: LiveStepKind, locale: string, title: string, html: string | null, questionType: QuestionType | null, options: Array<{ id: string, text: string }>, outcome: { kind: OutcomeKind, title: string, text: string } | null } | null, results: { answered: number, correctOptionIds: Array<string>, counts: Array<{ optionId: string, count: number }> } | null } | null };

export type JoinGroupMutationVariables = Exact<{
  input: JoinGroupInput;
}>;


export type JoinGroupMutation = { joinGroup: { id: string, groupId: string, groupName: string, courseId: string, nickname: string, hasPairingCode: boolean } };

export type LeaveGroupMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type LeaveGroupMutation = { leaveGroup: boolean };

export type SetMyPairingCodeMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  pairingCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetMyPairingCodeMutation = { setMyPairingCode: { id: string, groupId: string, hasPairingCode: boolean } };

export type PairTestAttemptMutationVariables = Exact<{
  input: PairTestAttemptInput;
}>;


export type PairTestAttemptMutation = { pairTestAttempt: { groupName: string, test: GroupTest } };

export type GroupByJoinCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type GroupByJoinCodeQuery = { groupByJoinCode: { id: string, name: string, courseId: string, profileFields: Array<ProfileField> } };

export type MyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMembershipsQuery = { myMemberships: Array<{ id: string, groupId: string, groupName: string, courseId: string, nickname: string, hasPairingCode: boolean, liveSession: { sessionId: string } | null }> };

export type GroupReportQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type GroupReportQuery = { groupReport: { groupId: string, groupName: string, participants: number, csv: string, byGender: Array<{ label: string, count: number | null, display: string }>, byDiscipline: Array<{ label: string, count: number | null, display: string }>, byRegion: Array<{ label: string, count: number | null, display: string }>, sessions: Array<{ sessionId: string, startedAt: string, attended: number }>, preTest: { quizId: string, takers: number, meanScore: number | null, passMark: number } | null, postTest: { quizId: string, takers: number, meanScore: number | null, passMark: number } | null, gain: { paired: number, meanGain: number | null, improved: number, same: number, worse: number, unpairedPre: number, unpairedPost: number, outsideAttempts: number }, questions: Array<{ topic: string, prompt: string, promptLocale: string, preCorrectPercent: number | null, postCorrectPercent: number | null }> } };

export type ReportCellFieldsFragment = { label: string, count: number | null, display: string };

export type TestSummaryFieldsFragment = { quizId: string, takers: number, meanScore: number | null, passMark: number };

export type InviteStaffMutationVariables = Exact<{
  email: Scalars['String']['input'];
  role: StaffRole;
}>;


export type InviteStaffMutation = { inviteStaff: { acceptPath: string, invitation: { id: string, email: string, role: StaffRole, expiresAt: string, expired: boolean } } };

export type RevokeStaffInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeStaffInvitationMutation = { revokeStaffInvitation: boolean };

export type SetStaffRoleMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  role: StaffRole;
}>;


export type SetStaffRoleMutation = { setStaffRole: { id: string, email: string, displayName: string, role: StaffRole, active: boolean, lastSignInAt: string | null } };

export type SetStaffActiveMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetStaffActiveMutation = { setStaffActive: { id: string, email: string, displayName: string, role: StaffRole, active: boolean, lastSignInAt: string | null } };

export type AcceptStaffInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type AcceptStaffInvitationMutation = { acceptStaffInvitation: { id: string, displayName: string, email: string, role: StaffRole } };

export type StaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountsQuery = { staffAccounts: Array<{ id: string, email: string, displayName: string, role: StaffRole, active: boolean, lastSignInAt: string | null }>, staffInvitations: Array<{ id: string, email: string, role: StaffRole, expiresAt: string, expired: boolean }> };

export type StaffAccountFieldsFragment = { id: string, email: string, displayName: string, role: StaffRole, active: boolean, lastSignInAt: string | null };

export type StaffInvitationFieldsFragment = { id: string, email: string, role: StaffRole, expiresAt: string, expired: boolean };

export type StaffInvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type StaffInvitationQuery = { staffInvitation: { email: string, role: StaffRole, expiresAt: string } };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { signIn: { id: string, displayName: string, email: string, role: StaffRole } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string, role: StaffRole } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CertificateFieldsFragmentDoc = new TypedDocumentString(`
    fragment CertificateFields on Certificate {
  code
  nickname
  courseTitle
  groupName
  dates
  issuedOn
  pdfPath
  verifyPath
}
    `, {"fragmentName":"CertificateFields"}) as unknown as TypedDocumentString<CertificateFieldsFragment, unknown>;
export const GroupSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment GroupSummaryFields on Group {
  id
  name
  courseId
  startsOn
  endsOn
  region
  location
  participantCount
}
    `, {"fragmentName":"GroupSummaryFields"}) as unknown as TypedDocumentString<GroupSummaryFieldsFragment, unknown>;
export const GroupDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment GroupDetailFields on Group {
  ...GroupSummaryFields
  expectedDisciplines
  profileFields
  joinCode
  joinPath
  joinQrSvg
  participants {
    id
    nickname
    gender
    discipline
    region
    joinedAt
  }
  liveSession {
    sessionId
    startedAt
  }
}
    fragment GroupSummaryFields on Group {
  id
  name
  courseId
  startsOn
  endsOn
  region
  location
  participantCount
}`, {"fragmentName":"GroupDetailFields"}) as unknown as TypedDocumentString<GroupDetailFieldsFragment, unknown>;
export const LiveStepFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
    `, {"fragmentName":"LiveStepFields"}) as unknown as TypedDocumentString<LiveStepFieldsFragment, unknown>;
export const LiveResultsFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
    `, {"fragmentName":"LiveResultsFields"}) as unknown as TypedDocumentString<LiveResultsFieldsFragment, unknown>;
export const TrainerLiveFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainerLiveFields on TrainerLiveView {
  sessionId
  groupId
  active
  revealed
  attendance
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}`, {"fragmentName":"TrainerLiveFields"}) as unknown as TypedDocumentString<TrainerLiveFieldsFragment, unknown>;
export const ParticipantLiveFieldsFragmentDoc = new TypedDocumentString(`
    fragment ParticipantLiveFields on ParticipantLiveView {
  sessionId
  groupId
  active
  revealed
  myAnswer
  feedback
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}`, {"fragmentName":"ParticipantLiveFields"}) as unknown as TypedDocumentString<ParticipantLiveFieldsFragment, unknown>;
export const ReportCellFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportCellFields on ReportCell {
  label
  count
  display
}
    `, {"fragmentName":"ReportCellFields"}) as unknown as TypedDocumentString<ReportCellFieldsFragment, unknown>;
export const TestSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment TestSummaryFields on TestSummary {
  quizId
  takers
  meanScore
  passMark
}
    `, {"fragmentName":"TestSummaryFields"}) as unknown as TypedDocumentString<TestSummaryFieldsFragment, unknown>;
export const StaffAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffAccountFields on StaffAccount {
  id
  email
  displayName
  role
  active
  lastSignInAt
}
    `, {"fragmentName":"StaffAccountFields"}) as unknown as TypedDocumentString<StaffAccountFieldsFragment, unknown>;
export const StaffInvitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffInvitationFields on StaffInvitation {
  id
  email
  role
  expiresAt
  expired
}
    `, {"fragmentName":"StaffInvitationFields"}) as unknown as TypedDocumentString<StaffInvitationFieldsFragment, unknown>;
export const IssueCertificateDocument = new TypedDocumentString(`
    mutation IssueCertificate($groupId: ID!, $locale: String!) {
  issueCertificate(groupId: $groupId, locale: $locale) {
    ...CertificateFields
  }
}
    fragment CertificateFields on Certificate {
  code
  nickname
  courseTitle
  groupName
  dates
  issuedOn
  pdfPath
  verifyPath
}`) as unknown as TypedDocumentString<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    query VerifyCertificate($code: String!, $locale: String!) {
  verifyCertificate(code: $code, locale: $locale) {
    ...CertificateFields
  }
}
    fragment CertificateFields on Certificate {
  code
  nickname
  courseTitle
  groupName
  dates
  issuedOn
  pdfPath
  verifyPath
}`) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const CreateGroupDocument = new TypedDocumentString(`
    mutation CreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    ...GroupSummaryFields
  }
}
    fragment GroupSummaryFields on Group {
  id
  name
  courseId
  startsOn
  endsOn
  region
  location
  participantCount
}`) as unknown as TypedDocumentString<CreateGroupMutation, CreateGroupMutationVariables>;
export const RemoveParticipantDocument = new TypedDocumentString(`
    mutation RemoveParticipant($groupId: ID!, $participantId: ID!) {
  removeParticipant(groupId: $groupId, participantId: $participantId)
}
    `) as unknown as TypedDocumentString<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const GroupsDocument = new TypedDocumentString(`
    query Groups {
  groups {
    ...GroupSummaryFields
  }
}
    fragment GroupSummaryFields on Group {
  id
  name
  courseId
  startsOn
  endsOn
  region
  location
  participantCount
}`) as unknown as TypedDocumentString<GroupsQuery, GroupsQueryVariables>;
export const GroupDocument = new TypedDocumentString(`
    query Group($id: ID!) {
  group(id: $id) {
    ...GroupDetailFields
  }
}
    fragment GroupSummaryFields on Group {
  id
  name
  courseId
  startsOn
  endsOn
  region
  location
  participantCount
}
fragment GroupDetailFields on Group {
  ...GroupSummaryFields
  expectedDisciplines
  profileFields
  joinCode
  joinPath
  joinQrSvg
  participants {
    id
    nickname
    gender
    discipline
    region
    joinedAt
  }
  liveSession {
    sessionId
    startedAt
  }
}`) as unknown as TypedDocumentString<GroupQuery, GroupQueryVariables>;
export const GroupChangedDocument = new TypedDocumentString(`
    subscription GroupChanged($groupId: ID!) {
  groupChanged(groupId: $groupId) {
    ...GroupDetailFields
  }
}
    fragment GroupSummaryFields on Group {
  id
  name
  courseId
  startsOn
  endsOn
  region
  location
  participantCount
}
fragment GroupDetailFields on Group {
  ...GroupSummaryFields
  expectedDisciplines
  profileFields
  joinCode
  joinPath
  joinQrSvg
  participants {
    id
    nickname
    gender
    discipline
    region
    joinedAt
  }
  liveSession {
    sessionId
    startedAt
  }
}`) as unknown as TypedDocumentString<GroupChangedSubscription, GroupChangedSubscriptionVariables>;
export const StartLiveSessionDocument = new TypedDocumentString(`
    mutation StartLiveSession($groupId: ID!, $locale: String!, $clientId: String) {
  startLiveSession(groupId: $groupId, locale: $locale, clientId: $clientId) {
    ...TrainerLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment TrainerLiveFields on TrainerLiveView {
  sessionId
  groupId
  active
  revealed
  attendance
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<StartLiveSessionMutation, StartLiveSessionMutationVariables>;
export const ShowLiveStepDocument = new TypedDocumentString(`
    mutation ShowLiveStep($sessionId: ID!, $input: ShowLiveStepInput!, $locale: String!) {
  showLiveStep(sessionId: $sessionId, input: $input, locale: $locale) {
    ...TrainerLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment TrainerLiveFields on TrainerLiveView {
  sessionId
  groupId
  active
  revealed
  attendance
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<ShowLiveStepMutation, ShowLiveStepMutationVariables>;
export const RevealLiveStepDocument = new TypedDocumentString(`
    mutation RevealLiveStep($sessionId: ID!, $locale: String!) {
  revealLiveStep(sessionId: $sessionId, locale: $locale) {
    ...TrainerLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment TrainerLiveFields on TrainerLiveView {
  sessionId
  groupId
  active
  revealed
  attendance
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<RevealLiveStepMutation, RevealLiveStepMutationVariables>;
export const AdvanceLiveScenarioDocument = new TypedDocumentString(`
    mutation AdvanceLiveScenario($sessionId: ID!, $choiceId: ID, $locale: String!, $fromStepKey: String) {
  advanceLiveScenario(
    sessionId: $sessionId
    choiceId: $choiceId
    locale: $locale
    fromStepKey: $fromStepKey
  ) {
    ...TrainerLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment TrainerLiveFields on TrainerLiveView {
  sessionId
  groupId
  active
  revealed
  attendance
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<AdvanceLiveScenarioMutation, AdvanceLiveScenarioMutationVariables>;
export const EndLiveSessionDocument = new TypedDocumentString(`
    mutation EndLiveSession($sessionId: ID!, $locale: String!) {
  endLiveSession(sessionId: $sessionId, locale: $locale) {
    ...TrainerLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment TrainerLiveFields on TrainerLiveView {
  sessionId
  groupId
  active
  revealed
  attendance
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<EndLiveSessionMutation, EndLiveSessionMutationVariables>;
export const AnswerLiveStepDocument = new TypedDocumentString(`
    mutation AnswerLiveStep($sessionId: ID!, $optionIds: [ID!]!, $locale: String!) {
  answerLiveStep(sessionId: $sessionId, optionIds: $optionIds, locale: $locale) {
    ...ParticipantLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment ParticipantLiveFields on ParticipantLiveView {
  sessionId
  groupId
  active
  revealed
  myAnswer
  feedback
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<AnswerLiveStepMutation, AnswerLiveStepMutationVariables>;
export const LiveSessionDocument = new TypedDocumentString(`
    query LiveSession($sessionId: ID!, $locale: String!) {
  liveSession(sessionId: $sessionId, locale: $locale) {
    ...TrainerLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment TrainerLiveFields on TrainerLiveView {
  sessionId
  groupId
  active
  revealed
  attendance
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<LiveSessionQuery, LiveSessionQueryVariables>;
export const MyLiveSessionDocument = new TypedDocumentString(`
    query MyLiveSession($groupId: ID!, $locale: String!) {
  myLiveSession(groupId: $groupId, locale: $locale) {
    ...ParticipantLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment ParticipantLiveFields on ParticipantLiveView {
  sessionId
  groupId
  active
  revealed
  myAnswer
  feedback
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<MyLiveSessionQuery, MyLiveSessionQueryVariables>;
export const TrainerLiveSessionDocument = new TypedDocumentString(`
    subscription TrainerLiveSession($sessionId: ID!, $locale: String!) {
  trainerLiveSession(sessionId: $sessionId, locale: $locale) {
    ...TrainerLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment TrainerLiveFields on TrainerLiveView {
  sessionId
  groupId
  active
  revealed
  attendance
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<TrainerLiveSessionSubscription, TrainerLiveSessionSubscriptionVariables>;
export const ParticipantLiveSessionDocument = new TypedDocumentString(`
    subscription ParticipantLiveSession($groupId: ID!, $locale: String!) {
  participantLiveSession(groupId: $groupId, locale: $locale) {
    ...ParticipantLiveFields
  }
}
    fragment LiveStepFields on LiveStepView {
  key
  kind
  locale
  title
  html
  questionType
  options {
    id
    text
  }
  outcome {
    kind
    title
    text
  }
}
fragment LiveResultsFields on LiveResults {
  answered
  correctOptionIds
  counts {
    optionId
    count
  }
}
fragment ParticipantLiveFields on ParticipantLiveView {
  sessionId
  groupId
  active
  revealed
  myAnswer
  feedback
  step {
    ...LiveStepFields
  }
  results {
    ...LiveResultsFields
  }
}`) as unknown as TypedDocumentString<ParticipantLiveSessionSubscription, ParticipantLiveSessionSubscriptionVariables>;
export const JoinGroupDocument = new TypedDocumentString(`
    mutation JoinGroup($input: JoinGroupInput!) {
  joinGroup(input: $input) {
    id
    groupId
    groupName
    courseId
    nickname
    hasPairingCode
  }
}
    `) as unknown as TypedDocumentString<JoinGroupMutation, JoinGroupMutationVariables>;
export const LeaveGroupDocument = new TypedDocumentString(`
    mutation LeaveGroup($groupId: ID!) {
  leaveGroup(groupId: $groupId)
}
    `) as unknown as TypedDocumentString<LeaveGroupMutation, LeaveGroupMutationVariables>;
export const SetMyPairingCodeDocument = new TypedDocumentString(`
    mutation SetMyPairingCode($groupId: ID!, $pairingCode: String) {
  setMyPairingCode(groupId: $groupId, pairingCode: $pairingCode) {
    id
    groupId
    hasPairingCode
  }
}
    `) as unknown as TypedDocumentString<SetMyPairingCodeMutation, SetMyPairingCodeMutationVariables>;
export const PairTestAttemptDocument = new TypedDocumentString(`
    mutation PairTestAttempt($input: PairTestAttemptInput!) {
  pairTestAttempt(input: $input) {
    groupName
    test
  }
}
    `) as unknown as TypedDocumentString<PairTestAttemptMutation, PairTestAttemptMutationVariables>;
export const GroupByJoinCodeDocument = new TypedDocumentString(`
    query GroupByJoinCode($code: String!) {
  groupByJoinCode(code: $code) {
    id
    name
    courseId
    profileFields
  }
}
    `) as unknown as TypedDocumentString<GroupByJoinCodeQuery, GroupByJoinCodeQueryVariables>;
export const MyMembershipsDocument = new TypedDocumentString(`
    query MyMemberships {
  myMemberships {
    id
    groupId
    groupName
    courseId
    nickname
    hasPairingCode
    liveSession {
      sessionId
    }
  }
}
    `) as unknown as TypedDocumentString<MyMembershipsQuery, MyMembershipsQueryVariables>;
export const GroupReportDocument = new TypedDocumentString(`
    query GroupReport($groupId: ID!, $locale: String!) {
  groupReport(groupId: $groupId, locale: $locale) {
    groupId
    groupName
    participants
    byGender {
      ...ReportCellFields
    }
    byDiscipline {
      ...ReportCellFields
    }
    byRegion {
      ...ReportCellFields
    }
    sessions {
      sessionId
      startedAt
      attended
    }
    preTest {
      ...TestSummaryFields
    }
    postTest {
      ...TestSummaryFields
    }
    gain {
      paired
      meanGain
      improved
      same
      worse
      unpairedPre
      unpairedPost
      outsideAttempts
    }
    questions {
      topic
      prompt
      promptLocale
      preCorrectPercent
      postCorrectPercent
    }
    csv
  }
}
    fragment ReportCellFields on ReportCell {
  label
  count
  display
}
fragment TestSummaryFields on TestSummary {
  quizId
  takers
  meanScore
  passMark
}`) as unknown as TypedDocumentString<GroupReportQuery, GroupReportQueryVariables>;
export const InviteStaffDocument = new TypedDocumentString(`
    mutation InviteStaff($email: String!, $role: StaffRole!) {
  inviteStaff(email: $email, role: $role) {
    acceptPath
    invitation {
      ...StaffInvitationFields
    }
  }
}
    fragment StaffInvitationFields on StaffInvitation {
  id
  email
  role
  expiresAt
  expired
}`) as unknown as TypedDocumentString<InviteStaffMutation, InviteStaffMutationVariables>;
export const RevokeStaffInvitationDocument = new TypedDocumentString(`
    mutation RevokeStaffInvitation($id: ID!) {
  revokeStaffInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeStaffInvitationMutation, RevokeStaffInvitationMutationVariables>;
export const SetStaffRoleDocument = new TypedDocumentString(`
    mutation SetStaffRole($accountId: ID!, $role: StaffRole!) {
  setStaffRole(accountId: $accountId, role: $role) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffAccount {
  id
  email
  displayName
  role
  active
  lastSignInAt
}`) as unknown as TypedDocumentString<SetStaffRoleMutation, SetStaffRoleMutationVariables>;
export const SetStaffActiveDocument = new TypedDocumentString(`
    mutation SetStaffActive($accountId: ID!, $active: Boolean!) {
  setStaffActive(accountId: $accountId, active: $active) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffAccount {
  id
  email
  displayName
  role
  active
  lastSignInAt
}`) as unknown as TypedDocumentString<SetStaffActiveMutation, SetStaffActiveMutationVariables>;
export const AcceptStaffInvitationDocument = new TypedDocumentString(`
    mutation AcceptStaffInvitation($token: String!, $displayName: String!, $password: String!) {
  acceptStaffInvitation(
    token: $token
    displayName: $displayName
    password: $password
  ) {
    id
    displayName
    email
    role
  }
}
    `) as unknown as TypedDocumentString<AcceptStaffInvitationMutation, AcceptStaffInvitationMutationVariables>;
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts {
  staffAccounts {
    ...StaffAccountFields
  }
  staffInvitations {
    ...StaffInvitationFields
  }
}
    fragment StaffAccountFields on StaffAccount {
  id
  email
  displayName
  role
  active
  lastSignInAt
}
fragment StaffInvitationFields on StaffInvitation {
  id
  email
  role
  expiresAt
  expired
}`) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const StaffInvitationDocument = new TypedDocumentString(`
    query StaffInvitation($token: String!) {
  staffInvitation(token: $token) {
    email
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<StaffInvitationQuery, StaffInvitationQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    id
    displayName
    email
    role
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    email
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;