import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DatabaseWriter } from '../../database/database-writer';
import { CampaignEntity } from '../campaigns/campaign.entity';
import type { CampaignEventEntity } from './campaign-event.entity';
import type { DayRow } from './dashboard-arithmetic';
import { rollUp, type EventGroup } from './rollup-arithmetic';

export type NewEvent = Omit<CampaignEventEntity, 'id'>;

const EVENT_COLUMNS = ['day', 'campaign_id', 'material_id', 'link_id', 'kind', 'visitor_hash', 'source_host'] as const;
/** 500 rows x 7 columns = 3,500 parameters: under SQLite's limit (32,766 since 3.32) and PostgreSQL's (65,535). */
const ROWS_PER_INSERT = 500;

/** Raw events and their daily roll-ups. SQL is written for both SQLite and PostgreSQL. */
@Injectable()
export class ReachRepository {
  private readonly postgres: boolean;

  constructor(
    private readonly writer: DatabaseWriter,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  /** `?` placeholders on either engine. */
  private sql(query: string): string {
    let n = 0;
    return this.postgres ? query.replace(/\?/g, () => `$${++n}`) : query;
  }

  /**
   * All events in one transaction: one fsync for the whole batch. PostgreSQL gets one statement with
   * one array per column (unnest), SQLite multi-row inserts of ROWS_PER_INSERT rows.
   */
  insertEvents(events: NewEvent[]): Promise<void> {
    if (this.postgres) {
      const column = (pick: (e: NewEvent) => string | null) => events.map(pick);
      return this.writer.write((m) =>
        m.query(
          `INSERT INTO campaign_events (${EVENT_COLUMNS.join(', ')})
           SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[])`,
          [column((e) => e.day), column((e) => e.campaignId), column((e) => e.materialId), column((e) => e.linkId), column((e) => e.kind), column((e) => e.visitorHash), column((e) => e.sourceHost)],
        ),
      );
    }
    return this.writer.transaction(async (m) => {
      for (let i = 0; i < events.length; i += ROWS_PER_INSERT) {
        const chunk = events.slice(i, i + ROWS_PER_INSERT);
        const tuple = `(${EVENT_COLUMNS.map(() => '?').join(', ')})`;
        const params = chunk.flatMap((e) => [e.day, e.campaignId, e.materialId, e.linkId, e.kind, e.visitorHash, e.sourceHost]);
        await m.query(this.sql(`INSERT INTO campaign_events (${EVENT_COLUMNS.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`), params);
      }
    });
  }

  /**
   * Recomputes the roll-up of one campaign-day exactly from its raw events and replaces what was
   * there in one transaction; `deleteRaw` (retention) then also removes those raw events in it.
   * The events are read before the write transaction, so that other writes do not wait for the
   * reading; events written meanwhile mark the day for another recompute anyway. For retention the
   * read is inside: nothing may be deleted that was not counted.
   */
  async rollUpDay(campaignId: string, day: string, options: { deleteRaw?: boolean } = {}): Promise<void> {
    const groups = options.deleteRaw ? undefined : await this.eventGroups(this.dataSource.manager, campaignId, day);
    await this.writer.transaction(async (m) => {
      const rows = rollUp(groups ?? (await this.eventGroups(m, campaignId, day)));
      await m.query(this.sql('DELETE FROM campaign_daily_rollups WHERE campaign_id = ? AND day = ?'), [campaignId, day]);
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const chunk = rows.slice(i, i + ROWS_PER_INSERT);
        const params = chunk.flatMap((r) => [campaignId, day, r.dimension, r.dimensionKey, r.kind, r.events, r.visitors]);
        await m.query(
          this.sql(
            `INSERT INTO campaign_daily_rollups (campaign_id, day, dimension, dimension_key, kind, events, visitors) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          ),
          params,
        );
      }
      if (options.deleteRaw) await m.query(this.sql('DELETE FROM campaign_events WHERE campaign_id = ? AND day = ?'), [campaignId, day]);
    });
  }

  private async eventGroups(m: EntityManager, campaignId: string, day: string): Promise<EventGroup[]> {
    const rows: Record<string, unknown>[] = await m.query(
      this.sql(
        `SELECT material_id, link_id, source_host, kind, visitor_hash, COUNT(*) AS n FROM campaign_events
         WHERE campaign_id = ? AND day = ? GROUP BY material_id, link_id, source_host, kind, visitor_hash`,
      ),
      [campaignId, day],
    );
    return rows.map((r) => ({
      materialId: (r['material_id'] as string | null) ?? null,
      linkId: (r['link_id'] as string | null) ?? null,
      sourceHost: (r['source_host'] as string | null) ?? null,
      kind: r['kind'] as string,
      visitorHash: r['visitor_hash'] as string,
      count: Number(r['n']),
    }));
  }

  async rollups(campaignId: string, from: string, to: string): Promise<DayRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      this.sql('SELECT day, dimension, dimension_key, kind, events, visitors FROM campaign_daily_rollups WHERE campaign_id = ? AND day >= ? AND day <= ?'),
      [campaignId, from, to],
    );
    return rows.map((r) => ({
      day: r['day'] as string,
      dimension: r['dimension'] as DayRow['dimension'],
      dimensionKey: r['dimension_key'] as string,
      kind: r['kind'] as string,
      events: Number(r['events']),
      visitors: Number(r['visitors']),
    }));
  }

  /** Days of a campaign that still have raw events. */
  async daysWithEvents(campaignId: string): Promise<string[]> {
    const rows: { day: string }[] = await this.dataSource.query(
      this.sql('SELECT DISTINCT day FROM campaign_events WHERE campaign_id = ? ORDER BY day'),
      [campaignId],
    );
    return rows.map((r) => r.day);
  }

  /** Campaign-days whose raw events are older than `day`. */
  async campaignDaysBefore(day: string): Promise<{ campaignId: string; day: string }[]> {
    const rows: { campaign_id: string; day: string }[] = await this.dataSource.query(
      this.sql('SELECT DISTINCT campaign_id, day FROM campaign_events WHERE day < ? ORDER BY day'),
      [day],
    );
    return rows.map((r) => ({ campaignId: r.campaign_id, day: r.day }));
  }

  /** Campaign-days with raw events from `day` on (for catching up after a restart). */
  async campaignDaysFrom(day: string): Promise<{ campaignId: string; day: string }[]> {
    const rows: { campaign_id: string; day: string }[] = await this.dataSource.query(
      this.sql('SELECT DISTINCT campaign_id, day FROM campaign_events WHERE day >= ?'),
      [day],
    );
    return rows.map((r) => ({ campaignId: r.campaign_id, day: r.day }));
  }

  async markRolledUp(campaignId: string, at: Date): Promise<void> {
    await this.writer.write((m) => m.update(CampaignEntity, { id: campaignId }, { rolledUpAt: at }));
  }
}
