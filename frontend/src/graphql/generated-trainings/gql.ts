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
    "fragment CertificateFields on Certificate {\n  code\n  nickname\n  courseTitle\n  groupName\n  dates\n  issuedOn\n  pdfPath\n  verifyPath\n}": typeof types.CertificateFieldsFragmentDoc,
    "mutation IssueCertificate($groupId: ID!, $locale: String!) {\n  issueCertificate(groupId: $groupId, locale: $locale) {\n    ...CertificateFields\n  }\n}": typeof types.IssueCertificateDocument,
    "query VerifyCertificate($code: String!, $locale: String!) {\n  verifyCertificate(code: $code, locale: $locale) {\n    ...CertificateFields\n  }\n}": typeof types.VerifyCertificateDocument,
    "fragment GroupSummaryFields on Group {\n  id\n  name\n  courseId\n  startsOn\n  endsOn\n  region\n  location\n  participantCount\n}": typeof types.GroupSummaryFieldsFragmentDoc,
    "mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    ...GroupSummaryFields\n  }\n}\n\nmutation RemoveParticipant($groupId: ID!, $participantId: ID!) {\n  removeParticipant(groupId: $groupId, participantId: $participantId)\n}": typeof types.CreateGroupDocument,
    "query Groups {\n  groups {\n    ...GroupSummaryFields\n  }\n}\n\nquery Group($id: ID!) {\n  group(id: $id) {\n    ...GroupSummaryFields\n    expectedDisciplines\n    profileFields\n    joinCode\n    joinPath\n    joinQrSvg\n    participants {\n      id\n      nickname\n      gender\n      discipline\n      region\n      joinedAt\n    }\n  }\n}": typeof types.GroupsDocument,
    "fragment LiveStepFields on LiveStepView {\n  key\n  kind\n  title\n  html\n  questionType\n  options {\n    id\n    text\n  }\n  outcome {\n    kind\n    title\n    text\n  }\n}\n\nfragment LiveResultsFields on LiveResults {\n  answered\n  correctOptionIds\n  counts {\n    optionId\n    count\n  }\n}\n\nfragment TrainerLiveFields on TrainerLiveView {\n  sessionId\n  groupId\n  active\n  revealed\n  attendance\n  step {\n    ...LiveStepFields\n  }\n  results {\n    ...LiveResultsFields\n  }\n}\n\nfragment ParticipantLiveFields on ParticipantLiveView {\n  sessionId\n  groupId\n  active\n  revealed\n  myAnswer\n  feedback\n  step {\n    ...LiveStepFields\n  }\n  results {\n    ...LiveResultsFields\n  }\n}": typeof types.LiveStepFieldsFragmentDoc,
    "mutation StartLiveSession($groupId: ID!, $locale: String!, $clientId: String) {\n  startLiveSession(groupId: $groupId, locale: $locale, clientId: $clientId) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation ShowLiveStep($sessionId: ID!, $input: ShowLiveStepInput!, $locale: String!) {\n  showLiveStep(sessionId: $sessionId, input: $input, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation RevealLiveStep($sessionId: ID!, $locale: String!) {\n  revealLiveStep(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation AdvanceLiveScenario($sessionId: ID!, $choiceId: ID, $locale: String!, $fromStepKey: String) {\n  advanceLiveScenario(\n    sessionId: $sessionId\n    choiceId: $choiceId\n    locale: $locale\n    fromStepKey: $fromStepKey\n  ) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation EndLiveSession($sessionId: ID!, $locale: String!) {\n  endLiveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation AnswerLiveStep($sessionId: ID!, $optionIds: [ID!]!, $locale: String!) {\n  answerLiveStep(sessionId: $sessionId, optionIds: $optionIds, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}": typeof types.StartLiveSessionDocument,
    "query LiveSession($sessionId: ID!, $locale: String!) {\n  liveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nquery MyLiveSession($groupId: ID!, $locale: String!) {\n  myLiveSession(groupId: $groupId, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}": typeof types.LiveSessionDocument,
    "subscription TrainerLiveSession($sessionId: ID!, $locale: String!) {\n  trainerLiveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nsubscription ParticipantLiveSession($groupId: ID!, $locale: String!) {\n  participantLiveSession(groupId: $groupId, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}": typeof types.TrainerLiveSessionDocument,
    "mutation JoinGroup($input: JoinGroupInput!) {\n  joinGroup(input: $input) {\n    id\n    groupId\n    groupName\n    courseId\n    nickname\n  }\n}\n\nmutation LeaveGroup($groupId: ID!) {\n  leaveGroup(groupId: $groupId)\n}": typeof types.JoinGroupDocument,
    "query GroupByJoinCode($code: String!) {\n  groupByJoinCode(code: $code) {\n    id\n    name\n    courseId\n    profileFields\n  }\n}\n\nquery MyMemberships {\n  myMemberships {\n    id\n    groupId\n    groupName\n    courseId\n    nickname\n  }\n}": typeof types.GroupByJoinCodeDocument,
    "query GroupReport($groupId: ID!) {\n  groupReport(groupId: $groupId) {\n    groupId\n    groupName\n    participants\n    byGender {\n      ...ReportCellFields\n    }\n    byDiscipline {\n      ...ReportCellFields\n    }\n    byRegion {\n      ...ReportCellFields\n    }\n    sessions {\n      sessionId\n      startedAt\n      attended\n    }\n    preTest {\n      ...TestSummaryFields\n    }\n    postTest {\n      ...TestSummaryFields\n    }\n    gain {\n      paired\n      meanGain\n      improved\n      same\n      worse\n    }\n    questions {\n      topic\n      prompt\n      preCorrectPercent\n      postCorrectPercent\n    }\n    csv\n  }\n}\n\nfragment ReportCellFields on ReportCell {\n  label\n  count\n  display\n}\n\nfragment TestSummaryFields on TestSummary {\n  quizId\n  takers\n  meanScore\n}": typeof types.GroupReportDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    id\n    displayName\n    email\n    role\n  }\n}\n\nmutation SignOut {\n  signOut\n}": typeof types.SignInDocument,
    "query Me {\n  me {\n    id\n    displayName\n    email\n    role\n  }\n}": typeof types.MeDocument,
};
const documents: Documents = {
    "fragment CertificateFields on Certificate {\n  code\n  nickname\n  courseTitle\n  groupName\n  dates\n  issuedOn\n  pdfPath\n  verifyPath\n}": types.CertificateFieldsFragmentDoc,
    "mutation IssueCertificate($groupId: ID!, $locale: String!) {\n  issueCertificate(groupId: $groupId, locale: $locale) {\n    ...CertificateFields\n  }\n}": types.IssueCertificateDocument,
    "query VerifyCertificate($code: String!, $locale: String!) {\n  verifyCertificate(code: $code, locale: $locale) {\n    ...CertificateFields\n  }\n}": types.VerifyCertificateDocument,
    "fragment GroupSummaryFields on Group {\n  id\n  name\n  courseId\n  startsOn\n  endsOn\n  region\n  location\n  participantCount\n}": types.GroupSummaryFieldsFragmentDoc,
    "mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    ...GroupSummaryFields\n  }\n}\n\nmutation RemoveParticipant($groupId: ID!, $participantId: ID!) {\n  removeParticipant(groupId: $groupId, participantId: $participantId)\n}": types.CreateGroupDocument,
    "query Groups {\n  groups {\n    ...GroupSummaryFields\n  }\n}\n\nquery Group($id: ID!) {\n  group(id: $id) {\n    ...GroupSummaryFields\n    expectedDisciplines\n    profileFields\n    joinCode\n    joinPath\n    joinQrSvg\n    participants {\n      id\n      nickname\n      gender\n      discipline\n      region\n      joinedAt\n    }\n  }\n}": types.GroupsDocument,
    "fragment LiveStepFields on LiveStepView {\n  key\n  kind\n  title\n  html\n  questionType\n  options {\n    id\n    text\n  }\n  outcome {\n    kind\n    title\n    text\n  }\n}\n\nfragment LiveResultsFields on LiveResults {\n  answered\n  correctOptionIds\n  counts {\n    optionId\n    count\n  }\n}\n\nfragment TrainerLiveFields on TrainerLiveView {\n  sessionId\n  groupId\n  active\n  revealed\n  attendance\n  step {\n    ...LiveStepFields\n  }\n  results {\n    ...LiveResultsFields\n  }\n}\n\nfragment ParticipantLiveFields on ParticipantLiveView {\n  sessionId\n  groupId\n  active\n  revealed\n  myAnswer\n  feedback\n  step {\n    ...LiveStepFields\n  }\n  results {\n    ...LiveResultsFields\n  }\n}": types.LiveStepFieldsFragmentDoc,
    "mutation StartLiveSession($groupId: ID!, $locale: String!, $clientId: String) {\n  startLiveSession(groupId: $groupId, locale: $locale, clientId: $clientId) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation ShowLiveStep($sessionId: ID!, $input: ShowLiveStepInput!, $locale: String!) {\n  showLiveStep(sessionId: $sessionId, input: $input, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation RevealLiveStep($sessionId: ID!, $locale: String!) {\n  revealLiveStep(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation AdvanceLiveScenario($sessionId: ID!, $choiceId: ID, $locale: String!, $fromStepKey: String) {\n  advanceLiveScenario(\n    sessionId: $sessionId\n    choiceId: $choiceId\n    locale: $locale\n    fromStepKey: $fromStepKey\n  ) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation EndLiveSession($sessionId: ID!, $locale: String!) {\n  endLiveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation AnswerLiveStep($sessionId: ID!, $optionIds: [ID!]!, $locale: String!) {\n  answerLiveStep(sessionId: $sessionId, optionIds: $optionIds, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}": types.StartLiveSessionDocument,
    "query LiveSession($sessionId: ID!, $locale: String!) {\n  liveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nquery MyLiveSession($groupId: ID!, $locale: String!) {\n  myLiveSession(groupId: $groupId, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}": types.LiveSessionDocument,
    "subscription TrainerLiveSession($sessionId: ID!, $locale: String!) {\n  trainerLiveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nsubscription ParticipantLiveSession($groupId: ID!, $locale: String!) {\n  participantLiveSession(groupId: $groupId, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}": types.TrainerLiveSessionDocument,
    "mutation JoinGroup($input: JoinGroupInput!) {\n  joinGroup(input: $input) {\n    id\n    groupId\n    groupName\n    courseId\n    nickname\n  }\n}\n\nmutation LeaveGroup($groupId: ID!) {\n  leaveGroup(groupId: $groupId)\n}": types.JoinGroupDocument,
    "query GroupByJoinCode($code: String!) {\n  groupByJoinCode(code: $code) {\n    id\n    name\n    courseId\n    profileFields\n  }\n}\n\nquery MyMemberships {\n  myMemberships {\n    id\n    groupId\n    groupName\n    courseId\n    nickname\n  }\n}": types.GroupByJoinCodeDocument,
    "query GroupReport($groupId: ID!) {\n  groupReport(groupId: $groupId) {\n    groupId\n    groupName\n    participants\n    byGender {\n      ...ReportCellFields\n    }\n    byDiscipline {\n      ...ReportCellFields\n    }\n    byRegion {\n      ...ReportCellFields\n    }\n    sessions {\n      sessionId\n      startedAt\n      attended\n    }\n    preTest {\n      ...TestSummaryFields\n    }\n    postTest {\n      ...TestSummaryFields\n    }\n    gain {\n      paired\n      meanGain\n      improved\n      same\n      worse\n    }\n    questions {\n      topic\n      prompt\n      preCorrectPercent\n      postCorrectPercent\n    }\n    csv\n  }\n}\n\nfragment ReportCellFields on ReportCell {\n  label\n  count\n  display\n}\n\nfragment TestSummaryFields on TestSummary {\n  quizId\n  takers\n  meanScore\n}": types.GroupReportDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    id\n    displayName\n    email\n    role\n  }\n}\n\nmutation SignOut {\n  signOut\n}": types.SignInDocument,
    "query Me {\n  me {\n    id\n    displayName\n    email\n    role\n  }\n}": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CertificateFields on Certificate {\n  code\n  nickname\n  courseTitle\n  groupName\n  dates\n  issuedOn\n  pdfPath\n  verifyPath\n}"): typeof import('./graphql').CertificateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueCertificate($groupId: ID!, $locale: String!) {\n  issueCertificate(groupId: $groupId, locale: $locale) {\n    ...CertificateFields\n  }\n}"): typeof import('./graphql').IssueCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VerifyCertificate($code: String!, $locale: String!) {\n  verifyCertificate(code: $code, locale: $locale) {\n    ...CertificateFields\n  }\n}"): typeof import('./graphql').VerifyCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GroupSummaryFields on Group {\n  id\n  name\n  courseId\n  startsOn\n  endsOn\n  region\n  location\n  participantCount\n}"): typeof import('./graphql').GroupSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    ...GroupSummaryFields\n  }\n}\n\nmutation RemoveParticipant($groupId: ID!, $participantId: ID!) {\n  removeParticipant(groupId: $groupId, participantId: $participantId)\n}"): typeof import('./graphql').CreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Groups {\n  groups {\n    ...GroupSummaryFields\n  }\n}\n\nquery Group($id: ID!) {\n  group(id: $id) {\n    ...GroupSummaryFields\n    expectedDisciplines\n    profileFields\n    joinCode\n    joinPath\n    joinQrSvg\n    participants {\n      id\n      nickname\n      gender\n      discipline\n      region\n      joinedAt\n    }\n  }\n}"): typeof import('./graphql').GroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LiveStepFields on LiveStepView {\n  key\n  kind\n  title\n  html\n  questionType\n  options {\n    id\n    text\n  }\n  outcome {\n    kind\n    title\n    text\n  }\n}\n\nfragment LiveResultsFields on LiveResults {\n  answered\n  correctOptionIds\n  counts {\n    optionId\n    count\n  }\n}\n\nfragment TrainerLiveFields on TrainerLiveView {\n  sessionId\n  groupId\n  active\n  revealed\n  attendance\n  step {\n    ...LiveStepFields\n  }\n  results {\n    ...LiveResultsFields\n  }\n}\n\nfragment ParticipantLiveFields on ParticipantLiveView {\n  sessionId\n  groupId\n  active\n  revealed\n  myAnswer\n  feedback\n  step {\n    ...LiveStepFields\n  }\n  results {\n    ...LiveResultsFields\n  }\n}"): typeof import('./graphql').LiveStepFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartLiveSession($groupId: ID!, $locale: String!, $clientId: String) {\n  startLiveSession(groupId: $groupId, locale: $locale, clientId: $clientId) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation ShowLiveStep($sessionId: ID!, $input: ShowLiveStepInput!, $locale: String!) {\n  showLiveStep(sessionId: $sessionId, input: $input, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation RevealLiveStep($sessionId: ID!, $locale: String!) {\n  revealLiveStep(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation AdvanceLiveScenario($sessionId: ID!, $choiceId: ID, $locale: String!, $fromStepKey: String) {\n  advanceLiveScenario(\n    sessionId: $sessionId\n    choiceId: $choiceId\n    locale: $locale\n    fromStepKey: $fromStepKey\n  ) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation EndLiveSession($sessionId: ID!, $locale: String!) {\n  endLiveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nmutation AnswerLiveStep($sessionId: ID!, $optionIds: [ID!]!, $locale: String!) {\n  answerLiveStep(sessionId: $sessionId, optionIds: $optionIds, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}"): typeof import('./graphql').StartLiveSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveSession($sessionId: ID!, $locale: String!) {\n  liveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nquery MyLiveSession($groupId: ID!, $locale: String!) {\n  myLiveSession(groupId: $groupId, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}"): typeof import('./graphql').LiveSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TrainerLiveSession($sessionId: ID!, $locale: String!) {\n  trainerLiveSession(sessionId: $sessionId, locale: $locale) {\n    ...TrainerLiveFields\n  }\n}\n\nsubscription ParticipantLiveSession($groupId: ID!, $locale: String!) {\n  participantLiveSession(groupId: $groupId, locale: $locale) {\n    ...ParticipantLiveFields\n  }\n}"): typeof import('./graphql').TrainerLiveSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JoinGroup($input: JoinGroupInput!) {\n  joinGroup(input: $input) {\n    id\n    groupId\n    groupName\n    courseId\n    nickname\n  }\n}\n\nmutation LeaveGroup($groupId: ID!) {\n  leaveGroup(groupId: $groupId)\n}"): typeof import('./graphql').JoinGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupByJoinCode($code: String!) {\n  groupByJoinCode(code: $code) {\n    id\n    name\n    courseId\n    profileFields\n  }\n}\n\nquery MyMemberships {\n  myMemberships {\n    id\n    groupId\n    groupName\n    courseId\n    nickname\n  }\n}"): typeof import('./graphql').GroupByJoinCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupReport($groupId: ID!) {\n  groupReport(groupId: $groupId) {\n    groupId\n    groupName\n    participants\n    byGender {\n      ...ReportCellFields\n    }\n    byDiscipline {\n      ...ReportCellFields\n    }\n    byRegion {\n      ...ReportCellFields\n    }\n    sessions {\n      sessionId\n      startedAt\n      attended\n    }\n    preTest {\n      ...TestSummaryFields\n    }\n    postTest {\n      ...TestSummaryFields\n    }\n    gain {\n      paired\n      meanGain\n      improved\n      same\n      worse\n    }\n    questions {\n      topic\n      prompt\n      preCorrectPercent\n      postCorrectPercent\n    }\n    csv\n  }\n}\n\nfragment ReportCellFields on ReportCell {\n  label\n  count\n  display\n}\n\nfragment TestSummaryFields on TestSummary {\n  quizId\n  takers\n  meanScore\n}"): typeof import('./graphql').GroupReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    id\n    displayName\n    email\n    role\n  }\n}\n\nmutation SignOut {\n  signOut\n}"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    displayName\n    email\n    role\n  }\n}"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
