import { createHash } from 'node:crypto';

/** A caller's address as a short salted hash, so that counters never hold a raw IP address. */
export function sourceKey(salt: Buffer, address: string | undefined): string {
  return createHash('sha256').update(salt).update(address ?? 'unknown').digest('base64url').slice(0, 22);
}
