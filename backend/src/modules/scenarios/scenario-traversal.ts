import type { ScenarioChoiceContent, ScenarioNodeContent } from '@zorka/content';
import { choiceNotAvailable, runFinished } from './scenarios.errors';

export interface ScenarioGraph {
  startNode: string;
  nodes: ScenarioNodeContent[];
}

export function findNode(graph: ScenarioGraph, id: string): ScenarioNodeContent {
  const node = graph.nodes.find((n) => n.id === id);
  // The importer checks every `next`, so a missing node means the stored scenario is corrupt.
  if (!node) throw new Error(`Scenario node "${id}" does not exist`);
  return node;
}

export const isEnding = (node: ScenarioNodeContent) => node.outcome !== undefined;

export function countDecisionPoints(graph: ScenarioGraph): number {
  return graph.nodes.filter((n) => !isEnding(n)).length;
}

/** One step of a play-through: the choice made at the current node, and where it leads. */
export function applyChoice(
  graph: ScenarioGraph,
  currentNodeId: string,
  choiceId: string,
): { choice: ScenarioChoiceContent; next: ScenarioNodeContent } {
  const current = findNode(graph, currentNodeId);
  if (isEnding(current)) throw runFinished();
  const choice = current.choices?.find((c) => c.id === choiceId);
  if (!choice) throw choiceNotAvailable(choiceId);
  return { choice, next: findNode(graph, choice.next) };
}
