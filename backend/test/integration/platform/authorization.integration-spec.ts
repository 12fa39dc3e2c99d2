import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

type Caller = 'anonymous' | 'learner';
type Expectation = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Every operation in schema.graphql, called by every kind of caller. A new operation without a
 * row here fails the first test: deny by default is checked, not assumed.
 */
const MATRIX: Record<string, { document: string; expect: Record<Caller, Expectation> }> = {
  courses: { document: `{ courses(locale: "en") { id } }`, expect: { anonymous: 'allowed', learner: 'allowed' } },
  course: { document: `{ course(id: "fixture-course", locale: "en") { id } }`, expect: { anonymous: 'allowed', learner: 'allowed' } },
  lesson: { document: `{ lesson(id: "fixture-course/first-lesson", locale: "en") { id } }`, expect: { anonymous: 'allowed', learner: 'allowed' } },
  quiz: { document: `{ quiz(id: "fixture-course/check", locale: "en") { id } }`, expect: { anonymous: 'allowed', learner: 'allowed' } },
  scenario: { document: `{ scenario(id: "fixture-course/talk", locale: "en") { id } }`, expect: { anonymous: 'allowed', learner: 'allowed' } },
  helplines: { document: `{ helplines(locale: "en") { id } }`, expect: { anonymous: 'allowed', learner: 'allowed' } },
  myProgress: { document: `{ myProgress(locale: "en") { hasRecoveryCode } }`, expect: { anonymous: 'UNAUTHENTICATED', learner: 'allowed' } },
  startLearner: { document: `mutation { startLearner { token } }`, expect: { anonymous: 'allowed', learner: 'allowed' } },
  completeLesson: {
    document: `mutation { completeLesson(lessonId: "fixture-course/first-lesson") { percent } }`,
    expect: { anonymous: 'UNAUTHENTICATED', learner: 'allowed' },
  },
  submitQuiz: {
    document: `mutation { submitQuiz(input: { quizId: "fixture-course/check", answers: [] }, locale: "en") { score } }`,
    expect: { anonymous: 'UNAUTHENTICATED', learner: 'allowed' },
  },
  startScenario: {
    document: `mutation { startScenario(scenarioId: "fixture-course/talk", locale: "en") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', learner: 'allowed' },
  },
  chooseScenarioOption: {
    // A run id that is not the caller's: a learner gets NOT_FOUND from the service, which means the guard let it through.
    document: `mutation { chooseScenarioOption(runId: "00000000-0000-0000-0000-000000000000", choiceId: "calm", locale: "en") { id } }`,
    expect: { anonymous: 'UNAUTHENTICATED', learner: 'allowed' },
  },
  createRecoveryCode: { document: `mutation { createRecoveryCode { code } }`, expect: { anonymous: 'UNAUTHENTICATED', learner: 'allowed' } },
  restoreLearner: {
    document: `mutation { restoreLearner(code: "abandon ability able about above absent") { token } }`,
    expect: { anonymous: 'allowed', learner: 'allowed' },
  },
  eraseMyData: { document: `mutation { eraseMyData }`, expect: { anonymous: 'UNAUTHENTICATED', learner: 'allowed' } },
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

  it('has a row for every operation in the schema', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(operationsInSchema());
  });

  for (const [operation, row] of Object.entries(MATRIX)) {
    for (const caller of ['anonymous', 'learner'] as const) {
      it(`${operation} as ${caller}: ${row.expect[caller]}`, async () => {
        const token = caller === 'learner' ? await t.newLearner() : undefined;
        const res = await t.gql(row.document, {}, token);
        const code = errorCode(res);
        if (row.expect[caller] === 'allowed') {
          expect(code === undefined || !['UNAUTHENTICATED', 'FORBIDDEN'].includes(code)).toBe(true);
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
