import type { QuizQuestionContent, ScenarioContent, ScenarioNodeContent, Translated } from '@zorka/content';

export const text = (en: string): Translated => ({ en, ru: `[ru] ${en}` });

export function aQuestion(overrides: Partial<QuizQuestionContent> & { id: string }): QuizQuestionContent {
  return {
    type: 'single',
    prompt: text(`Question ${overrides.id}?`),
    options: [
      { id: 'a', text: text('Right'), feedback: text('Yes, because...'), correct: true },
      { id: 'b', text: text('Wrong'), feedback: text('No, because...'), correct: false },
    ],
    ...overrides,
  };
}

export function aMultipleChoiceQuestion(id: string): QuizQuestionContent {
  return aQuestion({
    id,
    type: 'multiple',
    options: [
      { id: 'a', text: text('Right 1'), feedback: text('Yes'), correct: true },
      { id: 'b', text: text('Right 2'), feedback: text('Yes'), correct: true },
      { id: 'c', text: text('Wrong'), feedback: text('No'), correct: false },
    ],
  });
}

const decision = (id: string, choices: [string, string][]): ScenarioNodeContent => ({
  id,
  text: text(`Node ${id}`),
  choices: choices.map(([choiceId, next]) => ({
    id: choiceId,
    text: text(`Say ${choiceId}`),
    reaction: text(`Reaction to ${choiceId}`),
    next,
  })),
});

const ending = (id: string, outcome: 'good' | 'mixed' | 'bad'): ScenarioNodeContent => ({
  id,
  outcome,
  title: text(`Ending ${id}`),
  explanation: text(`Why ${id}`),
});

/** start -(calm)-> talk -(listen)-> plan -(call-help)-> good; other choices lead to mixed and bad endings. */
export function aScenario(overrides: Partial<ScenarioContent> = {}): ScenarioContent {
  return {
    id: 'roleplay',
    title: text('A talk'),
    role: 'parent',
    counterpart: text('Anya, 12'),
    start: 'start',
    nodes: [
      decision('start', [['calm', 'talk'], ['shout', 'closed']]),
      decision('talk', [['listen', 'plan'], ['blame', 'closed']]),
      decision('plan', [['call-help', 'safe'], ['wait', 'unsure']]),
      ending('safe', 'good'),
      ending('unsure', 'mixed'),
      ending('closed', 'bad'),
    ],
    ...overrides,
  };
}
