import type { StepRef } from '@zorka/content';

export interface LearnerAchievements {
  lessonsDone: Set<string>;
  quizzesPassed: Set<string>;
  scenariosFinished: Set<string>;
}

/** A step is done when its lesson was read, its quiz passed, or its scenario played to an ending. */
export function completedSteps(steps: StepRef[], done: LearnerAchievements): string[] {
  const setFor = { lesson: done.lessonsDone, quiz: done.quizzesPassed, scenario: done.scenariosFinished };
  return steps.filter((step) => setFor[step.kind].has(step.id)).map((step) => step.id);
}

export function percentOf(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((done * 100) / total);
}
