import type { z } from 'zod';
import type { ContentError, ContentLocale } from './model';
import type { CustomIssueParams } from './schema';
import type { Path, YamlSource } from './yaml-source';

const SINGULAR: Record<string, string> = { steps: 'step', questions: 'question', options: 'option', nodes: 'node', choices: 'choice', phones: 'phone', ageBands: 'age band', languages: 'language', materials: 'material' };

/** Where a value is, as an author would say it: `question 2 › option 1 › feedback` (counting from 1). */
export function showPath(path: Path): string {
  if (!path.length) return 'the file';
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'string') parts.push(part);
    else if (i === 0) parts.push(`entry ${part + 1}`);
    else parts.splice(-1, 1, `${SINGULAR[String(path[i - 1])] ?? String(path[i - 1])} ${part + 1}`);
  });
  return parts.join(' › ');
}

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
  // Two edits turn any short word into any other, so short words get one.
  const allowed = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  return best && best.d <= allowed ? best.k : undefined;
}

export const LANGUAGE_NAMES: Record<ContentLocale, string> = { ru: 'Russian', en: 'English', be: 'Belarusian' };

/**
 * Turns a schema problem into sentences for an NGO author: what is wrong, where, and what to write.
 * `knownKeys` lists the fields allowed where an unknown field was found (for "did you mean").
 * One issue may name several unknown fields; each gets its own error and line.
 */
export function describeIssue(issue: z.core.$ZodIssue, source: YamlSource, knownKeys: (path: Path) => string[]): ContentError[] {
  const path = issue.path as Path;
  const errors = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownField(key, path, source, knownKeys(path))) : [describeOne(issue, path, source)];
  return errors.map((e) => ({ ...e, message: e.message.charAt(0).toUpperCase() + e.message.slice(1) }));
}

function unknownField(key: string, path: Path, source: YamlSource, known: string[]): ContentError {
  const guess = suggest(key, known);
  // In `{ ru: Да, конечно, en: ... }` the comma ends the text and "конечно" becomes a field with no value.
  const splitByComma = known.includes('ru') && valueAt(source, [...path, key]) === null;
  return {
    file: source.file,
    line: source.lineOf([...path, key]),
    message: `Unknown field "${key}"${path.length ? ` in ${showPath(path)}` : ''}`,
    fix: splitByComma
      ? 'A comma split the text: put the whole text in quotes, e.g. en: "Yes, because..."'
      : guess
        ? `Did you mean "${guess}"? Rename it.`
        : `Remove it; allowed here: ${known.join(', ')}`,
  };
}

function describeOne(issue: z.core.$ZodIssue, path: Path, source: YamlSource): ContentError {
  const where = showPath(path);
  const last = path[path.length - 1];
  const base = { file: source.file, line: source.lineOf(path) };

  if (issue.code === 'custom') {
    const fix = (issue.params as Partial<CustomIssueParams> | undefined)?.fix ?? 'See content/README.md for the format';
    return { ...base, message: `${where} ${issue.message}`, fix }; // custom messages continue the sentence
  }
  if (issue.code === 'invalid_type' && !source.has(path)) {
    if (typeof last === 'string' && Object.hasOwn(LANGUAGE_NAMES, last)) {
      return { ...base, message: `The ${LANGUAGE_NAMES[last as ContentLocale]} text of ${showPath(path.slice(0, -1))} is missing`, fix: `Add a line "${last}: <text in ${LANGUAGE_NAMES[last as ContentLocale]}>"` };
    }
    return { ...base, message: `The field "${String(last ?? 'content')}" is missing in ${showPath(path.slice(0, -1))}`, fix: `Add "${String(last)}:" with its value` };
  }
  if (issue.code === 'invalid_type' && path[path.length - 2] === 'steps') {
    return { ...base, message: `${where} is not written as a step`, fix: 'Write each step as "- lesson: <id>", "- quiz: <id>" or "- scenario: <id>"' };
  }
  if (issue.code === 'invalid_type') {
    const found = valueAt(source, path);
    if (found === null) return { ...base, message: `${where} is empty`, fix: `Write ${article(issue.expected)} after the colon` };
    // YAML reads unquoted yes/no words and numbers as such; authors meant text.
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
    return { ...base, message: `${where} "${String(valueAt(source, path))}" is not written correctly`, fix: FORMAT_FIXES[String(fieldName(path))] ?? FORMAT_FIXES['id']! };
  }
  return { ...base, message: `${where}: ${issue.message}`, fix: 'See content/README.md for the format' };
}

const FORMAT_FIXES: Record<string, string> = {
  id: 'Use lowercase letters, digits and single hyphens, e.g. "signs-of-abuse"',
  linkedScenario: 'Write "<course-id>/<scenario-id>", e.g. "teach-children-to-see-lies/roleplay-parent"',
  video: 'Write the name of a .mp4 or .webm file in media/ (letters, digits, dots, hyphens)',
  captions: 'Write the name of a .vtt file in media/ (letters, digits, dots, hyphens)',
  embed: 'Paste the public link of a YouTube or Vimeo video: https://www.youtube.com/watch?v=…, https://youtu.be/… or https://vimeo.com/…',
  file: 'Write the name of a .mp4 or .webm file in media/ (letters, digits, dots, hyphens)',
  poster: 'Write the name of a .png, .jpg or .webp file in media/ (letters, digits, dots, hyphens)',
  startsOn: 'Write a real date as YYYY-MM-DD, e.g. 2026-11-01',
  endsOn: 'Write a real date as YYYY-MM-DD, e.g. 2026-12-31',
  phones: 'Write digits, spaces and hyphens, optionally starting with +, e.g. "+375 162 21 8888"',
};

/** The nearest field name in a path: `phones` for `1 › phones › 2`. */
const fieldName = (path: Path) => [...path].reverse().find((p) => typeof p === 'string');

function article(type: string): string {
  const names: Record<string, string> = { string: 'a text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a group of fields' };
  return names[type] ?? type;
}

function valueAt(source: YamlSource, path: Path): unknown {
  let value = source.value as unknown;
  for (const p of path) value = (value as Record<string | number, unknown> | undefined)?.[p];
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
}
