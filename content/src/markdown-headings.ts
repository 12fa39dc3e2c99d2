/**
 * The 1-based line of the first level-1 heading in Markdown ("# Title", or a line underlined with
 * "==="), outside fenced code; undefined when there is none. The page already shows the title as
 * its one <h1>, so a level-1 heading in the text would make a second one (screen-reader users
 * navigate by headings, and two main titles mislead them).
 */
export function firstLevelOneHeading(markdown: string): number | undefined {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    if (/^ {0,3}#(?:[ \t]|$)/.test(line)) return i + 1;
    const above = lines[i - 1];
    if (/^ {0,3}=+[ \t]*$/.test(line) && above !== undefined && above.trim() !== '' && !/^ {0,3}(?:[#>*+-]|\d+[.)])/.test(above)) return i;
  }
  return undefined;
}

/** The message and the fix for a level-1 heading in an article or a lesson. */
export const LEVEL_ONE_HEADING = (titleFrom: string): [message: string, fix: string] => [
  'The text has a level-1 heading ("# ..."), but the page already shows the title as its main heading',
  `Delete this heading if it repeats the title (the page shows ${titleFrom}), or make it a section heading with "## "`,
];
