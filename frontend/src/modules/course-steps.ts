import type { RouteLocationRaw } from 'vue-router';
import type { StepKind } from '@/graphql/generated/graphql';

/**
 * API ids are full ids, `<course-id>/<local-id>` (e.g. `teach-children-to-see-lies/quiz-signs`);
 * URLs carry the two parts separately: /courses/:courseId/lessons/:localId.
 */
export function splitId(fullId: string): { courseId: string; localId: string } {
  const slash = fullId.indexOf('/');
  if (slash === -1) return { courseId: fullId, localId: '' };
  return { courseId: fullId.slice(0, slash), localId: fullId.slice(slash + 1) };
}

export function joinId(courseId: string, localId: string): string {
  return `${courseId}/${localId}`;
}

const ROUTE_BY_KIND: Record<StepKind, 'lesson' | 'quiz' | 'scenario'> = {
  LESSON: 'lesson',
  QUIZ: 'quiz',
  SCENARIO: 'scenario',
};

export function stepRoute(kind: StepKind, fullId: string): RouteLocationRaw {
  return { name: ROUTE_BY_KIND[kind], params: splitId(fullId) };
}

export function courseRoute(courseId: string): RouteLocationRaw {
  return { name: 'course', params: { courseId } };
}

export interface StepLike {
  id: string;
  kind: StepKind;
}

/** The step after `currentId`, or null at the end of the course (or when it is not a step: pre/post tests). */
export function stepAfter<T extends StepLike>(steps: readonly T[], currentId: string): T | null {
  const index = steps.findIndex((step) => step.id === currentId);
  return index === -1 ? null : (steps[index + 1] ?? null);
}

/** Where "Start" / "Continue" leads: the first step not done yet, or null when all are done. */
export function firstUnfinished<T extends StepLike>(steps: readonly T[], completedIds: readonly string[]): T | null {
  return steps.find((step) => !completedIds.includes(step.id)) ?? null;
}
