import type { EventGroup } from './rollup-arithmetic';

/**
 * A small campaign, counted by hand. Video V, article R, tracked link L1.
 * Day 1: visitor A comes through L1 from news.example: campaign page, V twice, play, 25 %, 50 %.
 *        visitor B comes direct: V, play, 25, 50, 75, 100 %. Visitor C from school.example reads R.
 * Day 2: A again (a new hash: new day, new salt), direct: V, play.
 */
export const KNOWN_EVENTS: { day: string; visitor: string; kind: string; material: string | null; link: string | null; source: string | null }[] = [
  ...['view:', 'view:V', 'view:V', 'play:V', 'p25:V', 'p50:V'].map((e) => ({ day: '2026-11-01', visitor: 'A', ...split(e), link: 'L1', source: 'news.example' })),
  ...['view:V', 'play:V', 'p25:V', 'p50:V', 'p75:V', 'p100:V'].map((e) => ({ day: '2026-11-01', visitor: 'B', ...split(e), link: null, source: null })),
  ...['view:R', 'read:R'].map((e) => ({ day: '2026-11-01', visitor: 'C', ...split(e), link: null, source: 'school.example' })),
  ...['view:V', 'play:V'].map((e) => ({ day: '2026-11-02', visitor: 'A2', ...split(e), link: null, source: null })),
];

function split(event: string): { kind: string; material: string | null } {
  const [kind = '', material = ''] = event.split(':');
  return { kind, material: material || null };
}

/** What the roll-up query returns: events grouped by day, dimensions, kind and visitor. */
export function groupsOf(day: string): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const e of KNOWN_EVENTS.filter((x) => x.day === day)) {
    const key = [e.material, e.link, e.source, e.kind, e.visitor].join('|');
    const group = groups.get(key) ?? { materialId: e.material, linkId: e.link, sourceHost: e.source, kind: e.kind, visitorHash: e.visitor, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()];
}
