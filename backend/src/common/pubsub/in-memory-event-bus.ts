import { EventBus } from './event-bus';

/** A bounded queue per subscriber: a slow client loses its oldest events, never the server's memory. */
const MAX_QUEUED = 100;

type Listener = (payload: unknown) => void;

export class InMemoryEventBus extends EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  async publish<T>(topic: string, payload: T): Promise<void> {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | undefined;
    let done = false;
    const listener: Listener = (payload) => {
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value: payload as T, done: false });
        return;
      }
      queue.push(payload as T);
      if (queue.length > MAX_QUEUED) queue.shift();
    };
    const set = this.listeners.get(topic) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(topic, set);

    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(topic);
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
      return Promise.resolve({ value: undefined, done: true });
    };

    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: (error?: unknown) => finish().then(() => Promise.reject(error)),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** For tests and for measuring memory per idle connection. */
  listenerCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }
}
