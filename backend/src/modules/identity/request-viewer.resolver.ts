import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { STAFF_COOKIE, readCookie } from '../../common/auth/cookies';
import { ViewerResolver, type Viewer } from '../../common/auth/viewer';
import { AccountsService } from '../accounts/accounts.service';
import { LearnersService } from '../learners/learners.service';

const LEARNER_SCHEME = /^Learner (\S+)$/;

/**
 * Who is calling: a learner by `Authorization: Learner <token>` (kept by the browser, sent by our
 * client only), staff by the httpOnly session cookie. Unknown credentials are simply no one.
 */
@Injectable()
export class RequestViewerResolver extends ViewerResolver {
  constructor(
    private readonly learners: LearnersService,
    private readonly accounts: AccountsService,
  ) {
    super();
  }

  async resolve(req: Request): Promise<Viewer> {
    const viewer: Viewer = {};
    const header = req.headers.authorization;
    const learnerToken = typeof header === 'string' ? LEARNER_SCHEME.exec(header)?.[1] : undefined;
    if (learnerToken) {
      const learnerId = await this.learners.learnerIdForToken(learnerToken);
      if (learnerId) viewer.learnerId = learnerId;
    }
    const staffToken = readCookie(req, STAFF_COOKIE);
    if (staffToken) {
      const staff = await this.accounts.staffForToken(staffToken);
      if (staff) viewer.staff = staff;
    }
    return viewer;
  }
}
