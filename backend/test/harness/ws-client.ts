import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client as a browser on our origin would open it (Node 20 has no global WebSocket). */
export function wsClient(httpUrl: string, options: { learnerToken?: string; cookie?: string; origin?: string } = {}): Client {
  const origin = options.origin ?? httpUrl;
  const headers: Record<string, string> = { origin };
  if (options.cookie) headers['cookie'] = options.cookie;
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: BrowserLikeSocket,
    connectionParams: options.learnerToken ? { learnerToken: options.learnerToken } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Collects a subscription's results; `next(n)` waits until n have arrived. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const received: { data?: T; errors?: unknown }[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let failure: unknown;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        received.push(value as { data?: T; errors?: unknown });
        for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve();
      },
      error: (error) => {
        failure = error;
        for (const w of waiters) w.resolve();
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    get failure() {
      return failure;
    },
    async next(count: number, timeoutMs = 5_000) {
      if (received.length < count && !failure) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`only ${received.length} of ${count} events arrived`)), timeoutMs);
          waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
        });
      }
      if (received.length < count && failure) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
      return received[count - 1];
    },
    dispose,
  };
}
