import { Injectable } from '@nestjs/common';
import { DatabaseWriter } from '../../database/database-writer';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { StaffAccountEntity } from './staff-account.entity';
import { StaffSessionEntity } from './staff-session.entity';

@Injectable()
export class AccountsRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>,
    @InjectRepository(StaffSessionEntity) private readonly sessions: Repository<StaffSessionEntity>,
  ) {}

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

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.writer.write((m) => m.delete(StaffSessionEntity, { expiresAt: LessThan(now) }));
  }
}
