import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { LearnerId } from '../../common/auth/viewer.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { LearnersService } from './learners.service';
import { LearnerSession, RecoveryCode } from './models/learner.model';

@Resolver()
export class LearnersResolver {
  constructor(private readonly learners: LearnersService) {}

  @Allow('anyone')
  @RateLimit({ limit: 30, windowMs: 60_000 })
  @Mutation(() => LearnerSession, { description: 'Create an anonymous learner: no name, e-mail or phone asked' })
  async startLearner(): Promise<LearnerSession> {
    return { token: await this.learners.start() };
  }

  @Allow('learner')
  @Mutation(() => RecoveryCode, { description: "Create (or replace) the learner's recovery code" })
  async createRecoveryCode(@LearnerId() learnerId: string): Promise<RecoveryCode> {
    return { code: await this.learners.createRecoveryCode(learnerId) };
  }

  @Allow('anyone')
  // 10 guesses per 10 minutes per source against 2^66 codes: guessing is hopeless.
  @RateLimit({ limit: 10, windowMs: 10 * 60_000 })
  @Mutation(() => LearnerSession, {
    description: 'Continue the progress of the learner a recovery code belongs to on this device',
  })
  async restoreLearner(@Args('code', { description: 'The six words' }) code: string): Promise<LearnerSession> {
    return { token: await this.learners.restore(code) };
  }

  @Allow('learner')
  @Mutation(() => Boolean, { description: 'Delete everything stored about the calling learner' })
  async eraseMyData(@LearnerId() learnerId: string): Promise<boolean> {
    await this.learners.erase(learnerId);
    return true;
  }
}
