import { Injectable } from '@nestjs/common';
import { DatabaseWriter } from '../../database/database-writer';
import { In, IsNull, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { CourseEntity } from '../courses/course.entity';
import { HelplineEntity } from '../helplines/helpline.entity';
import { LessonEntity } from '../lessons/lesson.entity';
import { QuizEntity } from '../quizzes/quiz.entity';
import { ScenarioEntity } from '../scenarios/scenario.entity';
import { contentHash, type ContentRecords } from './content-records';

export interface TableChanges {
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
}

export type ImportChanges = Record<keyof ContentRecords, TableChanges>;

type Row = { id: string; contentHash: string; retiredAt: Date | null };

@Injectable()
export class ContentImportRepository {
  constructor(private readonly writer: DatabaseWriter) {}

  /** Writes a whole import in one transaction: learners never see half of a content update. */
  apply(records: ContentRecords): Promise<ImportChanges> {
    return this.writer.transaction(async (manager) => ({
      courses: await this.sync(manager, CourseEntity, records.courses, true),
      lessons: await this.sync(manager, LessonEntity, records.lessons),
      quizzes: await this.sync(manager, QuizEntity, records.quizzes),
      scenarios: await this.sync(manager, ScenarioEntity, records.scenarios),
      helplines: await this.sync(manager, HelplineEntity, records.helplines),
    }));
  }

  /**
   * Inserts new rows, updates changed or returning ones, and retires rows whose source is gone.
   * Rows are never deleted: learners' progress keeps pointing at them.
   */
  private async sync(
    manager: EntityManager,
    target: EntityTarget<ObjectLiteral>,
    incoming: { id: string }[],
    hasUpdatedAt = false,
  ): Promise<TableChanges> {
    const repo = manager.getRepository<ObjectLiteral>(target);
    const existing = new Map(
      ((await repo.find({ select: { id: true, contentHash: true, retiredAt: true } })) as Row[]).map((r) => [r.id, r]),
    );
    const changes: TableChanges = { created: 0, updated: 0, unchanged: 0, retired: 0 };
    const now = new Date();
    for (const record of incoming) {
      const hash = contentHash(record);
      const row = { ...record, contentHash: hash, retiredAt: null, ...(hasUpdatedAt ? { updatedAt: now } : {}) };
      const before = existing.get(record.id);
      if (!before) {
        await repo.insert(row);
        changes.created++;
      } else if (before.contentHash !== hash || before.retiredAt !== null) {
        await repo.save(row);
        changes.updated++;
      } else {
        changes.unchanged++;
      }
    }
    const incomingIds = new Set(incoming.map((r) => r.id));
    const gone = [...existing.values()].filter((r) => r.retiredAt === null && !incomingIds.has(r.id));
    if (gone.length > 0) {
      await repo.update({ id: In(gone.map((r) => r.id)), retiredAt: IsNull() }, { retiredAt: now });
      changes.retired = gone.length;
    }
    return changes;
  }
}
