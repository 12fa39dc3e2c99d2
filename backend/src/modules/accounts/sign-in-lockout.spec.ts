import { describe, expect, it } from 'vitest';
import { SignInLockout } from './sign-in-lockout';

describe('SignInLockout', () => {
  it('allows four failures, then locks for one minute, doubling with each further failure', () => {
    let now = 0;
    const lockout = new SignInLockout(() => now);
    for (let i = 0; i < 4; i++) lockout.recordFailure('a@x');
    expect(lockout.secondsLocked('a@x')).toBe(0);
    lockout.recordFailure('a@x');
    expect(lockout.secondsLocked('a@x')).toBe(60);
    now += 60_000;
    lockout.recordFailure('a@x');
    expect(lockout.secondsLocked('a@x')).toBe(120);
  });

  it('clears the count after a successful sign-in', () => {
    const lockout = new SignInLockout(() => 0);
    for (let i = 0; i < 5; i++) lockout.recordFailure('a@x');
    lockout.recordSuccess('a@x');
    expect(lockout.secondsLocked('a@x')).toBe(0);
  });
});
