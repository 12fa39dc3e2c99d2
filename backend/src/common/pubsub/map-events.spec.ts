import { describe, expect, it } from 'vitest';
import { InMemoryEventBus } from './in-memory-event-bus';
import { viewsOnChange } from './map-events';

describe('viewsOnChange', () => {
  it('starts with the current view, then one view per change, given the signal', async () => {
    const bus = new InMemoryEventBus();
    const seen: unknown[] = [];
    const views = viewsOnChange('v', bus.subscribe('t'), async (signal) => (seen.push(signal), seen.length));
    expect((await views.next()).value).toEqual({ v: 1 });
    const pending = views.next();
    await bus.publish('t', 'a');
    expect((await pending).value).toEqual({ v: 2 });
    expect(seen).toEqual([undefined, 'a']);
  });

  it('collapses changes that arrive while a view is computed into one view of the latest', async () => {
    const bus = new InMemoryEventBus();
    let release: () => void = () => undefined;
    const calls: unknown[] = [];
    const views = viewsOnChange('v', bus.subscribe('t'), async (signal) => {
      calls.push(signal);
      if (signal === 'slow') await new Promise<void>((r) => (release = r));
      return signal;
    });
    await views.next();
    const second = views.next();
    await bus.publish('t', 'slow');
    await new Promise((r) => setTimeout(r, 5));
    for (const s of ['x', 'y', 'z']) await bus.publish('t', s);
    release();
    expect((await second).value).toEqual({ v: 'slow' });
    expect((await views.next()).value).toEqual({ v: 'z' });
    expect(calls).toEqual([undefined, 'slow', 'z']);
  });

  it('ends a waiting reader and the bus subscription on return()', async () => {
    const bus = new InMemoryEventBus();
    const views = viewsOnChange('v', bus.subscribe('t'), async () => 1);
    await views.next();
    const waiting = views.next();
    await views.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(bus.listenerCount('t')).toBe(0);
  });
});
