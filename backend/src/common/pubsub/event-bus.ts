/**
 * The one seam live events travel through. In memory for one instance now; a Redis implementation
 * (for several backend instances) replaces it without touching publishers or subscribers.
 */
/** A subscription; `ready`, when present, resolves once every event published from then on will be delivered. */
export type Subscription<T> = AsyncIterableIterator<T> & { ready?: Promise<void> };

export abstract class EventBus {
  abstract publish<T>(topic: string, payload: T): Promise<void>;
  /** An async iterator of the topic's payloads, ended by `return()` (what GraphQL subscriptions need). */
  abstract subscribe<T>(topic: string): Subscription<T>;
}
