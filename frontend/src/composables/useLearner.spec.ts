import { describe, expect, it } from 'vitest';
import { CompleteLessonDocument, MyProgressDocument } from '@/graphql/generated/graphql';
import { learnerToken, setLearnerToken } from '@/graphql/learner-token';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aProgress } from '@/test/factories';
import { ensureLearner, mutateAsLearner, queryAsLearner } from './useLearner';

const progressOfLesson = { courseId: 'c', title: 'C', completedStepIds: ['c/l'], stepCount: 2, percent: 50 };

describe('useLearner', () => {
  it('starts one anonymous learner on first need and keeps its token in localStorage', async () => {
    const { callsTo } = mockGraphql({ StartLearner: { startLearner: { token: 'new-token' } } });
    const [a, b] = await Promise.all([ensureLearner(), ensureLearner()]);
    expect([a, b]).toEqual(['new-token', 'new-token']);
    expect(callsTo('StartLearner')).toHaveLength(1);
    expect(localStorage.getItem('zorka.learner')).toBe('new-token');
  });

  it('sends mutations with the stored token without starting a new learner', async () => {
    setLearnerToken('kept');
    const { calls } = mockGraphql({ CompleteLesson: { completeLesson: progressOfLesson } });
    await mutateAsLearner(CompleteLessonDocument, { lessonId: 'c/l' });
    expect(calls.map((call) => [call.operationName, call.authorization])).toEqual([['CompleteLesson', 'Learner kept']]);
  });

  it('drops a token the server no longer knows, starts a new learner and resends the mutation', async () => {
    setLearnerToken('erased-elsewhere');
    const { calls } = mockGraphql({
      StartLearner: { startLearner: { token: 'fresh' } },
      CompleteLesson: (_vars, call) =>
        call.authorization === 'Learner fresh'
          ? { completeLesson: progressOfLesson }
          : graphqlError('UNAUTHENTICATED', 'errors.auth.unauthenticated'),
    });
    await expect(mutateAsLearner(CompleteLessonDocument, { lessonId: 'c/l' })).resolves.toEqual({ completeLesson: progressOfLesson });
    expect(calls.map((call) => call.operationName)).toEqual(['CompleteLesson', 'StartLearner', 'CompleteLesson']);
    expect(localStorage.getItem('zorka.learner')).toBe('fresh');
  });

  it('answers "no progress" without any request when this browser has no learner', async () => {
    const { calls } = mockGraphql({});
    await expect(queryAsLearner(MyProgressDocument, { locale: 'en' })).resolves.toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('forgets an unknown token when asking for progress', async () => {
    setLearnerToken('stale');
    mockGraphql({ MyProgress: graphqlError('UNAUTHENTICATED') });
    await expect(queryAsLearner(MyProgressDocument, { locale: 'en' })).resolves.toBeNull();
    expect(learnerToken.value).toBeNull();
    expect(localStorage.getItem('zorka.learner')).toBeNull();
  });

  it('returns progress for a known learner', async () => {
    setLearnerToken('known');
    mockGraphql({ MyProgress: { myProgress: aProgress({ hasRecoveryCode: true }) } });
    await expect(queryAsLearner(MyProgressDocument, { locale: 'en' })).resolves.toEqual({
      myProgress: aProgress({ hasRecoveryCode: true }),
    });
  });
});
