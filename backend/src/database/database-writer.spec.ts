import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { DatabaseWriter } from './database-writer';

function fakeDataSource(type: 'sqlite' | 'postgres') {
  return { options: { type }, manager: {}, transaction: (work: (m: unknown) => Promise<unknown>) => work({}) } as unknown as DataSource;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DatabaseWriter', () => {
  it('runs SQLite writes one at a time, in the order they came', async () => {
    const writer = new DatabaseWriter(fakeDataSource('sqlite'));
    const events: string[] = [];
    const slow = writer.transaction(async () => {
      events.push('a:start');
      await pause(20);
      events.push('a:end');
    });
    const fast = writer.write(async () => {
      events.push('b:start');
      events.push('b:end');
    });
    await Promise.all([slow, fast]);
    expect(events).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });

  it('goes on with the next write after one fails, and reports the failure to its caller', async () => {
    const writer = new DatabaseWriter(fakeDataSource('sqlite'));
    const failing = writer.write(async () => {
      throw new Error('constraint');
    });
    const next = writer.write(async () => 'stored');
    await expect(failing).rejects.toThrow('constraint');
    await expect(next).resolves.toBe('stored');
  });

  it('does not serialize on PostgreSQL, where every transaction has its own connection', async () => {
    const writer = new DatabaseWriter(fakeDataSource('postgres'));
    const events: string[] = [];
    const slow = writer.write(async () => {
      events.push('a:start');
      await pause(20);
      events.push('a:end');
    });
    const fast = writer.write(async () => {
      events.push('b');
    });
    await Promise.all([slow, fast]);
    expect(events).toEqual(['a:start', 'b', 'a:end']);
  });
});
