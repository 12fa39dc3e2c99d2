/** Cells of fewer than this many people are shown as "< 3", so that nobody can be singled out. */
export const SMALL_CELL = 3;

export interface Cell {
  label: string;
  /** null when suppressed */
  count: number | null;
  display: string;
}

export function cell(label: string, count: number): Cell {
  const suppressed = count > 0 && count < SMALL_CELL;
  return { label, count: suppressed ? null : count, display: suppressed ? `< ${SMALL_CELL}` : String(count) };
}

/** Counts values (null as "not stated"), largest group first, each as a cell. */
export function breakdown(values: (string | null)[], notStated = 'not-stated'): Cell[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value ?? notStated, (counts.get(value ?? notStated) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, count]) => cell(label, count));
}

export const mean = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

export interface Gain {
  /** Participants with both a pre- and a post-test */
  paired: number;
  /** Mean of per-participant differences, in percentage points */
  meanGain: number | null;
  improved: number;
  same: number;
  worse: number;
}

/** Knowledge gain measured per person (post minus pre of the same participant), not by comparing two crowds. */
export function knowledgeGain(pairs: { pre: number; post: number }[]): Gain {
  const differences = pairs.map((p) => p.post - p.pre);
  return {
    paired: pairs.length,
    meanGain: mean(differences),
    improved: differences.filter((d) => d > 0).length,
    same: differences.filter((d) => d === 0).length,
    worse: differences.filter((d) => d < 0).length,
  };
}

/** A CSV field: quoted, inner quotes doubled; a leading = + - @ is defused so spreadsheets do not run it. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
