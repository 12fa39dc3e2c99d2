import { describe, expect, it } from 'vitest';
import { byWeek, change, daysIn, isDay, lastDays, previousRange, weekOf } from './date-range';

const NOW = Date.parse('2026-11-23T22:30:00Z');

describe('date ranges', () => {
  it('makes the last 7 days up to today (UTC), both ends included', () => {
    expect(lastDays(7, NOW)).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(daysIn(lastDays(30, NOW))).toBe(30);
  });

  it('gives the period of the same length just before, across a month end', () => {
    expect(previousRange({ from: '2026-11-01', to: '2026-11-07' })).toEqual({ from: '2026-10-25', to: '2026-10-31' });
  });

  it('tells a day from anything else', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-2-28')).toBe(false);
    expect(isDay('')).toBe(false);
  });

  it('computes the change with a percentage only when the previous period had some', () => {
    expect(change(150, 100)).toEqual({ diff: 50, percent: 50 });
    expect(change(2, 3)).toEqual({ diff: -1, percent: -33.3 });
    expect(change(5, 0)).toEqual({ diff: 5, percent: null });
  });

  it('sums days into ISO weeks that start on Monday', () => {
    expect(weekOf('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
    const daily = ['2026-11-21', '2026-11-22', '2026-11-23'].map((day, i) => ({ day, visitors: i + 1, views: 10 }));
    expect(byWeek(daily)).toEqual([
      { week: '2026-11-16', visitors: 3, views: 20 },
      { week: '2026-11-23', visitors: 3, views: 10 },
    ]);
  });
});
