import type { RollupDimension } from './campaign-daily-rollup.entity';

/** Raw events of one campaign-day, grouped by everything a roll-up counts by, and by visitor. */
export interface EventGroup {
  materialId: string | null;
  linkId: string | null;
  sourceHost: string | null;
  kind: string;
  visitorHash: string;
  /** events in the group */
  count: number;
}

export interface RollupRow {
  dimension: RollupDimension;
  dimensionKey: string;
  /** An event kind, or `*` for any event */
  kind: string;
  events: number;
  visitors: number;
}

export const ANY_KIND = '*';
export const DIRECT = 'direct';

/**
 * The daily roll-up of one campaign-day. Each dimension is counted on its own because distinct
 * visitors cannot be summed across its values (one visitor reads two articles: 2 material
 * visitors, 1 campaign visitor). `*` rows count visitors who sent any event.
 */
export function rollUp(groups: EventGroup[]): RollupRow[] {
  const cells = new Map<string, { row: RollupRow; visitors: Set<string> }>();
  const add = (dimension: RollupDimension, dimensionKey: string, kind: string, visitor: string, count: number) => {
    const id = `${dimension}\u0000${dimensionKey}\u0000${kind}`;
    let cell = cells.get(id);
    if (!cell) {
      cell = { row: { dimension, dimensionKey, kind, events: 0, visitors: 0 }, visitors: new Set() };
      cells.set(id, cell);
    }
    cell.row.events += count;
    cell.visitors.add(visitor);
  };
  for (const g of groups) {
    const keys: [RollupDimension, string][] = [
      ['total', ''],
      ['material', g.materialId ?? ''],
      ['link', g.linkId ?? DIRECT],
      ['source', g.sourceHost ?? DIRECT],
    ];
    for (const [dimension, key] of keys) {
      add(dimension, key, g.kind, g.visitorHash, g.count);
      add(dimension, key, ANY_KIND, g.visitorHash, g.count);
    }
  }
  return [...cells.values()].map(({ row, visitors }) => ({ ...row, visitors: visitors.size }));
}
