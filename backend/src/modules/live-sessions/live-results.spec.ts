import { describe, expect, it } from 'vitest';
import { countAnswers, majorityChoice } from './live-results';

describe('live results', () => {
  it('counts every option, including those nobody chose', () => {
    expect(countAnswers(['a', 'b', 'c'], [{ optionIds: ['a'] }, { optionIds: ['a', 'c'] }])).toEqual([
      { optionId: 'a', count: 2 },
      { optionId: 'b', count: 0 },
      { optionId: 'c', count: 1 },
    ]);
  });

  it('follows the majority, and breaks a tie by option order', () => {
    expect(majorityChoice([{ optionId: 'a', count: 1 }, { optionId: 'b', count: 3 }])).toBe('b');
    expect(majorityChoice([{ optionId: 'a', count: 2 }, { optionId: 'b', count: 2 }])).toBe('a');
  });

  it('has no majority when nobody voted', () => {
    expect(majorityChoice([{ optionId: 'a', count: 0 }])).toBeNull();
  });
});
