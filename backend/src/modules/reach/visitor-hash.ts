import { createHash } from 'node:crypto';

/**
 * A visitor of one campaign on one UTC day: SHA-256 over the day's random salt, the IP address, the
 * user agent and the campaign id, cut to 128 bits. The same browser on the same network is one
 * visitor that day for that campaign; the next day (new salt) it is a new one, and it cannot be
 * linked to another campaign. Once the salt is destroyed nobody (not us) can recompute a hash from
 * a known IP address, so the stored hash is not personal data that can be traced back.
 */
export function visitorHash(salt: Buffer, ip: string, userAgent: string, campaignId: string): string {
  return createHash('sha256')
    .update(salt)
    .update('\0')
    .update(ip)
    .update('\0')
    .update(userAgent.slice(0, 512))
    .update('\0')
    .update(campaignId)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/** UTC day of an instant, YYYY-MM-DD. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);
