/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Course($id: ID!, $locale: String!) {\n  course(id: $id, locale: $locale) {\n    id\n    title\n    summary\n    audience\n    ageBands\n    languages\n    estimatedMinutes\n    locale\n    steps {\n      kind\n      id\n      title\n    }\n    preTestId\n    postTestId\n    linkedCourseId\n  }\n}\n\nquery LinkedCourse($id: ID!, $locale: String!) {\n  course(id: $id, locale: $locale) {\n    id\n    title\n    audience\n    locale\n  }\n}": typeof types.CourseDocument,
    "query Courses($locale: String!) {\n  courses(locale: $locale) {\n    id\n    title\n    summary\n    audience\n    ageBands\n    languages\n    estimatedMinutes\n    locale\n    stepCount\n  }\n}": typeof types.CoursesDocument,
    "query Helplines($locale: String!) {\n  helplines(locale: $locale) {\n    id\n    name\n    phones\n    hours\n    languages\n    topics\n    free\n  }\n}": typeof types.HelplinesDocument,
    "mutation StartLearner {\n  startLearner {\n    token\n  }\n}\n\nmutation CreateRecoveryCode {\n  createRecoveryCode {\n    code\n  }\n}\n\nmutation RestoreLearner($code: String!) {\n  restoreLearner(code: $code) {\n    token\n  }\n}\n\nmutation EraseMyData {\n  eraseMyData\n}": typeof types.StartLearnerDocument,
    "query Lesson($id: ID!, $locale: String!) {\n  lesson(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    minutes\n    html\n    locale\n    video {\n      url\n      transcript\n      captions {\n        locale\n        url\n      }\n    }\n  }\n}": typeof types.LessonDocument,
    "query MyData {\n  myData\n}": typeof types.MyDataDocument,
    "mutation CompleteLesson($lessonId: ID!, $locale: String) {\n  completeLesson(lessonId: $lessonId, locale: $locale) {\n    courseId\n    title\n    completedStepIds\n    stepCount\n    percent\n  }\n}": typeof types.CompleteLessonDocument,
    "query MyProgress($locale: String!) {\n  myProgress(locale: $locale) {\n    courses {\n      courseId\n      title\n      locale\n      completedStepIds\n      stepCount\n      percent\n    }\n    attempts {\n      id\n      quizId\n      score\n      passed\n      submittedAt\n    }\n    hasRecoveryCode\n  }\n}": typeof types.MyProgressDocument,
    "mutation SubmitQuiz($input: SubmitQuizInput!, $locale: String!) {\n  submitQuiz(input: $input, locale: $locale) {\n    id\n    quizId\n    score\n    passed\n    submittedAt\n    results {\n      questionId\n      correct\n      correctOptionIds\n      chosen {\n        optionId\n        correct\n        feedback\n      }\n    }\n  }\n}": typeof types.SubmitQuizDocument,
    "query Quiz($id: ID!, $locale: String!) {\n  quiz(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    passMark\n    locale\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n  }\n}": typeof types.QuizDocument,
    "fragment ScenarioRunFields on ScenarioRun {\n  id\n  scenarioId\n  reaction\n  finished\n  node {\n    id\n    text\n    choices {\n      id\n      text\n    }\n    outcome {\n      kind\n      title\n      text\n    }\n  }\n}": typeof types.ScenarioRunFieldsFragmentDoc,
    "mutation StartScenario($scenarioId: ID!, $locale: String!, $clientId: String) {\n  startScenario(scenarioId: $scenarioId, locale: $locale, clientId: $clientId) {\n    ...ScenarioRunFields\n  }\n}\n\nmutation ChooseScenarioOption($runId: ID!, $choiceId: ID!, $locale: String!, $clientId: String) {\n  chooseScenarioOption(\n    runId: $runId\n    choiceId: $choiceId\n    locale: $locale\n    clientId: $clientId\n  ) {\n    ...ScenarioRunFields\n  }\n}": typeof types.StartScenarioDocument,
    "query Scenario($id: ID!, $locale: String!) {\n  scenario(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    role\n    counterpart\n    linkedScenarioId\n    decisionPoints\n    locale\n  }\n}": typeof types.ScenarioDocument,
};
const documents: Documents = {
    "query Course($id: ID!, $locale: String!) {\n  course(id: $id, locale: $locale) {\n    id\n    title\n    summary\n    audience\n    ageBands\n    languages\n    estimatedMinutes\n    locale\n    steps {\n      kind\n      id\n      title\n    }\n    preTestId\n    postTestId\n    linkedCourseId\n  }\n}\n\nquery LinkedCourse($id: ID!, $locale: String!) {\n  course(id: $id, locale: $locale) {\n    id\n    title\n    audience\n    locale\n  }\n}": types.CourseDocument,
    "query Courses($locale: String!) {\n  courses(locale: $locale) {\n    id\n    title\n    summary\n    audience\n    ageBands\n    languages\n    estimatedMinutes\n    locale\n    stepCount\n  }\n}": types.CoursesDocument,
    "query Helplines($locale: String!) {\n  helplines(locale: $locale) {\n    id\n    name\n    phones\n    hours\n    languages\n    topics\n    free\n  }\n}": types.HelplinesDocument,
    "mutation StartLearner {\n  startLearner {\n    token\n  }\n}\n\nmutation CreateRecoveryCode {\n  createRecoveryCode {\n    code\n  }\n}\n\nmutation RestoreLearner($code: String!) {\n  restoreLearner(code: $code) {\n    token\n  }\n}\n\nmutation EraseMyData {\n  eraseMyData\n}": types.StartLearnerDocument,
    "query Lesson($id: ID!, $locale: String!) {\n  lesson(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    minutes\n    html\n    locale\n    video {\n      url\n      transcript\n      captions {\n        locale\n        url\n      }\n    }\n  }\n}": types.LessonDocument,
    "query MyData {\n  myData\n}": types.MyDataDocument,
    "mutation CompleteLesson($lessonId: ID!, $locale: String) {\n  completeLesson(lessonId: $lessonId, locale: $locale) {\n    courseId\n    title\n    completedStepIds\n    stepCount\n    percent\n  }\n}": types.CompleteLessonDocument,
    "query MyProgress($locale: String!) {\n  myProgress(locale: $locale) {\n    courses {\n      courseId\n      title\n      locale\n      completedStepIds\n      stepCount\n      percent\n    }\n    attempts {\n      id\n      quizId\n      score\n      passed\n      submittedAt\n    }\n    hasRecoveryCode\n  }\n}": types.MyProgressDocument,
    "mutation SubmitQuiz($input: SubmitQuizInput!, $locale: String!) {\n  submitQuiz(input: $input, locale: $locale) {\n    id\n    quizId\n    score\n    passed\n    submittedAt\n    results {\n      questionId\n      correct\n      correctOptionIds\n      chosen {\n        optionId\n        correct\n        feedback\n      }\n    }\n  }\n}": types.SubmitQuizDocument,
    "query Quiz($id: ID!, $locale: String!) {\n  quiz(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    passMark\n    locale\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n  }\n}": types.QuizDocument,
    "fragment ScenarioRunFields on ScenarioRun {\n  id\n  scenarioId\n  reaction\n  finished\n  node {\n    id\n    text\n    choices {\n      id\n      text\n    }\n    outcome {\n      kind\n      title\n      text\n    }\n  }\n}": types.ScenarioRunFieldsFragmentDoc,
    "mutation StartScenario($scenarioId: ID!, $locale: String!, $clientId: String) {\n  startScenario(scenarioId: $scenarioId, locale: $locale, clientId: $clientId) {\n    ...ScenarioRunFields\n  }\n}\n\nmutation ChooseScenarioOption($runId: ID!, $choiceId: ID!, $locale: String!, $clientId: String) {\n  chooseScenarioOption(\n    runId: $runId\n    choiceId: $choiceId\n    locale: $locale\n    clientId: $clientId\n  ) {\n    ...ScenarioRunFields\n  }\n}": types.StartScenarioDocument,
    "query Scenario($id: ID!, $locale: String!) {\n  scenario(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    role\n    counterpart\n    linkedScenarioId\n    decisionPoints\n    locale\n  }\n}": types.ScenarioDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Course($id: ID!, $locale: String!) {\n  course(id: $id, locale: $locale) {\n    id\n    title\n    summary\n    audience\n    ageBands\n    languages\n    estimatedMinutes\n    locale\n    steps {\n      kind\n      id\n      title\n    }\n    preTestId\n    postTestId\n    linkedCourseId\n  }\n}\n\nquery LinkedCourse($id: ID!, $locale: String!) {\n  course(id: $id, locale: $locale) {\n    id\n    title\n    audience\n    locale\n  }\n}"): typeof import('./graphql').CourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Courses($locale: String!) {\n  courses(locale: $locale) {\n    id\n    title\n    summary\n    audience\n    ageBands\n    languages\n    estimatedMinutes\n    locale\n    stepCount\n  }\n}"): typeof import('./graphql').CoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Helplines($locale: String!) {\n  helplines(locale: $locale) {\n    id\n    name\n    phones\n    hours\n    languages\n    topics\n    free\n  }\n}"): typeof import('./graphql').HelplinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartLearner {\n  startLearner {\n    token\n  }\n}\n\nmutation CreateRecoveryCode {\n  createRecoveryCode {\n    code\n  }\n}\n\nmutation RestoreLearner($code: String!) {\n  restoreLearner(code: $code) {\n    token\n  }\n}\n\nmutation EraseMyData {\n  eraseMyData\n}"): typeof import('./graphql').StartLearnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Lesson($id: ID!, $locale: String!) {\n  lesson(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    minutes\n    html\n    locale\n    video {\n      url\n      transcript\n      captions {\n        locale\n        url\n      }\n    }\n  }\n}"): typeof import('./graphql').LessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyData {\n  myData\n}"): typeof import('./graphql').MyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteLesson($lessonId: ID!, $locale: String) {\n  completeLesson(lessonId: $lessonId, locale: $locale) {\n    courseId\n    title\n    completedStepIds\n    stepCount\n    percent\n  }\n}"): typeof import('./graphql').CompleteLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProgress($locale: String!) {\n  myProgress(locale: $locale) {\n    courses {\n      courseId\n      title\n      locale\n      completedStepIds\n      stepCount\n      percent\n    }\n    attempts {\n      id\n      quizId\n      score\n      passed\n      submittedAt\n    }\n    hasRecoveryCode\n  }\n}"): typeof import('./graphql').MyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitQuiz($input: SubmitQuizInput!, $locale: String!) {\n  submitQuiz(input: $input, locale: $locale) {\n    id\n    quizId\n    score\n    passed\n    submittedAt\n    results {\n      questionId\n      correct\n      correctOptionIds\n      chosen {\n        optionId\n        correct\n        feedback\n      }\n    }\n  }\n}"): typeof import('./graphql').SubmitQuizDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Quiz($id: ID!, $locale: String!) {\n  quiz(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    passMark\n    locale\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n  }\n}"): typeof import('./graphql').QuizDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScenarioRunFields on ScenarioRun {\n  id\n  scenarioId\n  reaction\n  finished\n  node {\n    id\n    text\n    choices {\n      id\n      text\n    }\n    outcome {\n      kind\n      title\n      text\n    }\n  }\n}"): typeof import('./graphql').ScenarioRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartScenario($scenarioId: ID!, $locale: String!, $clientId: String) {\n  startScenario(scenarioId: $scenarioId, locale: $locale, clientId: $clientId) {\n    ...ScenarioRunFields\n  }\n}\n\nmutation ChooseScenarioOption($runId: ID!, $choiceId: ID!, $locale: String!, $clientId: String) {\n  chooseScenarioOption(\n    runId: $runId\n    choiceId: $choiceId\n    locale: $locale\n    clientId: $clientId\n  ) {\n    ...ScenarioRunFields\n  }\n}"): typeof import('./graphql').StartScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Scenario($id: ID!, $locale: String!) {\n  scenario(id: $id, locale: $locale) {\n    id\n    courseId\n    title\n    role\n    counterpart\n    linkedScenarioId\n    decisionPoints\n    locale\n  }\n}"): typeof import('./graphql').ScenarioDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
