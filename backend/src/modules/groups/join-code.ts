import { randomInt } from 'node:crypto';

/**
 * Join codes: 8 characters of Crockford's base32 (no I, L, O or U to misread) = 32^8 = 2^40 codes,
 * shown as XXXX-XXXX. With 10,000 live groups and the limit of 20 tries a minute per source, one
 * source needs on average 2^40 / 10^4 / 20 ≈ 5.5 million minutes (10 years) to hit any group.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 8;

export function generateJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** What people type: lower case, spaces, dashes, and the letters people confuse with digits. */
export function normalizeJoinCode(input: string): string | null {
  const cleaned = input
    .slice(0, 40)
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return cleaned.length === JOIN_CODE_LENGTH && [...cleaned].every((c) => ALPHABET.includes(c)) ? cleaned : null;
}

export const formatJoinCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
