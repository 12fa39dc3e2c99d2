import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsRepository } from './accounts.repository';
import { AccountsRetentionService } from './accounts-retention.service';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { DemoAccountsService } from './demo-accounts.service';
import { StaffAccountEntity } from './staff-account.entity';
import { StaffAdminResolver } from './staff-admin.resolver';
import { StaffAdminService } from './staff-admin.service';
import { StaffInvitationEntity } from './staff-invitation.entity';
import { StaffSessionEntity } from './staff-session.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StaffAccountEntity, StaffSessionEntity, StaffInvitationEntity])],
  providers: [AccountsRepository, AccountsRetentionService, AccountsService, AccountsResolver, DemoAccountsService, StaffAdminService, StaffAdminResolver],
  exports: [AccountsService, DemoAccountsService],
})
export class AccountsModule {}
