import type { Subscription } from './event-bus';

/**
 * Turns a stream of change signals into a stream of views computed for one subscriber, starting with
 * the current view (so a reconnecting client is up to date at once). Shaped `{ [field]: view }` for
 * GraphQL's default subscription resolver. `view` gets the signal that caused it (none for the first).
 *
 * Signals that arrive while a view is being computed collapse into one: the next view is computed
 * once, from the latest signal, because a view is the whole state, not a delta. A trainer's screen
 * under 2,000 answers then recomputes as often as it can, not 2,000 times.
 */
export function viewsOnChange<T, S = unknown>(
  field: string,
  signals: Subscription<S>,
  /** `signal`: the change that led to this view (undefined for the first) */
  view: (signal?: S) => Promise<T>,
): AsyncIterableIterator<Record<string, T>> {
  let first = true;
  let latest: { signal: S } | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const pump = async () => {
    try {
      for (;;) {
        const next = await signals.next();
        if (next.done) break;
        latest = { signal: next.value };
        notify();
      }
    } catch {
      // The bus ended this subscription: the subscriber is told it is done.
    }
    ended = true;
    notify();
  };
  let pumping = false;

  return {
    async next() {
      if (first) {
        first = false;
        // The current state is read only once no later change can be missed.
        await signals.ready;
        return { value: { [field]: await view() }, done: false };
      }
      if (!pumping) {
        pumping = true;
        void pump();
      }
      while (!latest && !ended) await new Promise<void>((resolve) => (wake = resolve));
      if (!latest) return { value: undefined, done: true };
      const { signal } = latest;
      latest = undefined;
      return { value: { [field]: await view(signal) }, done: false };
    },
    async return() {
      ended = true;
      latest = undefined;
      notify();
      await signals.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      ended = true;
      notify();
      await signals.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
