import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { LearnerId } from '../../common/auth/viewer.decorator';
import { parseLocale } from '../../common/graphql/locale';
import { LearnersService } from '../learners/learners.service';
import { CourseProgress, Progress } from './models/progress.model';
import { ProgressService } from './progress.service';

@Resolver(() => Progress)
export class ProgressResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly learners: LearnersService,
  ) {}

  @Allow('learner')
  @Query(() => Progress, { description: "The calling learner's progress (requires a learner token)" })
  async myProgress(@LearnerId() learnerId: string, @Args('locale', { description: 'ru, en or be' }) locale: string): Promise<Progress> {
    const hasRecoveryCode = await this.learners.hasRecoveryCode(learnerId);
    return this.progress.myProgress(learnerId, hasRecoveryCode, parseLocale(locale));
  }

  @Allow('learner')
  @Mutation(() => CourseProgress, { description: 'Mark a lesson as read; doing it again changes nothing' })
  completeLesson(
    @LearnerId() learnerId: string,
    @Args('lessonId', { type: () => ID, description: 'Full lesson id' }) lessonId: string,
    @Args('locale', { nullable: true, defaultValue: 'ru', description: 'Language of the course title' }) locale: string,
  ): Promise<CourseProgress> {
    return this.progress.completeLesson(learnerId, lessonId, parseLocale(locale));
  }
}
