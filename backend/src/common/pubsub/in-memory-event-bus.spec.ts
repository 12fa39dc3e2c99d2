import { describe, expect, it } from 'vitest';
import { InMemoryEventBus } from './in-memory-event-bus';

describe('InMemoryEventBus', () => {
  it('delivers published events to every subscriber of the topic, in order', async () => {
    const bus = new InMemoryEventBus();
    const a = bus.subscribe<number>('t');
    const b = bus.subscribe<number>('t');
    await bus.publish('t', 1);
    await bus.publish('t', 2);
    expect([(await a.next()).value, (await a.next()).value]).toEqual([1, 2]);
    expect((await b.next()).value).toBe(1);
  });

  it('does not deliver other topics', async () => {
    const bus = new InMemoryEventBus();
    const a = bus.subscribe<number>('t');
    await bus.publish('other', 9);
    await bus.publish('t', 1);
    expect((await a.next()).value).toBe(1);
  });

  it('wakes a waiting subscriber and stops cleanly on return()', async () => {
    const bus = new InMemoryEventBus();
    const a = bus.subscribe<string>('t');
    const pending = a.next();
    await bus.publish('t', 'hello');
    expect(await pending).toEqual({ value: 'hello', done: false });
    await a.return?.();
    expect(bus.listenerCount('t')).toBe(0);
    expect((await a.next()).done).toBe(true);
  });

  it('keeps at most 100 queued events for a subscriber that does not read', async () => {
    const bus = new InMemoryEventBus();
    const slow = bus.subscribe<number>('t');
    for (let i = 0; i < 150; i++) await bus.publish('t', i);
    expect((await slow.next()).value).toBe(50);
  });
});
