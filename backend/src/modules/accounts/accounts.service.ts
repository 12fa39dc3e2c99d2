import { Injectable } from '@nestjs/common';
import { BEARER_TOKEN_PATTERN, hashSecret, newBearerToken } from '../../common/crypto/secrets';
import type { StaffRole } from '../../common/auth/viewer';
import { accountLocked, signInRefused } from './accounts.errors';
import { AccountsRepository } from './accounts.repository';
import type { StaffMember, StaffRoleValue } from './models/staff-member.model';
import { hashPassword, verifyPassword } from './password-hashing';
import { SignInLockout } from './sign-in-lockout';
import type { StaffAccountEntity } from './staff-account.entity';

export const STAFF_SESSION_HOURS = 8;

export const normalizeEmail = (email: string) => email.trim().toLowerCase().slice(0, 254);

@Injectable()
export class AccountsService {
  private readonly lockout = new SignInLockout();
  /** Verified against when the e-mail is unknown, so that both answers take as long. */
  private readonly dummyHash = hashPassword('not-a-real-password-for-timing');

  constructor(private readonly accounts: AccountsRepository) {}

  /** Returns the new session's token (for the cookie) and who signed in. */
  async signIn(email: string, password: string): Promise<{ token: string; member: StaffMember; expiresAt: Date }> {
    const key = normalizeEmail(email);
    const locked = this.lockout.secondsLocked(key);
    if (locked > 0) throw accountLocked(locked);
    const account = await this.accounts.findByEmail(key);
    const candidate = password.slice(0, 1024);
    const ok = account ? await verifyPassword(account.passwordHash, candidate) : await verifyPassword(await this.dummyHash, candidate).then(() => false);
    // A deactivated account gets the same answer as a wrong password: nothing to learn from trying.
    if (!account || !ok || !account.active) {
      this.lockout.recordFailure(key);
      throw signInRefused();
    }
    this.lockout.recordSuccess(key);
    return this.openSession(account);
  }

  /** A new browser session for an account (after a sign-in, or after accepting an invitation). */
  async openSession(account: StaffAccountEntity): Promise<{ token: string; member: StaffMember; expiresAt: Date }> {
    const token = newBearerToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + STAFF_SESSION_HOURS * 3600_000);
    await this.accounts.insertSession({ tokenHash: hashSecret(token), accountId: account.id, createdAt: now, expiresAt });
    await this.accounts.recordSignIn(account.id, now);
    return { token, member: toMember(account), expiresAt };
  }

  async signOut(token: string): Promise<void> {
    if (BEARER_TOKEN_PATTERN.test(token)) await this.accounts.deleteSession(hashSecret(token));
  }

  /** The staff member a session cookie belongs to, or null when it is unknown or expired. */
  async staffForToken(token: string): Promise<{ id: string; role: StaffRole } | null> {
    if (!BEARER_TOKEN_PATTERN.test(token)) return null;
    const session = await this.accounts.findSession(hashSecret(token));
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const account = await this.accounts.findById(session.accountId);
    return account?.active ? { id: account.id, role: account.role } : null;
  }

  async member(id: string): Promise<StaffMember> {
    const account = await this.accounts.findById(id);
    if (!account) throw signInRefused();
    return toMember(account);
  }
}

export function toMember(account: StaffAccountEntity): StaffMember {
  return { id: account.id, email: account.email, displayName: account.displayName, role: account.role as StaffRoleValue };
}
