// Many phones following a live session over graphql-ws, as the browser app opens them. Each
// records when each new step reached it, so the bench can tell how long the room took to see it.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export function phone(httpUrl, { learnerToken, cookie, localAddress }) {
  const headers = { origin: httpUrl };
  if (cookie) headers.cookie = cookie;
  class BrowserLikeSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers, localAddress });
    }
  }
  return createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: BrowserLikeSocket,
    connectionParams: learnerToken ? { learnerToken } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes; `arrivals` maps a step key to the time (performance.now()) it first arrived. */
export function follow(client, query, variables, pick) {
  const arrivals = new Map();
  let resolveFirst;
  let rejectFirst;
  const first = new Promise((resolve, reject) => ((resolveFirst = resolve), (rejectFirst = reject)));
  const views = [];
  client.subscribe(
    { query, variables },
    {
      next: (result) => {
        const at = performance.now();
        if (result.errors) return rejectFirst(new Error(JSON.stringify(result.errors[0])));
        const view = pick(result.data);
        views.push(view);
        const key = view?.step?.key ?? 'none';
        if (!arrivals.has(key)) arrivals.set(key, at);
        resolveFirst(view);
      },
      error: (error) => rejectFirst(error instanceof Error ? error : new Error(String(error?.reason ?? error?.message ?? JSON.stringify(error)))),
      complete: () => undefined,
    },
  );
  return { arrivals, first, views };
}
