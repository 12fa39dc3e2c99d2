import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ViewerResolver, type Viewer } from '../../common/auth/viewer';
import { LearnersService } from './learners.service';

const LEARNER_SCHEME = /^Learner (\S+)$/;

/** Reads `Authorization: Learner <token>`; an unknown token is simply no learner (never an error here). */
@Injectable()
export class LearnerViewerResolver extends ViewerResolver {
  constructor(private readonly learners: LearnersService) {
    super();
  }

  async resolve(req: Request): Promise<Viewer> {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? LEARNER_SCHEME.exec(header) : null;
    if (!match?.[1]) return {};
    const learnerId = await this.learners.learnerIdForToken(match[1]);
    return learnerId ? { learnerId } : {};
  }
}
