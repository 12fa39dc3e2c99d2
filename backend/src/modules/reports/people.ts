/** An attempt as pairing needs it. */
export interface TimedAttempt {
  id: string;
  submittedAt: Date;
}

export interface Person<A extends TimedAttempt> {
  /** The membership, for members; null for someone known only by a pairing code */
  membershipId: string | null;
  pre: A | null;
  post: A | null;
}

/**
 * The people of a group's report, each with at most one pre- and one post-test (their first):
 * members by their membership, and tests taken elsewhere by their pairing code. A member who set
 * the same code as an outside test is one person with it. Where two attempts compete for one slot
 * (a code reused), the earlier one stands, so the result never depends on the order of reading.
 */
export function peopleOfGroup<A extends TimedAttempt>(
  members: { id: string; learnerId: string; pairingHash: string | null }[],
  memberPre: Map<string, A>,
  memberPost: Map<string, A>,
  outside: { pairingHash: string; test: 'pre' | 'post'; attempt: A }[],
): Person<A>[] {
  const people: Person<A>[] = members.map((m) => ({ membershipId: m.id, pre: memberPre.get(m.learnerId) ?? null, post: memberPost.get(m.learnerId) ?? null }));
  const byCode = new Map<string, Person<A>>();
  members.forEach((m, i) => {
    if (m.pairingHash && !byCode.has(m.pairingHash)) byCode.set(m.pairingHash, people[i]!);
  });
  const sorted = [...outside].sort((a, b) => a.attempt.submittedAt.getTime() - b.attempt.submittedAt.getTime() || a.attempt.id.localeCompare(b.attempt.id));
  for (const { pairingHash, test, attempt } of sorted) {
    let person = byCode.get(pairingHash);
    if (!person) {
      person = { membershipId: null, pre: null, post: null };
      byCode.set(pairingHash, person);
      people.push(person);
    }
    const held = person[test];
    if (!held || attempt.submittedAt.getTime() < held.submittedAt.getTime()) person[test] = attempt;
  }
  return people;
}
