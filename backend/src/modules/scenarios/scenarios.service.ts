import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { pickText, translate, type Locale } from '../../common/graphql/locale';
import { parseClientId } from '../../common/idempotency/client-id';
import type { OutcomeKindValue, Scenario, ScenarioNode, ScenarioRoleValue, ScenarioRun } from './models/scenario.model';
import type { ScenarioRunEntity } from './scenario-run.entity';
import type { ScenarioEntity } from './scenario.entity';
import { applyChoice, countDecisionPoints, findNode, isEnding, type ScenarioGraph } from './scenario-traversal';
import { choiceNotAvailable, runFinished, runNotFound, scenarioNotFound } from './scenarios.errors';
import { ScenariosRepository } from './scenarios.repository';

const graphOf = (s: ScenarioEntity): ScenarioGraph => ({ startNode: s.startNode, nodes: s.nodes });

@Injectable()
export class ScenariosService {
  constructor(private readonly scenarios: ScenariosRepository) {}

  async scenario(id: string, locale: Locale): Promise<Scenario> {
    const s = await this.findActive(id);
    const title = pickText(s.title, locale);
    return {
      id: s.id,
      courseId: s.courseId,
      title: title.text,
      role: s.role as ScenarioRoleValue,
      counterpart: translate(s.counterpart, locale),
      linkedScenarioId: s.linkedScenarioId,
      decisionPoints: countDecisionPoints(graphOf(s)),
      locale: title.locale,
    };
  }

  /** Starts a play-through; resending the same clientId returns the play-through it started. */
  async start(learnerId: string, scenarioId: string, locale: Locale, clientIdArg?: string | null): Promise<ScenarioRun> {
    const clientId = parseClientId(clientIdArg);
    const scenario = await this.findActive(scenarioId);
    const earlier = clientId ? await this.scenarios.findRunByClientId(learnerId, clientId) : null;
    if (earlier) return this.toRun(earlier, scenario, locale);
    const run: ScenarioRunEntity = {
      id: randomUUID(),
      learnerId,
      scenarioId: scenario.id,
      currentNode: scenario.startNode,
      outcome: null,
      lastChoiceId: null,
      startedAt: new Date(),
      finishedAt: null,
      clientId,
    };
    if (!(await this.scenarios.insertRun(run)) && clientId) {
      const raced = await this.scenarios.findRunByClientId(learnerId, clientId);
      if (raced) return this.toRun(raced, scenario, locale);
    }
    return this.toRun(run, scenario, locale);
  }

  /**
   * Records the choice (every choice is kept, not only the ending) and moves the dialogue on.
   * Resending the same clientId returns the play-through as it is, without recording the choice again.
   */
  async choose(learnerId: string, runId: string, choiceId: string, locale: Locale, clientIdArg?: string | null): Promise<ScenarioRun> {
    const clientId = parseClientId(clientIdArg);
    const run = await this.scenarios.findRun(runId.slice(0, 36), learnerId);
    if (!run) throw runNotFound();
    const scenario = await this.scenarios.findByIds([run.scenarioId]).then(([s]) => s);
    if (!scenario) throw runNotFound();
    if (clientId && (await this.scenarios.hasChoice(run.id, clientId))) return this.toRun(run, scenario, locale);
    if (run.finishedAt) throw runFinished();
    const { next } = applyChoice(graphOf(scenario), run.currentNode, choiceId);
    const position = await this.scenarios.countChoices(run.id);
    const fromNode = run.currentNode;
    run.currentNode = next.id;
    run.lastChoiceId = choiceId;
    if (isEnding(next)) {
      run.outcome = next.outcome ?? null;
      run.finishedAt = new Date();
    }
    const recorded = await this.scenarios.recordChoice(run, fromNode, {
      id: randomUUID(),
      runId: run.id,
      nodeId: fromNode,
      choiceId,
      position,
      chosenAt: new Date(),
      clientId,
    });
    if (recorded === 'recorded') return this.toRun(run, scenario, locale);
    // A concurrent resend (same clientId) was stored first, or another tab moved the dialogue on.
    const now = await this.scenarios.findRun(run.id, learnerId);
    if (!now) throw runNotFound();
    if (recorded === 'moved') throw choiceNotAvailable(choiceId);
    return this.toRun(now, scenario, locale);
  }

  /** The whole dialogue, for a live session where the room decides together. */
  async graph(scenarioId: string): Promise<{ scenario: ScenarioEntity; graph: ScenarioGraph }> {
    const scenario = await this.findActive(scenarioId);
    return { scenario, graph: graphOf(scenario) };
  }

  nodeView(node: ReturnType<typeof findNode>, locale: Locale): ScenarioNode {
    return this.toNode(node, locale);
  }

  finishedScenarioIds(learnerId: string): Promise<Set<string>> {
    return this.scenarios.finishedScenarioIds(learnerId);
  }

  async titles(ids: string[], locale: Locale): Promise<Map<string, string>> {
    const scenarios = await this.scenarios.findByIds(ids);
    return new Map(scenarios.map((s) => [s.id, translate(s.title, locale)]));
  }

  private async findActive(id: string): Promise<ScenarioEntity> {
    const scenario = await this.scenarios.findActiveById(id);
    if (!scenario) throw scenarioNotFound(id);
    return scenario;
  }

  private toRun(run: ScenarioRunEntity, scenario: ScenarioEntity, locale: Locale): ScenarioRun {
    const graph = graphOf(scenario);
    const node = findNode(graph, run.currentNode);
    const lastChoice = run.lastChoiceId
      ? graph.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === run.lastChoiceId && c.next === node.id)
      : undefined;
    return {
      id: run.id,
      scenarioId: scenario.id,
      node: this.toNode(node, locale),
      reaction: lastChoice ? translate(lastChoice.reaction, locale) : null,
      finished: run.finishedAt !== null,
    };
  }

  private toNode(node: ReturnType<typeof findNode>, locale: Locale): ScenarioNode {
    return {
      id: node.id,
      text: node.text ? translate(node.text, locale) : '',
      choices: (node.choices ?? []).map((c) => ({ id: c.id, text: translate(c.text, locale) })),
      outcome:
        node.outcome && node.title && node.explanation
          ? { kind: node.outcome as OutcomeKindValue, title: translate(node.title, locale), text: translate(node.explanation, locale) }
          : null,
    };
  }
}
