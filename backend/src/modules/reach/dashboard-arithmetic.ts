import type { RollupRow } from './rollup-arithmetic';
import { ANY_KIND, DIRECT } from './rollup-arithmetic';

export const FUNNEL_STEPS = ['play', 'p25', 'p50', 'p75', 'p100'] as const;
export const MAX_RANGE_DAYS = 366;

export type DayRow = RollupRow & { day: string };

export interface Totals {
  visitorDays: number;
  views: number;
  videoPlays: number;
  videoCompletions: number;
  articlesRead: number;
  shares: number;
  coursesStarted: number;
  coursesCompleted: number;
}

const DAY_MS = 86_400_000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
export const addDays = (day: string, n: number) => new Date(toDate(day).getTime() + n * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS) + 1;

/** The period of the same length that ends the day before `from`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysBetween(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/** Every day from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) }, (_, i) => addDays(from, i));
}

const inRange = (rows: DayRow[], from: string, to: string) => rows.filter((r) => r.day >= from && r.day <= to);
const sum = (rows: DayRow[], pick: (r: DayRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
const events = (rows: DayRow[], kind: string) => sum(rows.filter((r) => r.kind === kind), (r) => r.events);
/** Visitors are distinct per day only: summed over days they are visitor-days. */
const visitorDays = (rows: DayRow[], kind = ANY_KIND) => sum(rows.filter((r) => r.kind === kind), (r) => r.visitors);

export function totals(rows: DayRow[], from: string, to: string): Totals {
  const total = inRange(rows, from, to).filter((r) => r.dimension === 'total');
  return {
    visitorDays: visitorDays(total),
    views: events(total, 'view'),
    videoPlays: events(total, 'play'),
    videoCompletions: events(total, 'p100'),
    articlesRead: events(total, 'read'),
    shares: events(total, 'share'),
    coursesStarted: events(total, 'course_start'),
    coursesCompleted: events(total, 'course_complete'),
  };
}

export function daily(rows: DayRow[], from: string, to: string): { day: string; visitors: number; views: number }[] {
  const total = inRange(rows, from, to).filter((r) => r.dimension === 'total');
  return daysOf(from, to).map((day) => {
    const ofDay = total.filter((r) => r.day === day);
    return { day, visitors: visitorDays(ofDay), views: events(ofDay, 'view') };
  });
}

export interface MaterialRef {
  id: string;
  slug: string;
  title: string;
  kind: 'video' | 'article' | 'course';
}

export function materialFigures(rows: DayRow[], from: string, to: string, materials: MaterialRef[]) {
  const ofMaterials = inRange(rows, from, to).filter((r) => r.dimension === 'material');
  return materials.map((m) => {
    const own = ofMaterials.filter((r) => r.dimensionKey === m.id);
    return {
      materialId: m.id,
      slug: m.slug,
      title: m.title,
      kind: m.kind,
      visitors: visitorDays(own),
      views: events(own, 'view'),
      funnel: m.kind === 'video' ? FUNNEL_STEPS.map((step) => ({ step, count: visitorDays(own, step) })) : [],
      reads: events(own, 'read'),
      shares: events(own, 'share'),
    };
  });
}

export interface BreakdownRow {
  key: string;
  label: string;
  visitors: number;
  views: number;
}

/**
 * Per tracked link: every current link (zero when unused), "direct" for visits without a link, and
 * "removed" for visits through links deleted since.
 */
export function linkBreakdown(rows: DayRow[], from: string, to: string, links: { id: string; code: string; channel: string }[]): BreakdownRow[] {
  const ofLinks = inRange(rows, from, to).filter((r) => r.dimension === 'link');
  const known = new Set(links.map((l) => l.id));
  const row = (key: string, label: string, own: DayRow[]) => ({ key, label, visitors: visitorDays(own), views: events(own, 'view') });
  const result = [
    ...links.map((l) => row(l.code, l.channel, ofLinks.filter((r) => r.dimensionKey === l.id))),
    row(DIRECT, 'No tracked link', ofLinks.filter((r) => r.dimensionKey === DIRECT)),
  ];
  const removed = ofLinks.filter((r) => r.dimensionKey !== DIRECT && !known.has(r.dimensionKey));
  if (removed.length > 0) result.push(row('removed', 'Removed links', removed));
  return result;
}

/** Per referring host, most visitors first; "direct" when the browser sent no referrer. */
export function sourceBreakdown(rows: DayRow[], from: string, to: string): BreakdownRow[] {
  const ofSources = inRange(rows, from, to).filter((r) => r.dimension === 'source');
  const keys = [...new Set(ofSources.map((r) => r.dimensionKey))];
  return keys
    .map((key) => {
      const own = ofSources.filter((r) => r.dimensionKey === key);
      return { key, label: key === DIRECT ? 'Direct or unknown' : key, visitors: visitorDays(own), views: events(own, 'view') };
    })
    .sort((a, b) => b.visitors - a.visitors || b.views - a.views || a.key.localeCompare(b.key));
}

const number = (n: number) => n.toLocaleString('en-US');

/** The headline, saying what is counted: visitor-days are not people; reported reach is not measured. */
export function headline(materials: number, measured: number, reported: number, days: number) {
  const counted = `${number(measured)} ${measured === 1 ? 'visitor-day' : 'visitor-days'} measured by Zorka (unique visitors per day, summed over ${days} ${days === 1 ? 'day' : 'days'}; one person visiting on two days counts twice)`;
  const outside = reported > 0 ? ` and ${number(reported)} reported by partners (ledger, not measured by Zorka)` : '';
  return {
    materials,
    measuredVisitorDays: measured,
    reportedReach: reported,
    text: `${materials} ${materials === 1 ? 'material' : 'materials'} reached ${counted}${outside}.`,
  };
}
