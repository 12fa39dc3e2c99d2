/**
 * A random secret made for one UTC day and destroyed when that day ends. Campaign reach counts
 * visitors by hash(salt, IP, user agent, campaign): once the salt is gone the hashes cannot be
 * recomputed from a known IP, unlike a salt derived from the date. One instance keeps it in memory;
 * several instances share it through Redis (same interface), so a visitor is one visitor everywhere.
 */
export abstract class DailySaltStore {
  /** The salt of `day` (YYYY-MM-DD, UTC), made on first use. Earlier days' salts no longer exist. */
  abstract saltFor(day: string): Promise<Buffer>;
}
