import { describe, expect, it } from 'vitest';
import { peopleOfGroup } from './people';

const at = (id: string, minute: number) => ({ id, submittedAt: new Date(Date.UTC(2026, 10, 23, 9, minute)) });

describe('people of a group report', () => {
  it('pairs members by membership, outsiders by code, and a member with an outside test of the same code', () => {
    const members = [
      { id: 'm1', learnerId: 'l1', pairingHash: null },
      { id: 'm2', learnerId: 'l2', pairingHash: 'h-m2' },
    ];
    const people = peopleOfGroup(members, new Map([['l1', at('a1', 1)]]), new Map([['l1', at('a2', 50)], ['l2', at('a3', 51)]]), [
      { pairingHash: 'h-m2', test: 'pre', attempt: at('x1', 2) },
      { pairingHash: 'h-out', test: 'pre', attempt: at('x2', 3) },
      { pairingHash: 'h-out', test: 'post', attempt: at('x3', 52) },
      { pairingHash: 'h-lone', test: 'post', attempt: at('x4', 53) },
    ]);
    expect(people.map((p) => [p.membershipId, p.pre?.id ?? null, p.post?.id ?? null])).toEqual([
      ['m1', 'a1', 'a2'],
      ['m2', 'x1', 'a3'],
      [null, 'x2', 'x3'],
      [null, null, 'x4'],
    ]);
  });

  it('keeps the earlier attempt when one code brings two for the same test', () => {
    const people = peopleOfGroup([], new Map(), new Map(), [
      { pairingHash: 'h', test: 'pre', attempt: at('late', 9) },
      { pairingHash: 'h', test: 'pre', attempt: at('early', 1) },
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]!.pre?.id).toBe('early');
  });
});
