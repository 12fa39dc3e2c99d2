import { describe, expect, it } from 'vitest';
import { groupsOf } from './known-event-set.fixture';
import { rollUp, type RollupRow } from './rollup-arithmetic';

const find = (rows: RollupRow[], dimension: string, key: string, kind: string) =>
  rows.find((r) => r.dimension === dimension && r.dimensionKey === key && r.kind === kind);

describe('daily roll-up', () => {
  const day1 = rollUp(groupsOf('2026-11-01'));

  it('counts distinct visitors of the campaign, not the sum over materials', () => {
    expect(find(day1, 'total', '', '*')).toEqual({ dimension: 'total', dimensionKey: '', kind: '*', events: 14, visitors: 3 });
    expect(find(day1, 'material', 'V', '*')?.visitors).toBe(2);
    expect(find(day1, 'material', 'R', '*')?.visitors).toBe(1);
    expect(find(day1, 'material', '', '*')?.visitors).toBe(1); // the campaign page itself
  });

  it('counts events and visitors per kind', () => {
    expect(find(day1, 'total', '', 'view')).toMatchObject({ events: 5, visitors: 3 });
    expect(find(day1, 'material', 'V', 'view')).toMatchObject({ events: 3, visitors: 2 });
    expect(find(day1, 'material', 'V', 'p75')).toMatchObject({ events: 1, visitors: 1 });
  });

  it('puts visits without a link or a referrer under "direct"', () => {
    expect(find(day1, 'link', 'L1', '*')).toMatchObject({ visitors: 1, events: 6 });
    expect(find(day1, 'link', 'direct', '*')).toMatchObject({ visitors: 2, events: 8 });
    expect(find(day1, 'source', 'news.example', 'view')).toMatchObject({ visitors: 1, events: 3 });
    expect(find(day1, 'source', 'direct', '*')).toMatchObject({ visitors: 1, events: 6 });
  });

  it('makes no rows for what did not happen', () => {
    expect(find(day1, 'material', 'R', 'play')).toBeUndefined();
    expect(rollUp([])).toEqual([]);
  });
});
