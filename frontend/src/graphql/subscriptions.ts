import { createClient, type Client } from 'graphql-ws';
import { inject, readonly, ref, type InjectionKey, type Ref } from 'vue';
import { GRAPHQL_ENDPOINT, operationName, type Operation } from './client';
import { fromGraphqlError, networkError, type ApiError } from './errors';
import { learnerToken } from './learner-token';

/**
 * GraphQL subscriptions over graphql-ws (WebSocket at /graphql, same origin). The learner token
 * travels in the connection parameters (`{ learnerToken }`); staff are known by their httpOnly
 * cookie, which the browser sends with the same-origin handshake. A dropped connection (a phone
 * losing Wi-Fi, a laptop lid) is retried for ever with a growing wait, and every subscription is
 * sent again on reconnect: the server then answers with the current view first, so a screen that
 * comes back is up to date at once.
 */

/** `connecting`: first connection; `connected`; `reconnecting`: the connection was lost, trying again. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export interface SubscriptionSink<TResult> {
  next: (data: TResult) => void;
  /** A GraphQL error from the server (e.g. NOT_FOUND), or a connection that cannot be made */
  error: (error: ApiError) => void;
}

/** What the live pages need from a subscription client; tests inject a fake (src/test/live-client.ts). */
export interface LiveClient {
  subscribe<TResult, TVars>(doc: Operation<TResult, TVars>, variables: TVars, sink: SubscriptionSink<TResult>): () => void;
  readonly state: Readonly<Ref<ConnectionState>>;
}

export const LIVE_CLIENT: InjectionKey<LiveClient> = Symbol('LiveClient');

/** Wait before the n-th retry: 1 s, 2 s, 4 s … up to 15 s, plus up to 1 s at random (a room does not reconnect in step). */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  return Math.min(1000 * 2 ** retries, 15_000) + Math.floor(random() * 1000);
}

/** How often to check a quiet connection is alive, and how long to wait for the answer. */
const PING_EVERY_MS = 15_000;
const PONG_WITHIN_MS = 6_000;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_ENDPOINT}`;
}

function createLiveClient(): LiveClient {
  const state = ref<ConnectionState>('connecting');
  let client: Client | null = null;
  let tokenOfClient: string | null = null;
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  function connect(): Client {
    return createClient({
      url: socketUrl,
      connectionParams: () => (learnerToken.value ? { learnerToken: learnerToken.value } : {}),
      lazy: true,
      // A quick page change (group page -> live page) keeps the same connection.
      lazyCloseTimeout: 3000,
      keepAlive: PING_EVERY_MS,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
      on: {
        connecting: (isRetry) => {
          state.value = isRetry ? 'reconnecting' : 'connecting';
        },
        connected: (connected) => {
          socket = connected as WebSocket;
          state.value = 'connected';
        },
        closed: () => {
          socket = null;
          clearTimeout(pongTimer);
          if (state.value === 'connected') state.value = 'reconnecting';
        },
        // A connection that silently died (no close event on a sleeping phone) is closed, then retried.
        ping: (received) => {
          if (received) return;
          clearTimeout(pongTimer);
          pongTimer = setTimeout(() => {
            if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Ping timeout');
          }, PONG_WITHIN_MS);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
      },
    });
  }

  /** One client per learner token: after joining, erasing or restoring, the next subscription uses the new one. */
  function current(): Client {
    if (!client || tokenOfClient !== learnerToken.value) {
      void client?.dispose();
      tokenOfClient = learnerToken.value;
      client = connect();
    }
    return client;
  }

  function subscribe<TResult, TVars>(doc: Operation<TResult, TVars>, variables: TVars, sink: SubscriptionSink<TResult>): () => void {
    const name = operationName(doc);
    return current().subscribe<TResult>(
      { query: doc.toString(), operationName: name, variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors?.length) sink.error(fromGraphqlError(result.errors[0] as object, name));
          else if (result.data) sink.next(result.data);
        },
        error: (error) => {
          sink.error(Array.isArray(error) && error.length ? fromGraphqlError(error[0] as object, name) : networkError(name, false));
        },
        complete: () => undefined,
      },
    );
  }

  return { subscribe, state: readonly(state) };
}

let shared: LiveClient | null = null;

/** The app's subscription client (one WebSocket for the tab), or the one a test provided. */
export function useLiveClient(): LiveClient {
  const injected = inject(LIVE_CLIENT, null);
  if (injected) return injected;
  shared ??= createLiveClient();
  return shared;
}
