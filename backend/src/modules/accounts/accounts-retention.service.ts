import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '../../config/config.service';
import { AccountsRepository } from './accounts.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Long enough for an admin to see who was invited lately and why a link no longer works; no longer. */
export const ENDED_INVITATION_DAYS = 30;

/**
 * Deletes invitations 30 days after they ended (accepted, revoked or expired: the invitee's e-mail
 * then lives on only in their account, if they made one) and staff sessions past their expiry.
 * Runs at start and daily, like the learners' retention.
 */
@Injectable()
export class AccountsRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AccountsRetentionService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env.NODE_ENV === 'test') return; // tests call forgetEnded themselves
    const run = () => this.forgetEnded().catch((error: unknown) => this.logger.error({ msg: 'staff retention failed', error: String(error) }));
    void run();
    this.timer = setInterval(() => void run(), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async forgetEnded(now = new Date()): Promise<{ invitations: number }> {
    const invitations = await this.accounts.deleteInvitationsEndedBefore(new Date(now.getTime() - ENDED_INVITATION_DAYS * DAY_MS));
    await this.accounts.deleteExpiredSessions(now);
    if (invitations > 0) this.logger.log({ msg: 'ended staff invitations deleted', count: invitations });
    return { invitations };
  }
}
