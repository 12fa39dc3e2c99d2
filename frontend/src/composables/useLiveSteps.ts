import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { query } from '@/graphql/client';
import { QuizDocument, type QuizQuery, type ShowLiveStepInput } from '@/graphql/generated/graphql';
import { useCourse } from './useCourses';
import { useLocale } from './useLocale';

export interface LiveStepChoice {
  /** Unique among the choices, for the <select> */
  value: string;
  label: string;
  input: ShowLiveStepInput;
  /** The step key the server will give it (decisions: the prefix, the node comes from the scenario) */
  keyPrefix: string;
}

export interface LiveStepGroup {
  /** Set for a quiz's questions (an <optgroup>), null for a single lesson or role-play */
  label: string | null;
  choices: LiveStepChoice[];
}

/**
 * What a trainer can put on every screen, in the course's order: each lesson, each question of each
 * quiz (not the pre- and post-test: those measure each person alone), and each role-play from its start.
 */
export function useLiveSteps(courseId: MaybeRefOrGetter<string | null>) {
  const { t } = useI18n();
  const { locale } = useLocale();
  const { course, error, loading } = useCourse(courseId);
  const quizzes = shallowRef<Record<string, QuizQuery['quiz']>>({});

  watch(
    () => JSON.stringify([course.value?.steps.filter((s) => s.kind === 'QUIZ').map((s) => s.id) ?? [], locale.value]),
    async () => {
      const ids = course.value?.steps.filter((step) => step.kind === 'QUIZ').map((step) => step.id) ?? [];
      const lang = locale.value;
      const answers = await Promise.allSettled(ids.map((id) => query(QuizDocument, { id, locale: lang })));
      const next: Record<string, QuizQuery['quiz']> = {};
      for (const answer of answers) if (answer.status === 'fulfilled') next[answer.value.quiz.id] = answer.value.quiz;
      quizzes.value = next;
    },
    { immediate: true },
  );

  const groups = computed<LiveStepGroup[]>(() =>
    (course.value?.steps ?? []).flatMap((step): LiveStepGroup[] => {
      if (step.kind === 'LESSON') {
        return [
          {
            label: null,
            choices: [
              { value: `lesson:${step.id}`, label: t('staff.live.pick.lesson', { title: step.title }), input: { kind: 'LESSON', lessonId: step.id }, keyPrefix: `lesson:${step.id}` },
            ],
          },
        ];
      }
      if (step.kind === 'SCENARIO') {
        return [
          {
            label: null,
            choices: [
              {
                value: `decision:${step.id}`,
                label: t('staff.live.pick.scenario', { title: step.title }),
                input: { kind: 'DECISION', scenarioId: step.id },
                keyPrefix: `decision:${step.id}:`,
              },
            ],
          },
        ];
      }
      const quiz = quizzes.value[step.id];
      if (!quiz) return [];
      return [
        {
          label: t('staff.live.pick.quiz', { title: step.title }),
          choices: quiz.questions.map((question, index) => ({
            value: `question:${quiz.id}:${question.id}`,
            label: t('staff.live.pick.question', { number: index + 1, prompt: question.prompt }),
            input: { kind: 'QUESTION', quizId: quiz.id, questionId: question.id },
            keyPrefix: `question:${quiz.id}:${question.id}`,
          })),
        },
      ];
    }),
  );

  const choices = computed(() => groups.value.flatMap((group) => group.choices));

  /** The choice a step key belongs to (for "next"), or -1 */
  function indexOfKey(key: string | null | undefined): number {
    if (!key) return -1;
    return choices.value.findIndex((choice) => (choice.keyPrefix.endsWith(':') ? key.startsWith(choice.keyPrefix) : key === choice.keyPrefix));
  }

  return { course, groups, choices, indexOfKey, error, loading };
}
