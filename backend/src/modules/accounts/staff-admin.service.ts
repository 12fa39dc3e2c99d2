import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffRole } from '../../common/auth/viewer';
import { BEARER_TOKEN_PATTERN, hashSecret, newBearerToken } from '../../common/crypto/secrets';
import {
  cannotDeactivateSelf,
  displayNameLength,
  emailTaken,
  invalidEmail,
  invitationInvalid,
  invitationNotFound,
  lastAdmin,
  passwordLength,
  staffNotFound,
} from './accounts.errors';
import { AccountsRepository } from './accounts.repository';
import { AccountsService, normalizeEmail } from './accounts.service';
import type { CreatedStaffInvitation, StaffAccount, StaffInvitation, StaffInvitationPreview } from './models/staff-account.model';
import type { StaffMember, StaffRoleValue } from './models/staff-member.model';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, hashPassword, passwordLengthOk } from './password-hashing';
import type { StaffAccountEntity } from './staff-account.entity';
import type { StaffInvitationEntity } from './staff-invitation.entity';

export const INVITATION_DAYS = 7;
/** Loose on purpose: the address is only a sign-in name here, no mail is sent to it. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;

/**
 * Admins manage staff: invitations (one-time links, as there is no mail to send them by), roles,
 * deactivation. The platform always keeps at least one active admin.
 */
@Injectable()
export class StaffAdminService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: AccountsService,
  ) {}

  async list(): Promise<StaffAccount[]> {
    return (await this.accounts.listAccounts()).map(toAccount);
  }

  async pendingInvitations(now = new Date()): Promise<StaffInvitation[]> {
    return (await this.accounts.pendingInvitations()).map((i) => toInvitation(i, now));
  }

  /** A new invitation replaces a pending one for the same e-mail (the admin may have lost the link). */
  async invite(adminId: string, email: string, role: StaffRole): Promise<CreatedStaffInvitation> {
    const address = normalizeEmail(email);
    if (!EMAIL.test(address)) throw invalidEmail();
    if (await this.accounts.findByEmail(address)) throw emailTaken();
    const token = newBearerToken();
    const now = new Date();
    const invitation: StaffInvitationEntity = {
      id: randomUUID(),
      email: address,
      role,
      tokenHash: hashSecret(token),
      invitedBy: adminId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000),
      acceptedAt: null,
      revokedAt: null,
    };
    await this.accounts.insertInvitation(invitation, address);
    return { invitation: toInvitation(invitation, now), acceptPath: `/staff/invitation/${token}` };
  }

  async revoke(id: string): Promise<boolean> {
    if (!(await this.accounts.revokeInvitation(id.slice(0, 36), new Date()))) throw invitationNotFound();
    return true;
  }

  async preview(token: string): Promise<StaffInvitationPreview> {
    const invitation = await this.usable(token);
    return { email: invitation.email, role: invitation.role as StaffRoleValue, expiresAt: invitation.expiresAt };
  }

  /** Sets the password, makes the account and opens a session for it: the invitee is signed in. */
  async accept(token: string, displayName: string, password: string): Promise<{ token: string; member: StaffMember }> {
    const invitation = await this.usable(token);
    const name = displayName.trim().replace(/\s+/g, ' ');
    if (name.length === 0 || name.length > 100) throw displayNameLength();
    if (!passwordLengthOk(password)) throw passwordLength(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH);
    if (await this.accounts.findByEmail(invitation.email)) throw emailTaken();
    const account: StaffAccountEntity = {
      id: randomUUID(),
      email: invitation.email,
      passwordHash: await hashPassword(password),
      role: invitation.role,
      displayName: name,
      createdAt: new Date(),
      active: true,
      lastSignInAt: null,
    };
    if (!(await this.accounts.acceptInvitation(invitation.id, account))) throw invitationInvalid();
    return this.sessions.openSession(account);
  }

  async setRole(id: string, role: StaffRole): Promise<StaffAccount> {
    await this.existing(id);
    const updated = await this.accounts.updateKeepingAnAdmin(id, { role }, lastAdmin);
    return toAccount(updated!);
  }

  /** Deactivating ends every session of the account at once; nobody deactivates themselves. */
  async setActive(adminId: string, id: string, active: boolean): Promise<StaffAccount> {
    const account = await this.existing(id);
    if (!active && account.id === adminId) throw cannotDeactivateSelf();
    const updated = await this.accounts.updateKeepingAnAdmin(account.id, { active }, lastAdmin);
    return toAccount(updated!);
  }

  private async existing(id: string): Promise<StaffAccountEntity> {
    const account = await this.accounts.findById(id.slice(0, 36));
    if (!account) throw staffNotFound();
    return account;
  }

  /** An invitation whose link still works; every other case gets the same answer. */
  private async usable(token: string): Promise<StaffInvitationEntity> {
    const invitation = BEARER_TOKEN_PATTERN.test(token) ? await this.accounts.findInvitationByTokenHash(hashSecret(token)) : null;
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) throw invitationInvalid();
    return invitation;
  }
}

function toAccount(a: StaffAccountEntity): StaffAccount {
  return {
    id: a.id,
    email: a.email,
    displayName: a.displayName,
    role: a.role as StaffRoleValue,
    active: a.active,
    lastSignInAt: a.lastSignInAt,
    createdAt: a.createdAt,
  };
}

function toInvitation(i: StaffInvitationEntity, now: Date): StaffInvitation {
  return {
    id: i.id,
    email: i.email,
    role: i.role as StaffRoleValue,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    expired: i.expiresAt.getTime() <= now.getTime(),
  };
}
