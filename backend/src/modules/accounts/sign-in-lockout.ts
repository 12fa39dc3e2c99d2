/**
 * Back-off after failed sign-ins to one account: after 5 failures, each further failure doubles the
 * wait (1 min, 2 min, 4 min ... capped at 1 h). A success clears it. In memory, per process.
 */
export class SignInLockout {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly freeFailures = 5,
  ) {}

  /** Seconds the account is still locked for, 0 when a try is allowed. */
  secondsLocked(key: string): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    return Math.max(0, Math.ceil((entry.lockedUntil - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    const entry = this.failures.get(key) ?? { count: 0, lockedUntil: 0 };
    entry.count++;
    if (entry.count >= this.freeFailures) {
      const minutes = Math.min(60, 2 ** (entry.count - this.freeFailures));
      entry.lockedUntil = this.now() + minutes * 60_000;
    }
    if (this.failures.size > 50_000) this.failures.clear();
    this.failures.set(key, entry);
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }
}
