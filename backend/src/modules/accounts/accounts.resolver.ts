import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { STAFF_COOKIE, readCookie } from '../../common/auth/cookies';
import type { GraphqlContext, Viewer } from '../../common/auth/viewer';
import { CurrentViewer } from '../../common/auth/viewer.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { ConfigService } from '../../config/config.service';
import { AccountsService } from './accounts.service';
import { setSessionCookie } from './session-cookie';
import { StaffMember } from './models/staff-member.model';

@Resolver(() => StaffMember)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly config: ConfigService,
  ) {}

  @Allow('anyone')
  // Per source; each account also backs off after failures (SignInLockout).
  @RateLimit({ limit: 20, windowMs: 60_000 })
  @Mutation(() => StaffMember, { description: 'Staff sign-in; sets an httpOnly, SameSite=Strict session cookie' })
  async signIn(
    @Args('email', { description: 'Staff e-mail' }) email: string,
    @Args('password', { description: 'Password' }) password: string,
    @Context() ctx: GraphqlContext,
  ): Promise<StaffMember> {
    const { token, member } = await this.accounts.signIn(email, password);
    setSessionCookie(ctx, token, this.config.isProduction);
    return member;
  }

  @Allow('trainer', 'campaign_manager', 'admin')
  @Mutation(() => Boolean, { description: 'End this browser’s staff session' })
  async signOut(@Context() ctx: GraphqlContext): Promise<boolean> {
    const token = readCookie(ctx.req, STAFF_COOKIE);
    if (token) await this.accounts.signOut(token);
    ctx.res?.clearCookie(STAFF_COOKIE, { path: '/' });
    return true;
  }

  @Allow('trainer', 'campaign_manager', 'admin')
  @Query(() => StaffMember, { description: 'The signed-in staff member' })
  me(@CurrentViewer() viewer: Viewer): Promise<StaffMember> {
    return this.accounts.member(viewer.staff!.id);
  }
}
