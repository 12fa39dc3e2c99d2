import { Injectable } from '@nestjs/common';
import { fallbackChain, type Locale } from '../../common/graphql/locale';
import type { LessonEntity, LessonVersionRecord } from './lesson.entity';
import { lessonNotFound } from './lessons.errors';
import { LessonsRepository } from './lessons.repository';
import type { Lesson } from './models/lesson.model';

/** The best language version of a lesson for a requested locale. */
export function pickVersion(lesson: LessonEntity, locale: Locale): { version: LessonVersionRecord; locale: Locale } {
  for (const candidate of fallbackChain(locale)) {
    const version = lesson.versions[candidate];
    if (version) return { version, locale: candidate };
  }
  throw new Error(`Lesson ${lesson.id} has no version in ${fallbackChain(locale).join(', ')}`);
}

@Injectable()
export class LessonsService {
  constructor(private readonly lessons: LessonsRepository) {}

  async lesson(id: string, locale: Locale): Promise<Lesson> {
    const entity = await this.findActive(id);
    const picked = pickVersion(entity, locale);
    return {
      id: entity.id,
      courseId: entity.courseId,
      title: picked.version.title,
      minutes: picked.version.minutes,
      html: picked.version.html,
      video: picked.version.video ?? null,
      locale: picked.locale,
    };
  }

  async findActive(id: string): Promise<LessonEntity> {
    const lesson = await this.lessons.findActiveById(id);
    if (!lesson) throw lessonNotFound(id);
    return lesson;
  }

  async titles(ids: string[], locale: Locale): Promise<Map<string, string>> {
    const lessons = await this.lessons.findByIds(ids);
    return new Map(lessons.map((l) => [l.id, pickVersion(l, locale).version.title]));
  }
}
