import { randomBytes } from 'node:crypto';
import { DailySaltStore } from './daily-salt.store';

/** Keeps only the current day's salt; asking for a new day forgets the old one for good. */
export class InMemoryDailySaltStore extends DailySaltStore {
  private current: { day: string; salt: Buffer } | undefined;

  async saltFor(day: string): Promise<Buffer> {
    if (this.current?.day !== day) {
      // Days only move forward: a day whose salt is gone never gets a new one (its events are dropped).
      if (this.current && day < this.current.day) throw new RangeError(`The salt of ${day} has been destroyed`);
      this.current?.salt.fill(0);
      this.current = { day, salt: randomBytes(32) };
    }
    return this.current.salt;
  }
}
