import { describe, expect, it } from 'vitest';
import { completedSteps, percentOf } from './course-progress';

const steps = [
  { kind: 'lesson' as const, id: 'c/l1' },
  { kind: 'quiz' as const, id: 'c/q1' },
  { kind: 'scenario' as const, id: 'c/s1' },
];

describe('course progress', () => {
  it('counts a quiz only when it was passed', () => {
    const done = completedSteps(steps, {
      lessonsDone: new Set(['c/l1']),
      quizzesPassed: new Set(),
      scenariosFinished: new Set(['c/s1']),
    });
    expect(done).toEqual(['c/l1', 'c/s1']);
  });

  it('gives 100 % only when every step is done', () => {
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(0, 0)).toBe(0);
  });
});
