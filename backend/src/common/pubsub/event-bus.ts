/**
 * The one seam live events travel through. In memory for one instance now; a Redis implementation
 * (for several backend instances) replaces it without touching publishers or subscribers.
 */
export abstract class EventBus {
  abstract publish<T>(topic: string, payload: T): Promise<void>;
  /** An async iterator of the topic's payloads, ended by `return()` (what GraphQL subscriptions need). */
  abstract subscribe<T>(topic: string): AsyncIterableIterator<T>;
}
