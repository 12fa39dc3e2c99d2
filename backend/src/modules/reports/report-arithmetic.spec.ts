import { describe, expect, it } from 'vitest';
import { breakdown, csvField, knowledgeGain, mean } from './report-arithmetic';

describe('report arithmetic', () => {
  it('shows groups of one or two people as "< 3" and hides their count', () => {
    expect(breakdown(['female', 'female', 'female', 'male', null])).toEqual([
      { label: 'female', count: 3, display: '3' },
      { label: 'male', count: null, display: '< 3' },
      { label: 'not-stated', count: null, display: '< 3' },
    ]);
  });

  it('measures gain per participant, with how many improved', () => {
    expect(knowledgeGain([{ pre: 40, post: 80 }, { pre: 60, post: 60 }, { pre: 70, post: 50 }])).toEqual({
      paired: 3,
      meanGain: 6.7,
      improved: 1,
      same: 1,
      worse: 1,
    });
  });

  it('has no mean without data', () => {
    expect(mean([])).toBeNull();
    expect(knowledgeGain([]).meanGain).toBeNull();
  });

  it('quotes CSV fields and defuses spreadsheet formulas', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('""');
  });
});
