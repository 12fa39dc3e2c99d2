import { Injectable } from '@nestjs/common';
import { DatabaseWriter } from '../../database/database-writer';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LessonCompletionEntity } from './lesson-completion.entity';

@Injectable()
export class ProgressRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(LessonCompletionEntity) private readonly completions: Repository<LessonCompletionEntity>,
  ) {}

  /** Idempotent: completing a lesson twice keeps the first completion. */
  async completeLesson(learnerId: string, lessonId: string, at: Date): Promise<void> {
    await this.writer.write((m) =>
      m
      .createQueryBuilder(LessonCompletionEntity, 'c')
      .insert()
      .values({ learnerId, lessonId, completedAt: at })
      .orIgnore()
      .execute(),
    );
  }

  async completedLessonIds(learnerId: string): Promise<Set<string>> {
    const rows = await this.completions.find({ where: { learnerId }, select: { lessonId: true } });
    return new Set(rows.map((r) => r.lessonId));
  }
}
