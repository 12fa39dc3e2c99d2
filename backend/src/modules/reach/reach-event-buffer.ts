import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { ReachRepository, type NewEvent } from './reach.repository';

/** Events are written every FLUSH_INTERVAL_MS, or at once when FLUSH_AT_EVENTS are waiting. */
const FLUSH_INTERVAL_MS = 250;
const FLUSH_AT_EVENTS = 2_000;
/** When the database cannot keep up, memory is bounded: newer events are dropped and counted. */
const MAX_WAITING_EVENTS = 200_000;

/**
 * Buffers accepted reach events and writes them in batches (one transaction, multi-row inserts),
 * so a flood of beacons costs one fsync per batch instead of one per event.
 *
 * What a crash can lose: the events accepted in the last ~250 ms (at most FLUSH_AT_EVENTS plus one
 * batch being written), because the beacon was answered 204 before they reached the disk. A clean
 * shutdown (SIGTERM) writes everything first. Roll-ups are recomputed from the raw events, so a
 * crash never leaves a roll-up that disagrees with the raw events that were kept.
 */
@Injectable()
export class ReachEventBuffer implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ReachEventBuffer.name);
  private waiting: NewEvent[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();
  private dropped = 0;
  /** Called after each written batch with the campaign-days it touched. */
  private readonly listeners: ((days: { campaignId: string; day: string }[]) => void)[] = [];

  constructor(private readonly repository: ReachRepository) {}

  onWritten(listener: (days: { campaignId: string; day: string }[]) => void): void {
    this.listeners.push(listener);
  }

  /** Accepts events for writing; false when the buffer is full (they are dropped). */
  push(events: NewEvent[]): boolean {
    if (this.waiting.length + events.length > MAX_WAITING_EVENTS) {
      if (this.dropped++ % 1000 === 0) this.logger.warn({ msg: 'reach buffer full: events dropped', dropped: this.dropped });
      return false;
    }
    this.waiting.push(...events);
    if (this.waiting.length >= FLUSH_AT_EVENTS) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS);
    return true;
  }

  get pending(): number {
    return this.waiting.length;
  }

  /** Writes everything waiting; resolves when it (and any batch already being written) is on disk. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting;
    this.waiting = [];
    // Batches are written one after another, in order.
    this.writing = this.writing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.repository.insertEvents(batch);
      } catch (error) {
        this.logger.error({ msg: 'reach events could not be written', count: batch.length, error: String(error) });
        return;
      }
      const touched = new Map(batch.map((e) => [`${e.campaignId}|${e.day}`, { campaignId: e.campaignId, day: e.day }]));
      for (const listener of this.listeners) listener([...touched.values()]);
    });
    return this.writing;
  }

  /** Before the database closes (every module’s beforeApplicationShutdown runs before any onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
