import { randomInt } from 'node:crypto';
import { wordlist } from '@scure/bip39/wordlists/english.js';

/**
 * A recovery code is six words from the 2,048-word BIP-39 list: 2048^6 = 2^66 codes.
 * At the rate limit on restoreLearner (issue 5: a few tries a minute per source) an attacker
 * needs far longer than the universe's age to find one learner, and the words are easy to write down.
 */
export const RECOVERY_WORDS = 6;

export function generateRecoveryCode(): string {
  return Array.from({ length: RECOVERY_WORDS }, () => wordlist[randomInt(wordlist.length)]).join(' ');
}

/** Case, extra spaces, dashes and commas do not matter when a learner types their code back. */
export function normalizeRecoveryCode(input: string): string {
  return input
    .toLowerCase()
    .split(/[\s,.;-]+/)
    .filter(Boolean)
    .join(' ');
}

export function isWellFormedRecoveryCode(normalized: string): boolean {
  const words = normalized.split(' ');
  return words.length === RECOVERY_WORDS && words.every((w) => wordlist.includes(w));
}
