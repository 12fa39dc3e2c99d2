/**
 * Join codes as people type them: any case, spaces or dashes, O for 0 and I or L for 1 (the code
 * alphabet has no I, L, O or U). Returns XXXX-XXXX, or null when it cannot be a code.
 * The server normalises the same way; this only saves a request for an obvious typo.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function normalizeJoinCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== 8 || ![...cleaned].every((c) => ALPHABET.includes(c))) return null;
  return `${cleaned.slice(0, 4)}-${cleaned.slice(4)}`;
}
