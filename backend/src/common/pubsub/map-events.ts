/**
 * Turns a stream of change signals into a stream of views computed for one subscriber, starting with
 * the current view (so a reconnecting client is up to date at once). Shaped `{ [field]: view }` for
 * GraphQL's default subscription resolver. `view` gets the signal that caused it (none for the first).
 */
export function viewsOnChange<T>(
  field: string,
  signals: AsyncIterableIterator<unknown>,
  view: (signal?: unknown) => Promise<T>,
): AsyncIterableIterator<Record<string, T>> {
  let first = true;
  return {
    async next() {
      let signal: unknown;
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
