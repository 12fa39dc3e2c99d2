import { computed } from 'vue';
import { invalidate, mutate, query, type Operation } from '@/graphql/client';
import { isApiError } from '@/graphql/errors';
import { StartLearnerDocument } from '@/graphql/generated/graphql';
import { clearLearnerToken, learnerToken, reloadLearnerToken, setLearnerToken } from '@/graphql/learner-token';
import { STORAGE_KEYS } from '@/modules/storage';

/** Cached answers that belong to the learner of this browser: dropped when the learner changes. */
const LEARNER_QUERIES = ['MyProgress', 'MyMemberships'];
let starting: Promise<string> | null = null;

/** Stores a new token (started, restored) and drops everything cached for the previous learner. */
export function replaceLearnerToken(token: string): void {
  setLearnerToken(token);
  invalidate(LEARNER_QUERIES);
}

/** Forgets the learner on this device (erased, or the server no longer knows the token). */
export function forgetLearner(): void {
  clearLearnerToken();
  invalidate(LEARNER_QUERIES);
}

/** The token, starting an anonymous learner on first need (one request even when called concurrently). */
export function ensureLearner(): Promise<string> {
  if (learnerToken.value) return Promise.resolve(learnerToken.value);
  starting ??= mutate(StartLearnerDocument, {})
    .then(({ startLearner }) => {
      replaceLearnerToken(startLearner.token);
      return startLearner.token;
    })
    .finally(() => {
      starting = null;
    });
  return starting;
}

const isUnauthenticated = (error: unknown) => isApiError(error) && error.code === 'UNAUTHENTICATED';

/**
 * A mutation on behalf of the learner. When the stored token is no longer known to the server
 * (the data was erased from another device), the token is dropped, a new learner started and the
 * mutation sent once more.
 */
export async function mutateAsLearner<TResult, TVars>(doc: Operation<TResult, TVars>, variables: TVars): Promise<TResult> {
  await ensureLearner();
  try {
    return await mutate(doc, variables);
  } catch (error) {
    if (!isUnauthenticated(error)) throw error;
    forgetLearner();
    await ensureLearner();
    return mutate(doc, variables);
  }
}

/**
 * A query about the learner (myProgress). Without a token there is nothing to ask: the answer is
 * `null` ("nothing done yet") and no learner is created just for looking. An unknown token is dropped.
 */
export async function queryAsLearner<TResult, TVars>(
  doc: Operation<TResult, TVars>,
  variables: TVars,
  options: { force?: boolean } = {},
): Promise<TResult | null> {
  if (!learnerToken.value) return null;
  try {
    return await query(doc, variables, options);
  } catch (error) {
    if (!isUnauthenticated(error)) throw error;
    forgetLearner();
    return null;
  }
}

let listening = false;

/** Keeps tabs in step: erasing or restoring in one tab applies to the others. */
function listenToOtherTabs(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEYS.learner && event.key !== null) return;
    reloadLearnerToken();
    invalidate(LEARNER_QUERIES);
  });
}

export function useLearner() {
  listenToOtherTabs();
  return {
    token: computed(() => learnerToken.value),
    hasLearner: computed(() => learnerToken.value !== null),
    ensureLearner,
    mutateAsLearner,
    queryAsLearner,
    replaceLearnerToken,
    forgetLearner,
  };
}
