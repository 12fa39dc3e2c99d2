import { describe, expect, it } from 'vitest';
import { isAllowed } from './access.guard';

describe('isAllowed', () => {
  it('refuses everybody when an operation declares no audience', () => {
    expect(isAllowed(undefined, { staff: { id: 's', role: 'admin' } })).toBe(false);
    expect(isAllowed([], { learnerId: 'l' })).toBe(false);
  });

  it('lets anonymous callers in only where anyone is allowed', () => {
    expect(isAllowed(['anyone'], {})).toBe(true);
    expect(isAllowed(['learner'], {})).toBe(false);
  });

  it('needs a learner token for learner operations', () => {
    expect(isAllowed(['learner'], { learnerId: 'l' })).toBe(true);
    expect(isAllowed(['trainer'], { learnerId: 'l' })).toBe(false);
  });

  it('lets an admin do what any staff role may do, but not a trainer what a manager may', () => {
    expect(isAllowed(['campaign_manager'], { staff: { id: 'a', role: 'admin' } })).toBe(true);
    expect(isAllowed(['campaign_manager'], { staff: { id: 't', role: 'trainer' } })).toBe(false);
  });
});
