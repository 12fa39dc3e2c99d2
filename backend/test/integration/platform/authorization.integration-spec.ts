import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../src/common/auth/viewer';
import { errorCode, startTestApp, type Credentials, type GraphqlResponse, type TestApp } from '../../harness/test-app';
import { collect, wsClient } from '../../harness/ws-client';

type Caller = 'anonymous' | 'learner' | 'trainer' | 'campaign_manager' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'learner', 'trainer', 'campaign_manager', 'admin'];
const STAFF = { trainer: 'allowed', campaign_manager: 'allowed', admin: 'allowed' } as const;
/** Learner operations need a learner token; staff are not learners. */
const LEARNER_ONLY = { anonymous: 'UNAUTHENTICATED', learner: 'allowed', trainer: 'FORBIDDEN', campaign_manager: 'FORBIDDEN', admin: 'FORBIDDEN' } as const;
const EVERYONE = { anonymous: 'allowed', learner: 'allowed', ...STAFF } as const;
const TRAINERS = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', trainer: 'allowed', campaign_manager: 'FORBIDDEN', admin: 'allowed' } as const;
const ADMINS = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', trainer: 'FORBIDDEN', campaign_manager: 'FORBIDDEN', admin: 'allowed' } as const;
/** Campaign staff operations: campaign managers and admins only. */
const CAMPAIGN_STAFF = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', trainer: 'FORBIDDEN', campaign_manager: 'allowed', admin: 'allowed' } as const;
const STAFF_ONLY = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', ...STAFF } as const;
type Expectation = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Every operation in schema.graphql, called by every kind of caller. A new operation without a
 * row here fails the first test: deny by default is checked, not assumed.
 */
const NO_SESSION = '00000000-0000-0000-0000-000000000000';

const MATRIX: Record<string, { document: string; expect: Record<Caller, Expectation>; transport?: 'ws' }> = {
  courses: { document: `{ courses(locale: "en") { id } }`, expect: EVERYONE },
  course: { document: `{ course(id: "fixture-course", locale: "en") { id } }`, expect: EVERYONE },
  lesson: { document: `{ lesson(id: "fixture-course/first-lesson", locale: "en") { id } }`, expect: EVERYONE },
  quiz: { document: `{ quiz(id: "fixture-course/check", locale: "en") { id } }`, expect: EVERYONE },
  scenario: { document: `{ scenario(id: "fixture-course/talk", locale: "en") { id } }`, expect: EVERYONE },
  helplines: { document: `{ helplines(locale: "en") { id } }`, expect: EVERYONE },
  myProgress: { document: `{ myProgress(locale: "en") { hasRecoveryCode } }`, expect: LEARNER_ONLY },
  startLearner: { document: `mutation { startLearner { token } }`, expect: EVERYONE },
  completeLesson: {
    document: `mutation { completeLesson(lessonId: "fixture-course/first-lesson") { percent } }`,
    expect: LEARNER_ONLY,
  },
  submitQuiz: {
    document: `mutation { submitQuiz(input: { quizId: "fixture-course/check", answers: [] }, locale: "en") { score } }`,
    expect: LEARNER_ONLY,
  },
  startScenario: {
    document: `mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en") { id } }`,
    expect: LEARNER_ONLY,
  },
  chooseScenarioOption: {
    // A run id that is not the caller's: a learner gets NOT_FOUND from the service, which means the guard let it through.
    document: `mutation { chooseScenarioOption(runId: "00000000-0000-0000-0000-000000000000", choiceId: "calm", locale: "en") { id } }`,
    expect: LEARNER_ONLY,
  },
  createRecoveryCode: { document: `mutation { createRecoveryCode { code } }`, expect: LEARNER_ONLY },
  restoreLearner: {
    document: `mutation { restoreLearner(code: "abandon ability able about above absent") { token } }`,
    expect: EVERYONE,
  },
  eraseMyData: { document: `mutation { eraseMyData }`, expect: LEARNER_ONLY },
  createGroup: {
    document: `mutation { createGroup(input: { name: "G", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-23" }) { id } }`,
    expect: TRAINERS,
  },
  groups: { document: `{ groups { id } }`, expect: TRAINERS },
  group: { document: `{ group(id: "00000000-0000-0000-0000-000000000000") { id } }`, expect: TRAINERS },
  removeParticipant: {
    document: `mutation { removeParticipant(groupId: "00000000-0000-0000-0000-000000000000", participantId: "x") }`,
    expect: TRAINERS,
  },
  groupByJoinCode: { document: `{ groupByJoinCode(code: "AAAA-AAAA") { id } }`, expect: EVERYONE },
  joinGroup: {
    document: `mutation { joinGroup(input: { code: "AAAA-AAAA", nickname: "n", consent: true }) { id } }`,
    expect: LEARNER_ONLY,
  },
  myMemberships: { document: `{ myMemberships { id } }`, expect: LEARNER_ONLY },
  leaveGroup: { document: `mutation { leaveGroup(groupId: "00000000-0000-0000-0000-000000000000") }`, expect: LEARNER_ONLY },
  startLiveSession: { document: `mutation { startLiveSession(groupId: "${NO_SESSION}", locale: "en") { sessionId } }`, expect: TRAINERS },
  showLiveStep: {
    document: `mutation { showLiveStep(sessionId: "${NO_SESSION}", input: { kind: LESSON, lessonId: "x/y" }, locale: "en") { sessionId } }`,
    expect: TRAINERS,
  },
  revealLiveStep: { document: `mutation { revealLiveStep(sessionId: "${NO_SESSION}", locale: "en") { sessionId } }`, expect: TRAINERS },
  advanceLiveScenario: { document: `mutation { advanceLiveScenario(sessionId: "${NO_SESSION}", locale: "en") { sessionId } }`, expect: TRAINERS },
  endLiveSession: { document: `mutation { endLiveSession(sessionId: "${NO_SESSION}", locale: "en") { sessionId } }`, expect: TRAINERS },
  liveSession: { document: `{ liveSession(sessionId: "${NO_SESSION}", locale: "en") { sessionId } }`, expect: TRAINERS },
  myLiveSession: { document: `{ myLiveSession(groupId: "${NO_SESSION}", locale: "en") { sessionId } }`, expect: LEARNER_ONLY },
  answerLiveStep: { document: `mutation { answerLiveStep(sessionId: "${NO_SESSION}", optionIds: ["a"], locale: "en") { sessionId } }`, expect: LEARNER_ONLY },
  trainerLiveSession: {
    document: `subscription { trainerLiveSession(sessionId: "${NO_SESSION}", locale: "en") { sessionId } }`,
    expect: TRAINERS,
    transport: 'ws',
  },
  participantLiveSession: {
    document: `subscription { participantLiveSession(groupId: "${NO_SESSION}", locale: "en") { sessionId } }`,
    expect: LEARNER_ONLY,
    transport: 'ws',
  },
  groupReport: { document: `{ groupReport(groupId: "${NO_SESSION}", locale: "en") { participants } }`, expect: TRAINERS },
  groupChanged: { document: `subscription { groupChanged(groupId: "${NO_SESSION}") { id } }`, expect: TRAINERS, transport: 'ws' },
  pairTestAttempt: {
    document: `mutation { pairTestAttempt(input: { joinCode: "AAAA-AAAA", pairingCode: "oak 5", quizId: "fixture-course/pre" }) { test } }`,
    expect: LEARNER_ONLY,
  },
  setMyPairingCode: { document: `mutation { setMyPairingCode(groupId: "${NO_SESSION}", pairingCode: "oak 5") { id } }`, expect: LEARNER_ONLY },
  staffAccounts: { document: `{ staffAccounts { id } }`, expect: ADMINS },
  staffInvitations: { document: `{ staffInvitations { id } }`, expect: ADMINS },
  inviteStaff: { document: `mutation { inviteStaff(email: "matrix@example.org", role: TRAINER) { acceptPath } }`, expect: ADMINS },
  revokeStaffInvitation: { document: `mutation { revokeStaffInvitation(id: "${NO_SESSION}") }`, expect: ADMINS },
  setStaffRole: { document: `mutation { setStaffRole(accountId: "${NO_SESSION}", role: TRAINER) { id } }`, expect: ADMINS },
  setStaffActive: { document: `mutation { setStaffActive(accountId: "${NO_SESSION}", active: false) { id } }`, expect: ADMINS },
  // Anyone may try a link (rate-limited); a made-up token gets NOT_FOUND from the service.
  staffInvitation: { document: `{ staffInvitation(token: "${'A'.repeat(43)}") { email } }`, expect: EVERYONE },
  acceptStaffInvitation: {
    document: `mutation { acceptStaffInvitation(token: "${'A'.repeat(43)}", displayName: "X", password: "a long enough password") { id } }`,
    expect: EVERYONE,
  },
  issueCertificate: { document: `mutation { issueCertificate(groupId: "${NO_SESSION}", locale: "en") { code } }`, expect: LEARNER_ONLY },
  verifyCertificate: { document: `{ verifyCertificate(code: "ZZZZZZZZZZZZ", locale: "en") { code } }`, expect: EVERYONE },
  myData: { document: `{ myData }`, expect: LEARNER_ONLY },
  publicCampaigns: { document: `{ publicCampaigns(locale: "en") { id } }`, expect: EVERYONE },
  publicCampaign: { document: `{ publicCampaign(slug: "no-such-campaign") { id } }`, expect: EVERYONE },
  campaigns: { document: `{ campaigns { id } }`, expect: CAMPAIGN_STAFF },
  campaign: { document: `{ campaign(id: "${NO_SESSION}") { id } }`, expect: CAMPAIGN_STAFF },
  trackedLinks: { document: `{ trackedLinks(campaignId: "${NO_SESSION}") { id } }`, expect: CAMPAIGN_STAFF },
  campaignDashboard: {
    document: `{ campaignDashboard(campaignId: "${NO_SESSION}", from: "2026-11-01", to: "2026-11-30") { campaignId } }`,
    expect: CAMPAIGN_STAFF,
  },
  createCampaign: {
    document: `mutation { createCampaign(input: { title: "Matrix", goal: "g", audience: "a", languages: ["en"] }) { id } }`,
    expect: CAMPAIGN_STAFF,
  },
  updateCampaign: {
    document: `mutation { updateCampaign(id: "${NO_SESSION}", input: { title: "T", goal: "g", audience: "a", languages: ["en"] }) { id } }`,
    expect: CAMPAIGN_STAFF,
  },
  setCampaignStatus: { document: `mutation { setCampaignStatus(id: "${NO_SESSION}", status: LIVE) { id } }`, expect: CAMPAIGN_STAFF },
  addCampaignMaterial: {
    document: `mutation { addCampaignMaterial(campaignId: "${NO_SESSION}", input: { kind: ARTICLE, title: "A", summary: "s", locale: "en", articleMarkdown: "x" }) { id } }`,
    expect: CAMPAIGN_STAFF,
  },
  updateCampaignMaterial: {
    document: `mutation { updateCampaignMaterial(materialId: "${NO_SESSION}", input: { kind: ARTICLE, title: "A", summary: "s", locale: "en", articleMarkdown: "x" }) { id } }`,
    expect: CAMPAIGN_STAFF,
  },
  removeCampaignMaterial: { document: `mutation { removeCampaignMaterial(materialId: "${NO_SESSION}") { id } }`, expect: CAMPAIGN_STAFF },
  moveCampaignMaterial: { document: `mutation { moveCampaignMaterial(materialId: "${NO_SESSION}", position: 0) { id } }`, expect: CAMPAIGN_STAFF },
  createTrackedLink: {
    document: `mutation { createTrackedLink(campaignId: "${NO_SESSION}", input: { channel: "c", utmSource: "s", utmMedium: "m" }) { id } }`,
    expect: CAMPAIGN_STAFF,
  },
  removeTrackedLink: { document: `mutation { removeTrackedLink(id: "${NO_SESSION}") }`, expect: CAMPAIGN_STAFF },
  addLedgerEntry: {
    document: `mutation { addLedgerEntry(campaignId: "${NO_SESSION}", input: { source: "s", kind: "VIEWS", reach: 1, date: "2026-11-01" }) { id } }`,
    expect: CAMPAIGN_STAFF,
  },
  removeLedgerEntry: { document: `mutation { removeLedgerEntry(id: "${NO_SESSION}") }`, expect: CAMPAIGN_STAFF },
  rebuildCampaignRollups: { document: `mutation { rebuildCampaignRollups(campaignId: "${NO_SESSION}") }`, expect: CAMPAIGN_STAFF },
  signIn: {
    // Wrong credentials: the guard lets everyone try, the service refuses (UNAUTHENTICATED from the service is not a guard refusal).
    document: `mutation { signIn(email: "nobody@zorka.local", password: "wrong") { id } }`,
    expect: EVERYONE,
  },
  me: { document: `{ me { id role } }`, expect: STAFF_ONLY },
  signOut: { document: `mutation { signOut }`, expect: STAFF_ONLY },
};

function operationsInSchema(): string[] {
  const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
  const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((type) => (type ? Object.keys(type.getFields()) : []));
  return fields.sort();
}

describe('authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  // One session per staff role (sign-ins are rate-limited); signOut is the matrix's last row, so it ends them last.
  const cookies = new Map<Caller, string>();
  let learner: string | undefined;
  async function credentialsOf(caller: Caller, operation: string): Promise<Credentials | undefined> {
    if (caller === 'anonymous') return undefined;
    // One learner for the matrix (starting learners is rate-limited), a fresh one for erasing.
    if (caller === 'learner' && operation === 'eraseMyData') return { learner: await t.newLearner() };
    if (caller === 'learner') return { learner: (learner ??= await t.newLearner()) };
    if (!cookies.has(caller)) cookies.set(caller, await t.signInAs(caller as StaffRole));
    return { cookie: cookies.get(caller) };
  }

  async function overWebSocket(document: string, credentials?: Credentials): Promise<GraphqlResponse> {
    const client = wsClient(t.url, { learnerToken: credentials?.learner, cookie: credentials?.cookie });
    try {
      const sub = collect<Record<string, unknown>>(client, document, {});
      const first = await sub.next(1).catch(() => undefined);
      const errors = (first?.errors ?? sub.failure) as GraphqlResponse['errors'];
      return { status: 200, data: first?.data, errors: Array.isArray(errors) ? errors : undefined };
    } finally {
      await client.dispose();
    }
  }

  it('has a row for every operation in the schema', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(operationsInSchema());
  });

  for (const [operation, row] of Object.entries(MATRIX)) {
    for (const caller of CALLERS) {
      it(`${operation} as ${caller}: ${row.expect[caller]}`, async () => {
        const credentials = await credentialsOf(caller, operation);
        const res = row.transport === 'ws' ? await overWebSocket(row.document, credentials) : await t.gql(row.document, {}, credentials);
        const code = errorCode(res);
        if (row.expect[caller] === 'allowed') {
          const refusedByGuard = res.errors?.some((e) => e.extensions?.messageKey?.startsWith('errors.auth.'));
          expect(refusedByGuard, JSON.stringify(res.errors)).toBeFalsy();
        } else {
          expect(code).toBe(row.expect[caller]);
          expect(res.data?.[operation] ?? null).toBeNull();
        }
      });
    }
  }

  it('treats a forged or malformed learner token as no learner', async () => {
    for (const token of ['A'.repeat(43), 'short', '../../etc/passwd']) {
      expect(errorCode(await t.gql(`{ myProgress(locale: "en") { hasRecoveryCode } }`, {}, token))).toBe('UNAUTHENTICATED');
    }
  });
});
