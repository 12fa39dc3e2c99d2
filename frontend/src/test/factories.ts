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
