import type { QuizContent, ScenarioContent } from './model';
import type { Reader } from './reader';
import type { Path, YamlSource } from './yaml-source';

/** Positions of ids already used earlier in the list: the second "a" is the mistake, not the first. */
function repeats(ids: string[]): number[] {
  return ids.flatMap((id, i) => (ids.indexOf(id) !== i ? [i] : []));
}

const reporter = (reader: Reader, source: YamlSource) => (message: string, fix: string, at: Path) =>
  reader.error(source.file, message, fix, source.lineOf(at));

/** Rules a schema cannot express: how many options are correct, unique ids. */
export function checkQuiz(reader: Reader, source: YamlSource, quiz: QuizContent): void {
  const err = reporter(reader, source);
  for (const i of repeats(quiz.questions.map((q) => q.id))) {
    err(`The question id "${quiz.questions[i]!.id}" is used twice`, 'Give each question its own id', ['questions', i, 'id']);
  }
  quiz.questions.forEach((q, i) => {
    const at = ['questions', i, 'options'];
    for (const j of repeats(q.options.map((o) => o.id))) {
      err(`The question "${q.id}" has two options with the id "${q.options[j]!.id}"`, 'Give each option its own id', [...at, j, 'id']);
    }
    const correct = q.options.filter((o) => o.correct).length;
    if (q.type === 'true-false' && q.options.map((o) => o.id).sort().join() !== 'false,true') {
      err(`The true/false question "${q.id}" must have exactly two options, "true" and "false"`, 'Write two options, one with id: "true" and one with id: "false" (in quotes)', at);
    }
    if (correct === 0) {
      err(`The question "${q.id}" has no correct option`, `Add "correct: true" to the right option${q.type === 'multiple' ? 's' : ''}`, at);
    } else if (correct > 1 && q.type !== 'multiple') {
      err(`The question "${q.id}" takes one answer but has ${correct} correct options`, 'Keep "correct: true" on one option only, or write type: multiple', at);
    }
  });
}

/**
 * A scenario must be playable: every choice leads somewhere, every node can be reached, every path
 * ends, and the endings differ (otherwise the choices would not matter).
 */
export function checkScenario(reader: Reader, source: YamlSource, scenario: ScenarioContent): void {
  const err = reporter(reader, source);
  const { nodes } = scenario;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  for (const i of repeats(nodes.map((n) => n.id))) err(`The node id "${nodes[i]!.id}" is used twice`, 'Give each node its own id', ['nodes', i, 'id']);
  // Choice ids are unique in the whole scenario: reports count how many learners took each choice.
  const choices = nodes.flatMap((n, i) => (n.choices ?? []).map((c, j) => ({ id: c.id, at: ['nodes', i, 'choices', j, 'id'] })));
  for (const k of repeats(choices.map((c) => c.id))) err(`The choice id "${choices[k]!.id}" is used twice in this scenario`, 'Give each choice its own id', choices[k]!.at);
  if (!index.has(scenario.start)) err(`start names "${scenario.start}", but there is no node with that id`, 'Write the id of the first decision point', ['start']);

  let wellFormed = true;
  nodes.forEach((node, i) => {
    const isEnding = node.outcome !== undefined;
    if (isEnding ? node.choices || !node.title || !node.explanation : !node.choices || !node.text || node.title) {
      wellFormed = false;
      const fix = isEnding ? 'An ending has outcome, title and text, and no choices' : 'A decision point has text and at least two choices (and no title); an ending has outcome, title and text';
      err(`The node "${node.id}" is neither a complete decision point nor a complete ending`, fix, ['nodes', i]);
    }
    node.choices?.forEach((choice, j) => {
      if (index.has(choice.next)) return;
      wellFormed = false;
      err(`The choice "${choice.id}" leads to "${choice.next}", but there is no such node`, 'After next: write the id of a node of this scenario', ['nodes', i, 'choices', j, 'next']);
    });
  });
  if (!wellFormed || !index.has(scenario.start)) return; // the graph checks below would only repeat these errors

  const next = (id: string) => (nodes[index.get(id)!]?.choices ?? []).map((c) => c.next);
  const reachable = new Set<string>();
  for (const queue = [scenario.start]; queue.length; ) {
    const id = queue.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    queue.push(...next(id));
  }
  // Nodes from which some path reaches an ending, grown backwards from the endings.
  const canEnd = new Set(nodes.filter((n) => n.outcome).map((n) => n.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of nodes) {
      if (canEnd.has(n.id) || !next(n.id).some((id) => canEnd.has(id))) continue;
      canEnd.add(n.id);
      grew = true;
    }
  }
  nodes.forEach((n, i) => {
    if (!reachable.has(n.id)) err(`The node "${n.id}" cannot be reached from the start`, 'Lead a choice to it with next:, or delete it', ['nodes', i]);
    else if (!canEnd.has(n.id)) err(`From the node "${n.id}" no path ever reaches an ending: the learner goes round in circles`, 'Lead at least one choice of this loop to an ending', ['nodes', i]);
  });
  const decisions = nodes.filter((n) => !n.outcome).length;
  if (decisions < 3) err(`The scenario has ${decisions} decision point(s); it needs at least 3`, 'Add decision points so that learners make at least three choices', ['nodes']);
  const kinds = new Set(nodes.filter((n) => reachable.has(n.id) && n.outcome).map((n) => n.outcome));
  if (kinds.size < 2) err('Every ending that can be reached has the same outcome, so the choices do not matter', 'Make at least two kinds of ending (good, mixed or bad) that learners can reach', ['nodes']);
}
