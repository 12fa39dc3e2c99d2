import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsRepository } from './accounts.repository';
import { DemoAccountsService } from './demo-accounts.service';
import { StaffAccountEntity } from './staff-account.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StaffAccountEntity])],
  providers: [AccountsRepository, DemoAccountsService],
  exports: [DemoAccountsService],
})
export class AccountsModule {}
