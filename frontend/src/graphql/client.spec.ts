import { describe, expect, it, vi } from 'vitest';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aCourseSummary, aProgress } from '@/test/factories';
import { invalidate, mutate, onInvalidate, operationName, query, request } from './client';
import { ApiError } from './errors';
import { CompleteLessonDocument, CoursesDocument, MyProgressDocument } from './generated/graphql';
import { setLearnerToken } from './learner-token';

describe('request', () => {
  it('POSTs the operation as JSON to /graphql', async () => {
    const { fetchMock } = mockGraphql({ Courses: { courses: [] } });
    await request(CoursesDocument, { locale: 'ru' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toMatchObject({ operationName: 'Courses', variables: { locale: 'ru' } });
  });

  it('sends the learner token when there is one', async () => {
    const { calls } = mockGraphql({ Courses: { courses: [] } });
    await request(CoursesDocument, { locale: 'en' });
    setLearnerToken('secret-token');
    await request(CoursesDocument, { locale: 'en' });
    expect(calls.map((call) => call.authorization)).toEqual([null, 'Learner secret-token']);
  });

  it('maps a GraphQL error with a known message key to an ApiError with that key', async () => {
    mockGraphql({ Courses: graphqlError('NOT_FOUND', 'errors.course.notFound') });
    const error = await request(CoursesDocument, { locale: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', messageKey: 'errors.course.notFound', operation: 'Courses' });
  });

  it.each([
    ['BAD_USER_INPUT', 'errors.something.new', 'errors.code.BAD_USER_INPUT'],
    ['UNAUTHENTICATED', 'errors.auth.unauthenticated', 'errors.auth.unauthenticated'],
    ['FORBIDDEN', undefined, 'errors.code.FORBIDDEN'],
    ['TOO_MANY_REQUESTS', undefined, 'errors.code.TOO_MANY_REQUESTS'],
    ['INTERNAL_SERVER_ERROR', 'errors.internal', 'errors.internal'],
    ['GRAPHQL_VALIDATION_FAILED', undefined, 'errors.code.INTERNAL'],
  ])('maps code %s (key %s) to the message key %s', async (code, key, expected) => {
    mockGraphql({ Courses: graphqlError(code, key) });
    const error = (await request(CoursesDocument, { locale: 'en' }).catch((e: unknown) => e)) as ApiError;
    expect(error.messageKey).toBe(expected);
  });

  it('maps an HTTP 429 without a GraphQL body to TOO_MANY_REQUESTS', async () => {
    mockGraphql({ Courses: new Response('Too many requests', { status: 429 }) });
    await expect(request(CoursesDocument, { locale: 'en' })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'errors.code.TOO_MANY_REQUESTS',
    });
  });

  it('maps a failed connection to NETWORK', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(request(CoursesDocument, { locale: 'en' })).rejects.toMatchObject({
      code: 'NETWORK',
      messageKey: 'errors.code.NETWORK',
    });
  });
});

describe('query cache', () => {
  it('answers the same query with the same variables from the cache', async () => {
    const { callsTo } = mockGraphql({ Courses: { courses: [aCourseSummary()] } });
    await query(CoursesDocument, { locale: 'en' });
    await query(CoursesDocument, { locale: 'en' });
    await query(CoursesDocument, { locale: 'ru' });
    expect(callsTo('Courses').map((call) => call.variables)).toEqual([{ locale: 'en' }, { locale: 'ru' }]);
  });

  it('does not keep failures, so the next try asks the server again', async () => {
    let fail = true;
    const { callsTo } = mockGraphql({
      Courses: () => (fail ? graphqlError('TOO_MANY_REQUESTS') : { courses: [] }),
    });
    await expect(query(CoursesDocument, { locale: 'en' })).rejects.toBeInstanceOf(ApiError);
    fail = false;
    await expect(query(CoursesDocument, { locale: 'en' })).resolves.toEqual({ courses: [] });
    expect(callsTo('Courses')).toHaveLength(2);
  });

  it('drops cached progress when a mutation that changes progress succeeds', async () => {
    setLearnerToken('t');
    const { callsTo } = mockGraphql({
      MyProgress: { myProgress: aProgress() },
      CompleteLesson: { completeLesson: { courseId: 'c', title: 'C', completedStepIds: ['c/l'], stepCount: 2, percent: 50 } },
    });
    const listener = vi.fn();
    const stop = onInvalidate(listener);
    await query(MyProgressDocument, { locale: 'en' });
    await mutate(CompleteLessonDocument, { lessonId: 'c/l' });
    await query(MyProgressDocument, { locale: 'en' });
    stop();
    expect(callsTo('MyProgress')).toHaveLength(2);
    expect(listener).toHaveBeenCalledWith(new Set(['MyProgress']));
  });

  it('invalidates only the named operations', async () => {
    const { callsTo } = mockGraphql({ Courses: { courses: [] } });
    await query(CoursesDocument, { locale: 'en' });
    invalidate(['MyProgress']);
    await query(CoursesDocument, { locale: 'en' });
    expect(callsTo('Courses')).toHaveLength(1);
  });
});

describe('operationName', () => {
  it('reads the operation name from a document', () => {
    expect(operationName(CoursesDocument)).toBe('Courses');
    expect(operationName(CompleteLessonDocument)).toBe('CompleteLesson');
  });
});
