import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { parseLocale, type Locale } from '../../common/graphql/locale';
import { LessonsService } from '../lessons/lessons.service';
import { QuizzesService } from '../quizzes/quizzes.service';
import { ScenariosService } from '../scenarios/scenarios.service';
import { CoursesService } from './courses.service';
import { AudienceValue, Course, CourseSummary } from './models/course.model';

@Resolver(() => Course)
export class CoursesResolver {
  constructor(
    private readonly courseService: CoursesService,
    private readonly lessons: LessonsService,
    private readonly quizzes: QuizzesService,
    private readonly scenarios: ScenariosService,
  ) {}

  @Allow('anyone')
  @Query(() => [CourseSummary], { description: 'The catalogue of courses, optionally filtered' })
  courses(
    @Args('locale', { description: 'Language of the texts: ru, en or be' }) locale: string,
    @Args('audience', { type: () => AudienceValue, nullable: true, description: 'Only courses for this audience' })
    audience?: AudienceValue,
    @Args('language', { type: () => String, nullable: true, description: 'Only courses fully written in this language' })
    language?: string,
  ): Promise<CourseSummary[]> {
    return this.courseService.catalogue(parseLocale(locale), {
      audience,
      language: language ? parseLocale(language) : undefined,
    });
  }

  @Allow('anyone')
  @Query(() => Course, { description: 'One course with its steps' })
  course(
    @Args('id', { type: () => ID, description: 'Course id' }) id: string,
    @Args('locale', { description: 'ru, en or be' }) locale: string,
  ): Promise<Course> {
    return this.courseService.course(id, parseLocale(locale), (steps, loc) => this.stepTitles(steps, loc));
  }

  private async stepTitles(steps: { kind: string; id: string }[], locale: Locale): Promise<Map<string, string>> {
    const idsOf = (kind: string) => steps.filter((s) => s.kind === kind).map((s) => s.id);
    const maps = await Promise.all([
      this.lessons.titles(idsOf('lesson'), locale),
      this.quizzes.titles(idsOf('quiz'), locale),
      this.scenarios.titles(idsOf('scenario'), locale),
    ]);
    return new Map(maps.flatMap((m) => [...m]));
  }
}
