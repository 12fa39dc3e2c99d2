import { computed, ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError, type ApiError } from '@/graphql/errors';
import { CompleteLessonDocument, LessonDocument } from '@/graphql/generated/graphql';
import { useQuery } from './useApi';
import { mutateAsLearner } from './useLearner';
import { useLocale } from './useLocale';

export function useLesson(lessonId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  const state = useQuery(LessonDocument, () => ({ id: toValue(lessonId), locale: locale.value }));
  return { ...state, lesson: computed(() => state.data.value?.lesson ?? null) };
}

/** "Mark as done": records the lesson as read (doing it twice changes nothing). */
export function useCompleteLesson() {
  const { locale } = useLocale();
  const completing = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function complete(lessonId: string): Promise<boolean> {
    completing.value = true;
    error.value = null;
    try {
      await mutateAsLearner(CompleteLessonDocument, { lessonId, locale: locale.value });
      return true;
    } catch (caught) {
      error.value = toApiError(caught);
      return false;
    } finally {
      completing.value = false;
    }
  }

  return { complete, completing, error };
}
