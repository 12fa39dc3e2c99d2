/** Counts answers per option, in option order; options nobody chose count 0. */
export function countAnswers(optionIds: string[], answers: { optionIds: string[] }[]): { optionId: string; count: number }[] {
  return optionIds.map((optionId) => ({ optionId, count: answers.filter((a) => a.optionIds.includes(optionId)).length }));
}

/** The room's choice: the most votes; a tie goes to the option listed first, so the result never depends on timing. */
export function majorityChoice(counts: { optionId: string; count: number }[]): string | null {
  let best: { optionId: string; count: number } | null = null;
  for (const c of counts) if (c.count > 0 && (!best || c.count > best.count)) best = c;
  return best?.optionId ?? null;
}
