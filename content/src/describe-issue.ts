import type { z } from 'zod';
import type { ContentError } from './model';
import type { Path, YamlSource } from './yaml-source';

/** Where a value is, as an author would say it: `questions › 2 › options › 1 › feedback`. */
export const showPath = (path: Path) => (path.length ? path.map((p) => (typeof p === 'number' ? p + 1 : p)).join(' › ') : 'the file');

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known field closest to a misspelt one, if it is close enough to be a typo. */
export function suggest(word: string, known: string[]): string | undefined {
  const ranked = known.map((k) => ({ k, d: distance(word.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.k : undefined;
}

const LANGUAGE_NAMES: Record<string, string> = { ru: 'Russian', en: 'English', be: 'Belarusian' };

/**
 * Turns a schema problem into a sentence for an NGO author: what is wrong, where, and what to write.
 * `knownKeys` lists the fields allowed where an unknown field was found (for "did you mean").
 */
export function describeIssue(issue: z.core.$ZodIssue, source: YamlSource, knownKeys: (path: Path) => string[]): ContentError {
  const path = issue.path as Path;
  const where = showPath(path);
  const last = path[path.length - 1];
  const base = { file: source.file, line: source.lineOf(path) };

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const guess = suggest(key, knownKeys(path));
    const inText = knownKeys(path).includes('ru');
    return {
      ...base,
      line: source.lineOfKey(path, key),
      message: `Unknown field "${key}"${path.length ? ` in ${where}` : ''}`,
      fix: guess && !inText
        ? `Did you mean "${guess}"? Rename it.`
        : inText
          ? 'A comma split the text: put the whole text in quotes, e.g. en: "Yes, because..."'
          : `Remove it; allowed here: ${knownKeys(path).join(', ')}`,
    };
  }
  if (issue.code === 'invalid_type' && !source.has(path)) {
    // Point at the line of the field that lacks something, not at its first child.
    const parentKey = path[path.length - 2];
    if (typeof parentKey === 'string') base.line = source.lineOfKey(path.slice(0, -2), parentKey) ?? base.line;
    if (typeof last === 'string' && LANGUAGE_NAMES[last]) {
      return { ...base, message: `The ${LANGUAGE_NAMES[last]} text of ${showPath(path.slice(0, -1))} is missing`, fix: `Add a line "${last}: <text in ${LANGUAGE_NAMES[last]}>"` };
    }
    return { ...base, message: `The field "${String(last ?? 'content')}" is missing in ${showPath(path.slice(0, -1))}`, fix: `Add "${String(last)}:" with its value` };
  }
  if (issue.code === 'invalid_type') {
    const found = valueAt(source, path);
    if (issue.expected === 'string' && (typeof found === 'boolean' || typeof found === 'number')) {
      return { ...base, message: `${where} is read as ${typeof found === 'boolean' ? 'yes/no' : 'a number'}, not as text`, fix: `Put it in quotes: "${String(found)}"` };
    }
    return { ...base, message: `${where} should be ${article(issue.expected)}`, fix: `Write ${article(issue.expected)} here` };
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    return { ...base, message: `${where} cannot be "${String(valueAt(source, path))}"`, fix: `Write one of: ${values.join(', ')}` };
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return { ...base, message: `${where} is empty`, fix: 'Write the text' };
    if (issue.origin === 'array') return { ...base, message: `${where} needs at least ${String(issue.minimum)} item(s)`, fix: 'Add the missing items' };
    return { ...base, message: `${where} must be at least ${String(issue.minimum)}`, fix: `Write a number of ${String(issue.minimum)} or more` };
  }
  if (issue.code === 'too_big') {
    return { ...base, message: `${where} must be at most ${String(issue.maximum)}`, fix: `Write a value of ${String(issue.maximum)} or less` };
  }
  if (issue.code === 'invalid_format') {
    return {
      ...base,
      message: `${where} "${String(valueAt(source, path))}" is not a valid name`,
      fix: 'Use lowercase letters, digits and single hyphens, e.g. "signs-of-abuse" (file names: letters, digits, dots, hyphens)',
    };
  }
  if (issue.code === 'invalid_union') {
    return { ...base, message: `${where} is not a step`, fix: 'Write a step as "- lesson: <id>", "- quiz: <id>" or "- scenario: <id>"' };
  }
  return { ...base, message: `${where}: ${issue.message}`, fix: 'See content/README.md for the format' };
}

function article(type: string): string {
  const names: Record<string, string> = { string: 'a text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a group of fields' };
  return names[type] ?? type;
}

function valueAt(source: YamlSource, path: Path): unknown {
  let value = source.value as unknown;
  for (const p of path) value = (value as Record<string | number, unknown> | undefined)?.[p];
  return typeof value === 'object' ? JSON.stringify(value) : value;
}
