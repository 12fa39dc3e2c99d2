import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits as base64url (43 characters): a bearer secret for a device or a browser session. */
export const newBearerToken = () => randomBytes(32).toString('base64url');
export const BEARER_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * What is stored instead of a high-entropy secret (token, recovery code). A plain SHA-256 is enough
 * for secrets of 66 bits and more: there is nothing to brute-force that is cheaper than guessing online.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
