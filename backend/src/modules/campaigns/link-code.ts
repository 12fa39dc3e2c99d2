import { randomInt } from 'node:crypto';

/**
 * Tracked-link codes, made like group join codes: 8 characters of Crockford's base32 (no I, L, O, U),
 * 2^40 codes. A code only attributes a visit to a channel; guessing one gains nothing.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const LINK_CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

export function generateLinkCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
