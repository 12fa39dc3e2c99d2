import { Injectable } from '@nestjs/common';
import { pickText, translate, type Locale } from '../../common/graphql/locale';
import type { CourseEntity } from './course.entity';
import { courseNotFound } from './courses.errors';
import { CoursesRepository } from './courses.repository';
import { Course, CourseSummary, type AgeBandValue, type AudienceValue, type StepKindValue } from './models/course.model';

export interface CatalogueFilter {
  audience?: AudienceValue;
  /** Only courses fully written in this language */
  language?: string;
}

/** Titles of steps, looked up by full id, so a course page needs one query per kind rather than per step. */
export type StepTitles = (ids: { kind: string; id: string }[], locale: Locale) => Promise<Map<string, string>>;

@Injectable()
export class CoursesService {
  constructor(private readonly courses: CoursesRepository) {}

  async catalogue(locale: Locale, filter: CatalogueFilter): Promise<CourseSummary[]> {
    const all = await this.courses.findActive();
    return all
      .filter((c) => !filter.audience || c.audience === filter.audience)
      .filter((c) => !filter.language || c.languages.includes(filter.language))
      .map((c) => this.toSummary(c, locale));
  }

  async findEntity(id: string): Promise<CourseEntity> {
    const course = await this.courses.findActiveById(id);
    if (!course) throw courseNotFound(id);
    return course;
  }

  async course(id: string, locale: Locale, stepTitles: StepTitles): Promise<Course> {
    const entity = await this.findEntity(id);
    const titles = await stepTitles(entity.steps, locale);
    return {
      ...this.toSummary(entity, locale),
      steps: entity.steps.map((step) => ({
        kind: step.kind as StepKindValue,
        id: step.id,
        title: titles.get(step.id) ?? step.id,
      })),
      preTestId: entity.preTestId,
      postTestId: entity.postTestId,
      linkedCourseId: entity.linkedCourseId,
    };
  }

  findByIds(ids: string[]): Promise<CourseEntity[]> {
    return this.courses.findByIds(ids);
  }

  titleOf(course: CourseEntity, locale: Locale): { text: string; locale: Locale } {
    return pickText(course.title, locale);
  }

  private toSummary(c: CourseEntity, locale: Locale): CourseSummary {
    const title = pickText(c.title, locale);
    return {
      id: c.id,
      title: title.text,
      summary: translate(c.summary, locale),
      audience: c.audience as AudienceValue,
      ageBands: c.ageBands as AgeBandValue[],
      languages: c.languages,
      estimatedMinutes: c.estimatedMinutes,
      locale: title.locale,
      stepCount: c.steps.length,
    };
  }
}
