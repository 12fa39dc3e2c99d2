import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DatabaseWriter } from '../../database/database-writer';
import { In, IsNull, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { CampaignMaterialEntity } from '../campaigns/campaign-material.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { CourseEntity } from '../courses/course.entity';
import type { CampaignRecord } from './campaign-records';
import { campaignSlugTaken } from './content-import.errors';
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

export type ImportChanges = Record<keyof ContentRecords | 'campaigns', TableChanges>;

type Row = { id: string; contentHash: string; retiredAt: Date | null };

@Injectable()
export class ContentImportRepository {
  constructor(private readonly writer: DatabaseWriter) {}

  /** Writes a whole import in one transaction: learners never see half of a content update. */
  apply(records: ContentRecords, campaigns: CampaignRecord[] = []): Promise<ImportChanges> {
    return this.writer.transaction(async (manager) => ({
      courses: await this.sync(manager, CourseEntity, records.courses, true),
      lessons: await this.sync(manager, LessonEntity, records.lessons),
      quizzes: await this.sync(manager, QuizEntity, records.quizzes),
      scenarios: await this.sync(manager, ScenarioEntity, records.scenarios),
      helplines: await this.sync(manager, HelplineEntity, records.helplines),
      campaigns: await this.syncCampaigns(manager, campaigns),
    }));
  }

  /**
   * Campaigns are matched by slug and keep their id, and their materials by slug keep theirs, so
   * measured reach stays attached across re-imports. The status is the manager's after the first
   * import; a campaign whose folder is gone is ended (its figures stay), never deleted.
   */
  private async syncCampaigns(manager: EntityManager, incoming: CampaignRecord[]): Promise<TableChanges> {
    const changes: TableChanges = { created: 0, updated: 0, unchanged: 0, retired: 0 };
    const existing = new Map((await manager.find(CampaignEntity)).map((c) => [c.slug, c]));
    const now = new Date();
    for (const record of incoming) {
      const { initialStatus, materials, ...fields } = record;
      const hash = contentHash(record);
      const before = existing.get(record.slug);
      if (before && before.origin !== 'content') throw campaignSlugTaken(record.slug);
      if (before?.contentHash === hash) {
        changes.unchanged++;
        continue;
      }
      const id = before?.id ?? randomUUID();
      if (before) {
        await manager.update(CampaignEntity, { id }, { ...fields, contentHash: hash, updatedAt: now });
        changes.updated++;
      } else {
        await manager.insert(CampaignEntity, { ...fields, id, origin: 'content', status: initialStatus, contentHash: hash, rolledUpAt: null, createdAt: now, updatedAt: now });
        changes.created++;
      }
      const oldMaterials = new Map((await manager.find(CampaignMaterialEntity, { where: { campaignId: id } })).map((m) => [m.slug, m]));
      const keep = new Set(materials.map((m) => m.slug));
      const gone = [...oldMaterials.values()].filter((m) => !keep.has(m.slug)).map((m) => m.id);
      if (gone.length > 0) await manager.delete(CampaignMaterialEntity, { id: In(gone) });
      for (const material of materials) {
        await manager.save(CampaignMaterialEntity, { ...material, id: oldMaterials.get(material.slug)?.id ?? randomUUID(), campaignId: id, updatedAt: now });
      }
    }
    const incomingSlugs = new Set(incoming.map((c) => c.slug));
    for (const campaign of existing.values()) {
      if (campaign.origin !== 'content' || incomingSlugs.has(campaign.slug) || campaign.status === 'ended') continue;
      await manager.update(CampaignEntity, { id: campaign.id }, { status: 'ended', updatedAt: now });
      changes.retired++;
    }
    return changes;
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
