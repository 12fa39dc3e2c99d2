import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { parseLocale } from '../../common/graphql/locale';
import { LessonsService } from './lessons.service';
import { Lesson } from './models/lesson.model';

@Resolver(() => Lesson)
export class LessonsResolver {
  constructor(private readonly lessons: LessonsService) {}

  @Allow('anyone')
  @Query(() => Lesson, { description: 'A lesson in the requested language (or the nearest available one)' })
  lesson(
    @Args('id', { type: () => ID, description: 'Full lesson id, course/lesson' }) id: string,
    @Args('locale', { description: 'ru, en or be' }) locale: string,
  ): Promise<Lesson> {
    return this.lessons.lesson(id, parseLocale(locale));
  }
}
