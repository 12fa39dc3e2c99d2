import type { Reader } from './load';
import type { QuizContent, ScenarioContent } from './model';
import type { YamlSource } from './yaml-source';

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Rules a schema cannot express: how many options are correct, unique ids. */
export function checkQuiz(reader: Reader, source: YamlSource, quiz: QuizContent): void {
  const err = (message: string, fix: string, at: (string | number)[]) => reader.error(source.file, message, fix, source.lineOf(at));
  for (const id of duplicates(quiz.questions.map((q) => q.id))) err(`The question id "${id}" is used twice`, 'Give each question its own id', ['questions']);
  quiz.questions.forEach((q, i) => {
    const at = ['questions', i];
    const correct = q.options.filter((o) => o.correct === true).length;
    for (const id of duplicates(q.options.map((o) => o.id))) err(`Question "${q.id}" has two options with the id "${id}"`, 'Give each option its own id', [...at, 'options']);
    if (q.type === 'true-false') {
      const ids = q.options.map((o) => o.id).sort().join(',');
      if (ids !== 'false,true') err(`The true/false question "${q.id}" must have exactly the options "true" and "false"`, 'Write two options with id: "true" and id: "false"', [...at, 'options']);
    }
    if (q.type !== 'multiple' && correct !== 1) {
      err(
        correct === 0 ? `The question "${q.id}" has no correct option` : `The question "${q.id}" has ${correct} correct options but takes one answer`,
        correct === 0 ? 'Add "correct: true" to the right option' : 'Keep "correct: true" on one option only, or make it type: multiple',
        [...at, 'options'],
      );
    }
    if (q.type === 'multiple' && correct === 0) err(`The question "${q.id}" has no correct option`, 'Add "correct: true" to each right option', [...at, 'options']);
  });
}

/**
 * A scenario must be playable: every choice leads somewhere, every node can be reached, every path
 * ends, and the endings differ (otherwise the choices would not matter).
 */
export function checkScenario(reader: Reader, source: YamlSource, scenario: ScenarioContent): void {
  const err = (message: string, fix: string, at: (string | number)[]) => reader.error(source.file, message, fix, source.lineOf(at));
  const index = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  for (const id of duplicates(scenario.nodes.map((n) => n.id))) err(`The node id "${id}" is used twice`, 'Give each node its own id', ['nodes']);
  const choiceIds = scenario.nodes.flatMap((n) => (n.choices ?? []).map((c) => c.id));
  for (const id of duplicates(choiceIds)) err(`The choice id "${id}" is used twice in this scenario`, 'Give each choice its own id (they are recorded to show where learners go)', ['nodes']);
  if (!index.has(scenario.start)) err(`start names "${scenario.start}", but there is no node with that id`, 'Write the id of the first decision point', ['start']);

  let wellFormed = true;
  scenario.nodes.forEach((node, i) => {
    const isEnding = node.outcome !== undefined;
    if (isEnding && (node.choices || !node.title || !node.explanation)) {
      wellFormed = false;
      err(`The ending "${node.id}" needs a title and a text, and no choices`, 'An ending has outcome, title and text; a decision point has text and choices', ['nodes', i]);
    }
    if (!isEnding && (!node.choices || !node.text || node.title)) {
      wellFormed = false;
      err(`The node "${node.id}" is neither a decision point nor an ending`, 'Give it text and at least two choices, or outcome, title and text', ['nodes', i]);
    }
    node.choices?.forEach((choice, j) => {
      if (!index.has(choice.next)) {
        wellFormed = false;
        err(`The choice "${choice.id}" leads to "${choice.next}", but there is no such node`, 'Write the id of an existing node after next:', ['nodes', i, 'choices', j, 'next']);
      }
    });
  });
  if (!wellFormed || !index.has(scenario.start)) return;

  const next = (id: string) => (scenario.nodes[index.get(id)!]?.choices ?? []).map((c) => c.next);
  const reachable = new Set<string>();
  const queue = [scenario.start];
  while (queue.length) {
    const id = queue.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    queue.push(...next(id));
  }
  scenario.nodes.forEach((n, i) => {
    if (!reachable.has(n.id)) err(`The node "${n.id}" cannot be reached from the start`, 'Lead a choice to it with next:, or delete it', ['nodes', i]);
  });
  // Nodes that can reach an ending, found backwards from the endings.
  const canEnd = new Set(scenario.nodes.filter((n) => n.outcome).map((n) => n.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of scenario.nodes) {
      if (!canEnd.has(n.id) && next(n.id).some((id) => canEnd.has(id))) {
        canEnd.add(n.id);
        changed = true;
      }
    }
  }
  scenario.nodes.forEach((n, i) => {
    if (reachable.has(n.id) && !canEnd.has(n.id)) err(`From the node "${n.id}" no path ever reaches an ending (a loop)`, 'Lead at least one choice towards an ending', ['nodes', i]);
  });
  const decisions = scenario.nodes.filter((n) => !n.outcome).length;
  if (decisions < 3) err(`The scenario has ${decisions} decision point(s); it needs at least 3`, 'Add decision points so that learners make at least three choices on some path', ['nodes']);
  const kinds = new Set(scenario.nodes.filter((n) => reachable.has(n.id)).map((n) => n.outcome).filter(Boolean));
  if (kinds.size < 2) err('Every ending that can be reached has the same outcome, so the choices do not matter', 'Make at least two kinds of ending: good, mixed or bad', ['nodes']);
}
