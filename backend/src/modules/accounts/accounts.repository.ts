import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { StaffAccountEntity } from './staff-account.entity';

@Injectable()
export class AccountsRepository {
  constructor(@InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>) {}

  count(): Promise<number> {
    return this.accounts.count();
  }

  findByEmail(email: string): Promise<StaffAccountEntity | null> {
    return this.accounts.findOne({ where: { email } });
  }

  async insert(account: StaffAccountEntity): Promise<void> {
    await this.accounts.insert(account);
  }
}
