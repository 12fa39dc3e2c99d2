import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '../../config/config.service';
import { addDays } from './dashboard-arithmetic';
import { ReachEventBuffer } from './reach-event-buffer';
import { ReachRepository } from './reach.repository';
import { utcDay } from './visitor-hash';

const ROLLUP_INTERVAL_MS = 5_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps the daily roll-ups up to date. Each written batch marks its campaign-days "dirty"; a job
 * every few seconds (and every dashboard read, for its campaign) recomputes those days exactly from
 * the raw events. So incremental and rebuilt roll-ups are the same computation and cannot drift.
 * Raw events older than CAMPAIGN_EVENT_RETENTION_DAYS are rolled up one last time and deleted,
 * in the same transaction, by a daily job like the learners' retention.
 */
@Injectable()
export class RollupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RollupService.name);
  private readonly dirty = new Map<string, { campaignId: string; day: string }>();
  private timers: NodeJS.Timeout[] = [];
  /** One roll-up pass at a time. */
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repository: ReachRepository,
    private readonly buffer: ReachEventBuffer,
    private readonly config: ConfigService,
  ) {
    buffer.onWritten((days) => days.forEach((d) => this.dirty.set(`${d.campaignId}|${d.day}`, d)));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.env.NODE_ENV === 'test') return; // tests call the jobs themselves
    // After a crash the in-memory "dirty" marks are gone: yesterday and today are recomputed once.
    for (const d of await this.repository.campaignDaysFrom(addDays(utcDay(new Date()), -1))) this.dirty.set(`${d.campaignId}|${d.day}`, d);
    const every = (ms: number, job: () => Promise<unknown>) => {
      const timer = setInterval(() => void job().catch((error: unknown) => this.logger.error({ msg: 'reach job failed', error: String(error) })), ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(ROLLUP_INTERVAL_MS, () => this.rollUpDirty());
    every(DAY_MS, () => this.forgetOldEvents());
    void this.forgetOldEvents().catch((error: unknown) => this.logger.error({ msg: 'reach retention failed', error: String(error) }));
  }

  onApplicationShutdown(): void {
    this.timers.forEach(clearInterval);
  }

  /** Brings the roll-ups of one campaign (or all) up to date with every event received so far. */
  rollUpDirty(campaignId?: string): Promise<void> {
    return this.exclusive(async () => {
      await this.buffer.flush();
      const due = [...this.dirty.entries()].filter(([, d]) => !campaignId || d.campaignId === campaignId);
      for (const [key, d] of due) {
        this.dirty.delete(key);
        await this.repository.rollUpDay(d.campaignId, d.day);
      }
      const touched = new Set(due.map(([, d]) => d.campaignId));
      if (campaignId) touched.add(campaignId);
      const now = new Date();
      for (const id of touched) await this.repository.markRolledUp(id, now);
    });
  }

  /** Recomputes every day of a campaign that still has raw events; older days keep their roll-ups. */
  rebuild(campaignId: string): Promise<Date> {
    return this.exclusive(async () => {
      await this.buffer.flush();
      for (const day of await this.repository.daysWithEvents(campaignId)) {
        this.dirty.delete(`${campaignId}|${day}`);
        await this.repository.rollUpDay(campaignId, day);
      }
      const now = new Date();
      await this.repository.markRolledUp(campaignId, now);
      return now;
    });
  }

  /** Rolls up and deletes raw events older than the retention period; returns the campaign-days forgotten. */
  forgetOldEvents(now = new Date()): Promise<number> {
    return this.exclusive(async () => {
      await this.buffer.flush();
      const cutoff = addDays(utcDay(now), -this.config.env.CAMPAIGN_EVENT_RETENTION_DAYS + 1);
      const old = await this.repository.campaignDaysBefore(cutoff);
      for (const d of old) {
        this.dirty.delete(`${d.campaignId}|${d.day}`);
        await this.repository.rollUpDay(d.campaignId, d.day, { deleteRaw: true });
      }
      if (old.length > 0) this.logger.log({ msg: 'old reach events rolled up and deleted', campaignDays: old.length });
      return old.length;
    });
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.running.then(work, work);
    this.running = result.catch(() => undefined);
    return result;
  }
}
