/**
 * Turns a stream of change signals into a stream of views computed for one subscriber, starting with
 * the current view (so a reconnecting client is up to date at once). Shaped `{ [field]: view }` for
 * GraphQL's default subscription resolver.
 */
export function viewsOnChange<T>(
  field: string,
  signals: AsyncIterableIterator<unknown>,
  view: () => Promise<T>,
): AsyncIterableIterator<Record<string, T>> {
  let first = true;
  return {
    async next() {
      if (!first) {
        const signal = await signals.next();
        if (signal.done) return { value: undefined, done: true };
      }
      first = false;
      return { value: { [field]: await view() }, done: false };
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
