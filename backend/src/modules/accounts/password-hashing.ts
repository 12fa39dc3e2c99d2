import * as argon2 from 'argon2';

/** argon2id at OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, parallelism 1. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Staff passwords: at least 12 characters (NIST 800-63B allows 8; staff see personal data of
 * groups), at most 1024 (what sign-in reads of a password; longer input only costs hashing time).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

export const hashPassword = (password: string) => argon2.hash(password, ARGON2_OPTIONS);
export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password);

/** Counted in characters as people see them (an emoji is one), not UTF-16 units. */
export const passwordLengthOk = (password: string) => {
  const length = [...password].length;
  return length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH;
};
