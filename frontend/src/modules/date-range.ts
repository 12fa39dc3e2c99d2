/** A range of whole days, YYYY-MM-DD, both included (the dashboard counts days in UTC, as the server does). */
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

export const todayUtc = (now = Date.now()) => toDay(now);

/** The last `days` days up to and including today. */
export function lastDays(days: number, now = Date.now()): DayRange {
  const to = toDay(now);
  return { from: toDay(msOf(to) - (days - 1) * DAY_MS), to };
}

export function daysIn(range: DayRange): number {
  return Math.round((msOf(range.to) - msOf(range.from)) / DAY_MS) + 1;
}

/** The period of the same length just before `range` (what the server compares with). */
export function previousRange(range: DayRange): DayRange {
  const length = daysIn(range);
  return { from: toDay(msOf(range.from) - length * DAY_MS), to: toDay(msOf(range.from) - DAY_MS) };
}

export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(msOf(value));

/** The change from the previous period: the difference, and the percentage when there was something before. */
export function change(current: number, previous: number): { diff: number; percent: number | null } {
  return { diff: current - previous, percent: previous > 0 ? Math.round(((current - previous) / previous) * 1000) / 10 : null };
}

/** The Monday (UTC) of a day's ISO week. */
export function weekOf(day: string): string {
  const ms = msOf(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return toDay(ms - weekday * DAY_MS);
}

/**
 * Daily figures summed per ISO week (labelled by the week's Monday), in order. Summed unique
 * visitors per day stay visitor-days: a person who came on two days of a week counts twice.
 */
export function byWeek<T extends { day: string; visitors: number; views: number }>(daily: readonly T[]): { week: string; visitors: number; views: number }[] {
  const weeks = new Map<string, { week: string; visitors: number; views: number }>();
  for (const { day, visitors, views } of daily) {
    const week = weekOf(day);
    const sum = weeks.get(week) ?? { week, visitors: 0, views: 0 };
    sum.visitors += visitors;
    sum.views += views;
    weeks.set(week, sum);
  }
  return [...weeks.values()];
}
