import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import type { GraphqlContext, Viewer } from '../../common/auth/viewer';
import { CurrentViewer } from '../../common/auth/viewer.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { ConfigService } from '../../config/config.service';
import { CreatedStaffInvitation, StaffAccount, StaffInvitation, StaffInvitationPreview } from './models/staff-account.model';
import { StaffMember, StaffRoleValue } from './models/staff-member.model';
import { setSessionCookie } from './session-cookie';
import { StaffAdminService } from './staff-admin.service';

/** Invitation tokens are 256 random bits; the limit stops hammering, and the hashing cost of accepting. */
const INVITATION_LIMIT = { limit: 10, windowMs: 60_000 };

@Resolver(() => StaffAccount)
export class StaffAdminResolver {
  constructor(
    private readonly admin: StaffAdminService,
    private readonly config: ConfigService,
  ) {}

  @Allow('admin')
  @Query(() => [StaffAccount], { description: 'Every staff account (admins only)' })
  staffAccounts(): Promise<StaffAccount[]> {
    return this.admin.list();
  }

  @Allow('admin')
  @Query(() => [StaffInvitation], { description: 'Invitations not yet accepted or revoked, newest first (admins only)' })
  staffInvitations(): Promise<StaffInvitation[]> {
    return this.admin.pendingInvitations();
  }

  @Allow('admin')
  @Mutation(() => CreatedStaffInvitation, {
    description: 'Invite a staff member: returns a one-time link (valid 7 days) to hand over; it replaces a pending one for the same e-mail',
  })
  inviteStaff(
    @CurrentViewer() viewer: Viewer,
    @Args('email', { description: 'E-mail the account will sign in with' }) email: string,
    @Args('role', { type: () => StaffRoleValue, description: 'Role of the new account' }) role: StaffRoleValue,
  ): Promise<CreatedStaffInvitation> {
    return this.admin.invite(viewer.staff!.id, email, role);
  }

  @Allow('admin')
  @Mutation(() => Boolean, { description: 'Revoke a pending invitation: its link stops working' })
  revokeStaffInvitation(@Args('id', { type: () => ID, description: 'Invitation id' }) id: string): Promise<boolean> {
    return this.admin.revoke(id);
  }

  @Allow('admin')
  @Mutation(() => StaffAccount, { description: 'Change a staff member’s role; refused when it would leave no active admin' })
  setStaffRole(
    @Args('accountId', { type: () => ID, description: 'Account id' }) accountId: string,
    @Args('role', { type: () => StaffRoleValue, description: 'New role' }) role: StaffRoleValue,
  ): Promise<StaffAccount> {
    return this.admin.setRole(accountId, role);
  }

  @Allow('admin')
  @Mutation(() => StaffAccount, {
    description: 'Deactivate (ends all its sessions) or reactivate an account; not one’s own, and never the last active admin',
  })
  setStaffActive(
    @CurrentViewer() viewer: Viewer,
    @Args('accountId', { type: () => ID, description: 'Account id' }) accountId: string,
    @Args('active', { description: 'False to deactivate, true to reactivate' }) active: boolean,
  ): Promise<StaffAccount> {
    return this.admin.setActive(viewer.staff!.id, accountId, active);
  }

  @Allow('anyone')
  @RateLimit(INVITATION_LIMIT)
  @Query(() => StaffInvitationPreview, { description: 'What an invitation link is for (NOT_FOUND when expired, used or revoked)' })
  staffInvitation(@Args('token', { description: 'The token from the link' }) token: string): Promise<StaffInvitationPreview> {
    return this.admin.preview(token);
  }

  @Allow('anyone')
  @RateLimit(INVITATION_LIMIT)
  @Mutation(() => StaffMember, { description: 'Accept an invitation: set a name and a password; signs the new account in' })
  async acceptStaffInvitation(
    @Args('token', { description: 'The token from the link' }) token: string,
    @Args('displayName', { description: 'Name shown to colleagues, 1-100 characters' }) displayName: string,
    @Args('password', { description: 'Password, 12-1024 characters' }) password: string,
    @Context() ctx: GraphqlContext,
  ): Promise<StaffMember> {
    const session = await this.admin.accept(token, displayName, password);
    setSessionCookie(ctx, session.token, this.config.isProduction);
    return session.member;
  }
}
