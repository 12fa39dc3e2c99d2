import { computed, ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError, type ApiError } from '@/graphql/errors';
import { QuizDocument, SubmitQuizDocument, type QuizAnswerInput, type SubmitQuizMutation } from '@/graphql/generated/graphql';
import { newClientId } from '@/modules/client-id';
import { useQuery } from './useApi';
import { mutateAsLearner } from './useLearner';
import { useLocale } from './useLocale';

export function useQuiz(quizId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  const state = useQuery(QuizDocument, () => ({ id: toValue(quizId), locale: locale.value }));
  return { ...state, quiz: computed(() => state.data.value?.quiz ?? null) };
}

export type QuizAttemptResult = SubmitQuizMutation['submitQuiz'];

/**
 * One attempt at a quiz. The attempt carries a client id: sending it again after a network failure
 * returns the attempt the server already recorded instead of counting a second one.
 */
export function useQuizAttempt(quizId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  const attempt = shallowRef<QuizAttemptResult | null>(null);
  const submitting = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let clientId = newClientId();

  async function submit(answers: QuizAnswerInput[]): Promise<void> {
    submitting.value = true;
    error.value = null;
    try {
      const result = await mutateAsLearner(SubmitQuizDocument, {
        input: { quizId: toValue(quizId), answers, clientId },
        locale: locale.value,
      });
      attempt.value = result.submitQuiz;
    } catch (caught) {
      error.value = toApiError(caught);
    } finally {
      submitting.value = false;
    }
  }

  /** "Try again": a new, empty attempt with a new client id. */
  function reset(): void {
    attempt.value = null;
    error.value = null;
    clientId = newClientId();
  }

  return { attempt, submitting, error, submit, reset };
}
