import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { query } from '@/graphql/client';
import { CourseDocument, MyProgressDocument } from '@/graphql/generated/graphql';
import { splitId } from '@/modules/course-steps';
import { useQuery } from './useApi';
import { queryAsLearner } from './useLearner';
import { useLocale } from './useLocale';

/**
 * The learner's progress. `progress` is null when this browser has no learner yet (nothing done):
 * no learner is created just to look at an empty progress page.
 */
export function useProgress() {
  const { locale } = useLocale();
  const state = useQuery(MyProgressDocument, () => ({ locale: locale.value }), { execute: queryAsLearner });
  return { ...state, progress: computed(() => state.data.value?.myProgress ?? null) };
}

/** Ids of the steps of one course the learner has done. */
export function useCompletedSteps(courseId: MaybeRefOrGetter<string | null>) {
  const { progress, ...rest } = useProgress();
  const completed = computed<string[]>(() => {
    const id = toValue(courseId);
    return progress.value?.courses.find((course) => course.courseId === id)?.completedStepIds ?? [];
  });
  return { ...rest, progress, completed };
}

/**
 * Names for the quizzes of attempts. An attempt only carries the quiz id, so the titles come from
 * the courses' step lists (usually already in the cache); pre- and post-tests are named as such.
 */
export function useQuizTitles(quizIds: MaybeRefOrGetter<readonly string[]>) {
  const { locale } = useLocale();
  const { t } = useI18n();
  const titles = shallowRef<Record<string, string>>({});

  watch(
    () => JSON.stringify([toValue(quizIds), locale.value]),
    async () => {
      const courseIds = [...new Set(toValue(quizIds).map((id) => splitId(id).courseId))];
      const lang = locale.value;
      const answers = await Promise.allSettled(courseIds.map((id) => query(CourseDocument, { id, locale: lang })));
      const next: Record<string, string> = {};
      for (const answer of answers) {
        if (answer.status !== 'fulfilled') continue;
        const { course } = answer.value;
        for (const step of course.steps) if (step.kind === 'QUIZ') next[step.id] = step.title;
        if (course.preTestId) next[course.preTestId] = t('progress.preTest', { course: course.title });
        if (course.postTestId) next[course.postTestId] = t('progress.postTest', { course: course.title });
      }
      titles.value = next;
    },
    { immediate: true },
  );

  return titles;
}
