/**
 * Turns a stream of change signals into a stream of views computed for one subscriber, starting with
 * the current view (so a reconnecting client is up to date at once). Shaped `{ [field]: view }` for
 * GraphQL's default subscription resolver.
 */
export function viewsOnChange<T, S = unknown>(
  field: string,
  signals: AsyncIterableIterator<S>,
  /** `signal`: the change that led to this view (undefined for the first) */
  view: (signal?: S) => Promise<T>,
): AsyncIterableIterator<Record<string, T>> {
  let first = true;
  return {
    async next() {
      let signal: S | undefined;
      if (!first) {
        const next = await signals.next();
        if (next.done) return { value: undefined, done: true };
        signal = next.value;
      }
      first = false;
      return { value: { [field]: await view(signal) }, done: false };
    },
    async return() {
      await signals.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await signals.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
