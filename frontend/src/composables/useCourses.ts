import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { CourseDocument, CoursesDocument, LinkedCourseDocument } from '@/graphql/generated/graphql';
import { useQuery } from './useApi';
import { useLocale } from './useLocale';

/** The catalogue, in the UI language (each course says which language its texts came back in). */
export function useCourses() {
  const { locale } = useLocale();
  return useQuery(CoursesDocument, () => ({ locale: locale.value }));
}

export function useCourse(courseId: MaybeRefOrGetter<string | null>) {
  const { locale } = useLocale();
  const state = useQuery(CourseDocument, () => {
    const id = toValue(courseId);
    return id ? { id, locale: locale.value } : null;
  });
  return { ...state, course: computed(() => state.data.value?.course ?? null) };
}

/** The title and audience of a linked course, to name it in a link. */
export function useLinkedCourse(courseId: MaybeRefOrGetter<string | null | undefined>) {
  const { locale } = useLocale();
  const state = useQuery(LinkedCourseDocument, () => {
    const id = toValue(courseId);
    return id ? { id, locale: locale.value } : null;
  });
  return computed(() => state.data.value?.course ?? null);
}
