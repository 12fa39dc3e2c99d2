import { randomBytes, scrypt } from 'node:crypto';

/**
 * Pairing codes are chosen by people ("sunflower 27"), so they are short and guessable: they are
 * stored only as a scrypt hash salted with the group's own salt. The same code gives the same hash
 * within a group (that is what pairs two attempts) and an unrelated one in any other group.
 */
export const PAIRING_CODE_MIN = 4;
export const PAIRING_CODE_MAX = 40;

/** What people type twice, weeks apart: case, spaces, dashes and dots do not matter. */
export function normalizePairingCode(input: string): string | null {
  const code = input.normalize('NFKC').toLowerCase().replace(/[\s\-_.]/g, '');
  const length = [...code].length;
  if (length < PAIRING_CODE_MIN || length > PAIRING_CODE_MAX) return null;
  // A word and a number: easier to remember and less often the same as someone else's.
  return /\p{L}/u.test(code) && /\p{N}/u.test(code) ? code : null;
}

export const newPairingSalt = () => randomBytes(16).toString('hex');

export function hashPairingCode(code: string, salt: string): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt(code, `zorka-pairing:${salt}`, 32, { N: 16_384, r: 8, p: 1 }, (error, key) => (error ? reject(error) : resolve(key.toString('hex')))),
  );
}
