import type {
  CourseQuery,
  CoursesQuery,
  HelplinesQuery,
  LessonQuery,
  MyProgressQuery,
  QuizQuery,
  ScenarioQuery,
  ScenarioRunFieldsFragment,
  SubmitQuizMutation,
} from '@/graphql/generated/graphql';
import type {
  CertificateFieldsFragment,
  GroupByJoinCodeQuery,
  GroupQuery,
  GroupReportQuery,
  MeQuery,
  MyMembershipsQuery,
  ParticipantLiveFieldsFragment,
  TrainerLiveFieldsFragment,
} from '@/graphql/generated-trainings/graphql';

type CourseSummary = CoursesQuery['courses'][number];
type Course = CourseQuery['course'];
type Lesson = LessonQuery['lesson'];
type Quiz = QuizQuery['quiz'];
type QuizAttempt = SubmitQuizMutation['submitQuiz'];
type Scenario = ScenarioQuery['scenario'];
type Helpline = HelplinesQuery['helplines'][number];
type Progress = MyProgressQuery['myProgress'];

let sequence = 0;
const next = () => ++sequence;

export function aCourseSummary(overrides: Partial<CourseSummary> = {}): CourseSummary {
  const n = next();
  return {
    id: `course-${n}`,
    title: `Course ${n}`,
    summary: `What course ${n} is about.`,
    audience: 'PARENTS',
    ageBands: ['ADULTS'],
    languages: ['ru', 'en'],
    estimatedMinutes: 30,
    locale: 'en',
    stepCount: 3,
    ...overrides,
  };
}

export function aCourse(overrides: Partial<Course> = {}): Course {
  const id = overrides.id ?? `course-${next()}`;
  return {
    id,
    title: 'Teach children to see lies',
    summary: 'How to notice the signs of grooming.',
    audience: 'PARENTS',
    ageBands: ['ADULTS'],
    languages: ['ru', 'en'],
    estimatedMinutes: 40,
    locale: 'en',
    steps: [
      { kind: 'LESSON', id: `${id}/signs`, title: 'Signs that something is wrong' },
      { kind: 'LESSON', id: `${id}/precautions`, title: 'Precautions' },
      { kind: 'QUIZ', id: `${id}/quiz-signs`, title: 'Check yourself' },
      { kind: 'SCENARIO', id: `${id}/roleplay`, title: 'A talk with your daughter' },
    ],
    preTestId: null,
    postTestId: null,
    linkedCourseId: null,
    ...overrides,
  };
}

export function aLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    id: 'course-a/signs',
    courseId: 'course-a',
    title: 'Signs that something is wrong',
    minutes: 5,
    html: '<p>Children rarely say it out loud.</p>',
    locale: 'en',
    video: null,
    ...overrides,
  };
}

/** A quiz with a single-choice and a multiple-choice question; the right answers are "a" and "a"+"c". */
export function aQuiz(overrides: Partial<Quiz> = {}): Quiz {
  return {
    id: 'course-a/quiz-signs',
    courseId: 'course-a',
    title: 'Check yourself',
    passMark: 50,
    locale: 'en',
    questions: [
      {
        id: 'secret-gifts',
        type: 'SINGLE',
        prompt: 'Which of these is a warning sign?',
        options: [
          { id: 'a', text: 'Secret gifts from an adult' },
          { id: 'b', text: 'A new hobby' },
        ],
      },
      {
        id: 'what-to-do',
        type: 'MULTIPLE',
        prompt: 'What helps when a child tells you something?',
        options: [
          { id: 'a', text: 'Stay calm' },
          { id: 'b', text: 'Shout at the child' },
          { id: 'c', text: 'Thank them for telling you' },
        ],
      },
    ],
    ...overrides,
  };
}

export function anAttempt(overrides: Partial<QuizAttempt> = {}): QuizAttempt {
  return {
    id: `attempt-${next()}`,
    quizId: 'course-a/quiz-signs',
    score: 50,
    passed: true,
    submittedAt: '2025-11-23T10:00:00.000Z',
    results: [
      {
        questionId: 'secret-gifts',
        correct: true,
        correctOptionIds: ['a'],
        chosen: [{ optionId: 'a', correct: true, feedback: 'Right: secret gifts are a classic step of grooming.' }],
      },
      {
        questionId: 'what-to-do',
        correct: false,
        correctOptionIds: ['a', 'c'],
        chosen: [{ optionId: 'a', correct: true, feedback: 'Yes, calm words keep the door open.' }],
      },
    ],
    ...overrides,
  };
}

export function aScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'course-a/roleplay',
    courseId: 'course-a',
    title: 'A talk with your daughter',
    role: 'PARENT',
    counterpart: 'Anya, 12',
    linkedScenarioId: null,
    decisionPoints: 3,
    locale: 'en',
    ...overrides,
  };
}

export function aRun(overrides: Partial<ScenarioRunFieldsFragment> = {}): ScenarioRunFieldsFragment {
  return {
    id: 'run-1',
    scenarioId: 'course-a/roleplay',
    reaction: null,
    finished: false,
    node: {
      id: 'phone-at-night',
      text: '(Anya hides her phone when you come in.)',
      choices: [
        { id: 'demand-phone', text: 'Give me that phone!' },
        { id: 'ask-calmly', text: 'You look worried. Want to talk?' },
      ],
      outcome: null,
    },
    ...overrides,
  };
}

export function anEnding(kind: 'GOOD' | 'MIXED' | 'BAD', overrides: Partial<ScenarioRunFieldsFragment> = {}): ScenarioRunFieldsFragment {
  return aRun({
    finished: true,
    reaction: 'Anya sighs and sits down next to you.',
    node: {
      id: 'she-talks',
      text: '',
      choices: [],
      outcome: { kind, title: 'She told you', text: 'Calm questions kept the door open.' },
    },
    ...overrides,
  });
}

export function aHelpline(overrides: Partial<Helpline> = {}): Helpline {
  return {
    id: `helpline-${next()}`,
    name: 'Safe travel hotline',
    phones: ['113', '+375 162 21 8888'],
    hours: 'Every day 8:00–20:00',
    languages: ['ru', 'be', 'en'],
    topics: 'Work and travel abroad, trafficking',
    free: true,
    ...overrides,
  };
}

export function aProgress(overrides: Partial<Progress> = {}): Progress {
  return {
    courses: [],
    attempts: [],
    hasRecoveryCode: false,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Group trainings

type LiveStep = NonNullable<TrainerLiveFieldsFragment['step']>;

export function aStaffMember(overrides: Partial<MeQuery['me']> = {}): MeQuery['me'] {
  return { id: 'staff-1', displayName: 'Demo trainer', email: 'trainer@zorka.local', role: 'TRAINER', ...overrides };
}

export function aJoinableGroup(overrides: Partial<GroupByJoinCodeQuery['groupByJoinCode']> = {}): GroupByJoinCodeQuery['groupByJoinCode'] {
  return { id: 'group-1', name: 'Brest, March', courseId: 'course-a', profileFields: [], ...overrides };
}

export function aMembership(overrides: Partial<MyMembershipsQuery['myMemberships'][number]> = {}): MyMembershipsQuery['myMemberships'][number] {
  return { id: `membership-${next()}`, groupId: 'group-1', groupName: 'Brest, March', courseId: 'course-a', nickname: 'Owl', hasPairingCode: false, liveSession: null, ...overrides };
}

export function aGroup(overrides: Partial<GroupQuery['group']> = {}): GroupQuery['group'] {
  return {
    id: 'group-1',
    name: 'Brest, March',
    courseId: 'course-a',
    startsOn: '2026-03-10',
    endsOn: '2026-03-11',
    region: 'Brest',
    location: 'Training centre',
    participantCount: 2,
    expectedDisciplines: ['POLICE', 'SOCIAL_WORK'],
    profileFields: ['GENDER'],
    joinCode: 'K7QM-4XP0',
    joinPath: '/join/K7QM-4XP0',
    joinQrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h7v7H0z"/></svg>',
    participants: [
      { id: 'p-1', nickname: 'Owl', gender: 'FEMALE', discipline: null, region: null, joinedAt: '2026-03-10T09:00:00.000Z' },
      { id: 'p-2', nickname: 'Fox', gender: null, discipline: null, region: null, joinedAt: '2026-03-10T09:01:00.000Z' },
    ],
    liveSession: null,
    ...overrides,
  };
}

/** A single-choice question with the right answer "a". */
export function aLiveQuestion(overrides: Partial<LiveStep> = {}): LiveStep {
  return {
    key: 'question:course-a/quiz-signs:secret-gifts',
    kind: 'QUESTION',
    locale: 'en',
    title: 'Which of these is a warning sign?',
    html: null,
    questionType: 'SINGLE',
    options: [
      { id: 'a', text: 'Secret gifts from an adult' },
      { id: 'b', text: 'A new hobby' },
    ],
    outcome: null,
    ...overrides,
  };
}

export function aLiveDecision(overrides: Partial<LiveStep> = {}): LiveStep {
  return {
    key: 'decision:course-a/roleplay:start',
    kind: 'DECISION',
    locale: 'en',
    title: 'A girl tells you an online friend wants to meet her.',
    html: null,
    questionType: null,
    options: [
      { id: 'listen', text: 'Thank you for telling me. Tell me more.' },
      { id: 'scold', text: 'You should not talk to strangers!' },
    ],
    outcome: null,
    ...overrides,
  };
}

export function aParticipantView(overrides: Partial<ParticipantLiveFieldsFragment> = {}): ParticipantLiveFieldsFragment {
  return {
    sessionId: 'session-1',
    groupId: 'group-1',
    active: true,
    revealed: false,
    myAnswer: [],
    feedback: null,
    step: aLiveQuestion(),
    results: null,
    ...overrides,
  };
}

export function aTrainerView(overrides: Partial<TrainerLiveFieldsFragment> = {}): TrainerLiveFieldsFragment {
  return {
    sessionId: 'session-1',
    groupId: 'group-1',
    active: true,
    revealed: false,
    attendance: 12,
    step: aLiveQuestion(),
    results: { answered: 8, correctOptionIds: ['a'], counts: [{ optionId: 'a', count: 6 }, { optionId: 'b', count: 2 }] },
    ...overrides,
  };
}

export function aReport(overrides: Partial<GroupReportQuery['groupReport']> = {}): GroupReportQuery['groupReport'] {
  return {
    groupId: 'group-1',
    groupName: 'Brest, March',
    participants: 14,
    byGender: [
      { label: 'female', count: 9, display: '9' },
      { label: 'male', count: 3, display: '3' },
      { label: 'other', count: null, display: '< 3' },
    ],
    byDiscipline: [
      { label: 'police', count: 6, display: '6' },
      { label: 'social-work', count: 6, display: '6' },
      { label: 'not-stated', count: null, display: '< 3' },
    ],
    byRegion: [{ label: 'Брест', count: 14, display: '14' }],
    sessions: [{ sessionId: 'session-1', startedAt: '2026-03-10T09:00:00.000Z', attended: 13 }],
    preTest: { quizId: 'course-a/pre-test', takers: 14, meanScore: 45.5, passMark: 60 },
    postTest: { quizId: 'course-a/post-test', takers: 13, meanScore: 78.2, passMark: 60 },
    gain: { paired: 13, meanGain: 32.3, improved: 11, same: 1, worse: 1, unpairedPre: 1, unpairedPost: 0, outsideAttempts: 2 },
    questions: [
      { topic: 'grooming-signs', prompt: 'Which of these is a sign of grooming?', promptLocale: 'en', preCorrectPercent: 40, postCorrectPercent: 92.3 },
      { topic: 'referral', prompt: 'Whom do you call first?', promptLocale: 'en', preCorrectPercent: 20, postCorrectPercent: 53.8 },
    ],
    csv: '"participant","gender","discipline","region","pre_test_score","post_test_score"\r\n"P001","female","police","Брест","40","90"\r\n',
    ...overrides,
  };
}

export function aCertificate(overrides: Partial<CertificateFieldsFragment> = {}): CertificateFieldsFragment {
  return {
    code: '7K3M9QXA2B4C',
    nickname: 'Owl',
    courseTitle: 'Protecting children online',
    groupName: 'Brest, March',
    dates: '2026-03-10 – 2026-03-11',
    issuedOn: '2026-03-11',
    pdfPath: '/certificates/7K3M9QXA2B4C.pdf?lang=en',
    verifyPath: '/verify/7K3M9QXA2B4C',
    ...overrides,
  };
}
