import { describe, expect, it } from 'vitest';
import { aScenario } from '../../../test/factories/content.factory';
import { applyChoice, countDecisionPoints, type ScenarioGraph } from './scenario-traversal';

const graph: ScenarioGraph = { startNode: aScenario().start, nodes: aScenario().nodes };

describe('scenario traversal', () => {
  it('moves to the node a choice leads to, with its reaction', () => {
    const { choice, next } = applyChoice(graph, 'start', 'calm');
    expect(choice.reaction.en).toBe('Reaction to calm');
    expect(next.id).toBe('talk');
  });

  it('reaches different endings by different paths', () => {
    const good = ['calm', 'listen', 'call-help'].reduce((node, c) => applyChoice(graph, node, c).next.id, 'start');
    const bad = ['shout'].reduce((node, c) => applyChoice(graph, node, c).next.id, 'start');
    expect(graph.nodes.find((n) => n.id === good)?.outcome).toBe('good');
    expect(graph.nodes.find((n) => n.id === bad)?.outcome).toBe('bad');
  });

  it('refuses a choice that belongs to another node', () => {
    expect(() => applyChoice(graph, 'start', 'listen')).toThrow(/not one of the choices/);
  });

  it('refuses any choice once an ending is reached', () => {
    expect(() => applyChoice(graph, 'safe', 'calm')).toThrow(/has ended/);
  });

  it('counts decision points, not endings', () => {
    expect(countDecisionPoints(graph)).toBe(3);
  });
});
