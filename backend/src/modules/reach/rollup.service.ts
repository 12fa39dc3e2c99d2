import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '../../config/config.service';
import { addDays } from './dashboard-arithmetic';
import { ReachEventBuffer } from './reach-event-buffer';
import { ReachRepository } from './reach.repository';
import { utcDay } from './visitor-hash';

const ROLLUP_INTERVAL_MS = 5_000;
/** A dashboard read waits for a recompute only when the last one of that campaign-day took less than this. */
const QUICK_RECOMPUTE_MS = 1_000;
/** A costly day is recomputed at most once per this many times its cost, so big days never hog the database. */
const COST_FACTOR = 10;
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
  /** How long the last recompute of a campaign-day took, and when it ran (today and yesterday only). */
  private readonly cost = new Map<string, { ms: number; at: number }>();
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

  /**
   * Brings the roll-ups of one campaign (or all) up to date with every event received so far. A day
   * is recomputed whole, so the cost grows with its events: a dashboard read (`forRead`) waits only
   * for days that recompute in under a second (every campaign but the very largest: a visit shows
   * within seconds) and leaves bigger ones to this job, which recomputes such a day at most once per
   * ten times its cost. `rolledUpAt` on the dashboard says how fresh the figures are.
   */
  rollUpDirty(campaignId?: string, options: { forRead?: boolean } = {}): Promise<void> {
    return this.exclusive(async () => {
      await this.buffer.flush();
      const now = Date.now();
      const due = [...this.dirty.entries()].filter(([key, d]) => {
        if (campaignId && d.campaignId !== campaignId) return false;
        const last = this.cost.get(key);
        if (!last) return true;
        if (options.forRead) return last.ms <= QUICK_RECOMPUTE_MS;
        return now - last.at >= last.ms * COST_FACTOR;
      });
      for (const [key, d] of due) {
        this.dirty.delete(key);
        const started = Date.now();
        await this.repository.rollUpDay(d.campaignId, d.day);
        this.cost.set(key, { ms: Date.now() - started, at: Date.now() });
      }
      if (!campaignId) this.forgetCostsBefore(addDays(utcDay(new Date()), -1));
      // Up to date as of now: campaigns whose days were recomputed, and the one asked for when nothing of it is left waiting.
      const upToDate = new Set(due.map(([, d]) => d.campaignId));
      if (campaignId && ![...this.dirty.values()].some((d) => d.campaignId === campaignId)) upToDate.add(campaignId);
      const at = new Date();
      for (const id of upToDate) await this.repository.markRolledUp(id, at);
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

  private forgetCostsBefore(day: string): void {
    for (const key of this.cost.keys()) if (key.slice(key.indexOf('|') + 1) < day) this.cost.delete(key);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.running.then(work, work);
    this.running = result.catch(() => undefined);
    return result;
  }
}
