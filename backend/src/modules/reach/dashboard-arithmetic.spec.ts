import { describe, expect, it } from 'vitest';
import { daily, headline, linkBreakdown, materialFigures, previousPeriod, sourceBreakdown, totals, type DayRow } from './dashboard-arithmetic';
import { groupsOf } from './known-event-set.fixture';
import { rollUp } from './rollup-arithmetic';

const rows: DayRow[] = ['2026-11-01', '2026-11-02'].flatMap((day) => rollUp(groupsOf(day)).map((r) => ({ ...r, day })));
const materials = [
  { id: 'V', slug: 'talk-show', title: 'Talk show', kind: 'video' as const },
  { id: 'R', slug: 'five-signs', title: 'Five signs', kind: 'article' as const },
];

describe('dashboard arithmetic on a known event set', () => {
  it('sums daily unique visitors into visitor-days: A on two days counts twice', () => {
    expect(totals(rows, '2026-11-01', '2026-11-02')).toEqual({
      visitorDays: 4,
      views: 6,
      videoPlays: 3,
      videoCompletions: 1,
      articlesRead: 1,
      shares: 0,
      coursesStarted: 0,
      coursesCompleted: 0,
    });
  });

  it('zero-fills every day of the range', () => {
    expect(daily(rows, '2026-10-31', '2026-11-03')).toEqual([
      { day: '2026-10-31', visitors: 0, views: 0 },
      { day: '2026-11-01', visitors: 3, views: 5 },
      { day: '2026-11-02', visitors: 1, views: 1 },
      { day: '2026-11-03', visitors: 0, views: 0 },
    ]);
  });

  it('builds the video completion funnel from visitor-days reaching each step', () => {
    const [video, article] = materialFigures(rows, '2026-11-01', '2026-11-02', materials);
    expect(video).toMatchObject({ visitors: 3, views: 4, reads: 0 });
    expect(video!.funnel).toEqual([
      { step: 'play', count: 3 },
      { step: 'p25', count: 2 },
      { step: 'p50', count: 2 },
      { step: 'p75', count: 1 },
      { step: 'p100', count: 1 },
    ]);
    expect(article).toMatchObject({ visitors: 1, views: 1, reads: 1, funnel: [] });
  });

  it('breaks reach down by tracked link, with direct visits and removed links apart', () => {
    const links = [
      { id: 'L1', code: 'K7QM4XP0', channel: 'Partner NGO site' },
      { id: 'L2', code: 'ABCD1234', channel: 'Poster QR' },
    ];
    expect(linkBreakdown(rows, '2026-11-01', '2026-11-02', links)).toEqual([
      { key: 'K7QM4XP0', label: 'Partner NGO site', visitors: 1, views: 3 },
      { key: 'ABCD1234', label: 'Poster QR', visitors: 0, views: 0 },
      { key: 'direct', label: 'No tracked link', visitors: 3, views: 3 },
    ]);
    expect(linkBreakdown(rows, '2026-11-01', '2026-11-02', []).at(-1)).toEqual({ key: 'removed', label: 'Removed links', visitors: 1, views: 3 });
  });

  it('breaks reach down by referring host, most visitors first', () => {
    expect(sourceBreakdown(rows, '2026-11-01', '2026-11-02')).toEqual([
      { key: 'direct', label: 'Direct or unknown', visitors: 2, views: 2 },
      { key: 'news.example', label: 'news.example', visitors: 1, views: 3 },
      { key: 'school.example', label: 'school.example', visitors: 1, views: 1 },
    ]);
  });

  it('compares with the period of the same length just before', () => {
    expect(previousPeriod('2026-11-01', '2026-11-30')).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(totals(rows, '2026-10-31', '2026-10-31').visitorDays).toBe(0);
  });

  it('says in the headline what was counted, and keeps reported reach apart', () => {
    expect(headline(3, 1204, 50000, 30).text).toBe(
      '3 materials reached 1,204 visitor-days measured by Zorka (unique visitors per day, summed over 30 days; one person visiting on two days counts twice) and 50,000 reported by partners (ledger, not measured by Zorka).',
    );
    expect(headline(1, 1, 0, 1).text).toBe('1 material reached 1 visitor-day measured by Zorka (unique visitors per day, summed over 1 day; one person visiting on two days counts twice).');
  });
});
