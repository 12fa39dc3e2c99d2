import { Injectable } from '@nestjs/common';
import { DatabaseWriter } from '../../database/database-writer';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, Repository, type EntityManager } from 'typeorm';
import { StaffAccountEntity } from './staff-account.entity';
import { StaffInvitationEntity } from './staff-invitation.entity';
import { StaffSessionEntity } from './staff-session.entity';

@Injectable()
export class AccountsRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>,
    @InjectRepository(StaffSessionEntity) private readonly sessions: Repository<StaffSessionEntity>,
    @InjectRepository(StaffInvitationEntity) private readonly invitations: Repository<StaffInvitationEntity>,
  ) {}

  listAccounts(): Promise<StaffAccountEntity[]> {
    return this.accounts.find({ order: { createdAt: 'ASC' } });
  }

  async recordSignIn(id: string, at: Date): Promise<void> {
    await this.writer.write((m) => m.update(StaffAccountEntity, { id }, { lastSignInAt: at }));
  }

  /**
   * Changes an account in one transaction with the check that an active admin remains, so two admins
   * demoting each other at once cannot both succeed. `refuse` throws to keep everything as it was.
   * On SQLite the writer runs one transaction at a time. On PostgreSQL transactions run side by side
   * and, at READ COMMITTED, each would count the other's admin as still there: so the active admin
   * rows are locked first (in id order, so two demotions cannot deadlock) and the second demotion
   * waits for the first to commit, then counts what it left.
   */
  async updateKeepingAnAdmin(
    id: string,
    changes: Partial<Pick<StaffAccountEntity, 'role' | 'active'>>,
    refuse: () => Error,
  ): Promise<StaffAccountEntity | null> {
    return this.writer.transaction(async (m) => {
      if (m.connection.options.type === 'postgres') {
        await m
          .createQueryBuilder(StaffAccountEntity, 'account')
          .select('account.id')
          .where('account.role = :role AND account.active = :active', { role: 'admin', active: true })
          .orderBy('account.id')
          .setLock('pessimistic_write')
          .getMany();
      }
      await m.update(StaffAccountEntity, { id }, changes);
      if ((await m.count(StaffAccountEntity, { where: { role: 'admin', active: true } })) === 0) throw refuse();
      if (changes.active === false) await m.delete(StaffSessionEntity, { accountId: id });
      return m.findOne(StaffAccountEntity, { where: { id } });
    });
  }

  async insertInvitation(invitation: StaffInvitationEntity, replacePendingFor: string): Promise<void> {
    await this.writer.transaction(async (m) => {
      await m.update(StaffInvitationEntity, { email: replacePendingFor, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: invitation.createdAt });
      await m.insert(StaffInvitationEntity, invitation);
    });
  }

  /** Not accepted and not revoked (expired ones included: the admin sees they lapsed). */
  pendingInvitations(): Promise<StaffInvitationEntity[]> {
    return this.invitations.find({ where: { acceptedAt: IsNull(), revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** Invitations accepted, revoked or expired before `before`; resolves to how many were deleted. */
  async deleteInvitationsEndedBefore(before: Date): Promise<number> {
    const result = await this.writer.write((m) =>
      m
        .createQueryBuilder()
        .delete()
        .from(StaffInvitationEntity)
        .where('accepted_at < :before OR revoked_at < :before OR expires_at < :before', { before })
        .execute(),
    );
    return result.affected ?? 0;
  }

  findInvitationByTokenHash(tokenHash: string): Promise<StaffInvitationEntity | null> {
    return this.invitations.findOne({ where: { tokenHash } });
  }

  async revokeInvitation(id: string, at: Date): Promise<boolean> {
    const result = await this.writer.write((m) =>
      m.update(StaffInvitationEntity, { id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: at }),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Marks the invitation used and creates the account at once; false when it was used meanwhile. */
  async acceptInvitation(invitationId: string, account: StaffAccountEntity): Promise<boolean> {
    return this.writer.transaction(async (m: EntityManager) => {
      const used = await m.update(
        StaffInvitationEntity,
        { id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() },
        { acceptedAt: account.createdAt },
      );
      if ((used.affected ?? 0) === 0) return false;
      await m.insert(StaffAccountEntity, account);
      return true;
    });
  }

  count(): Promise<number> {
    return this.accounts.count();
  }

  findByEmail(email: string): Promise<StaffAccountEntity | null> {
    return this.accounts.findOne({ where: { email } });
  }

  findById(id: string): Promise<StaffAccountEntity | null> {
    return this.accounts.findOne({ where: { id } });
  }

  async insert(account: StaffAccountEntity): Promise<void> {
    await this.writer.write((m) => m.insert(StaffAccountEntity, account));
  }

  async insertSession(session: StaffSessionEntity): Promise<void> {
    await this.writer.write((m) => m.insert(StaffSessionEntity, session));
  }

  findSession(tokenHash: string): Promise<StaffSessionEntity | null> {
    return this.sessions.findOne({ where: { tokenHash } });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.writer.write((m) => m.delete(StaffSessionEntity, { tokenHash }));
  }

  async deleteSessionsOf(accountId: string): Promise<void> {
    await this.writer.write((m) => m.delete(StaffSessionEntity, { accountId }));
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.writer.write((m) => m.delete(StaffSessionEntity, { expiresAt: LessThan(now) }));
  }
}
