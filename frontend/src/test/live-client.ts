import { ref } from 'vue';
import { operationName, type Operation } from '@/graphql/client';
import { fromGraphqlError } from '@/graphql/errors';
import { LIVE_CLIENT, type ConnectionState, type LiveClient, type SubscriptionSink } from '@/graphql/subscriptions';

interface FakeSubscription {
  operationName: string;
  variables: Record<string, unknown>;
  sink: SubscriptionSink<unknown>;
  closed: boolean;
}

/**
 * A subscription client for component tests: records what is subscribed, and lets the test push
 * what the server would send (`emit`) or fail (`fail`). Provide it with `renderApp(path, { provide: fake.provide })`.
 */
export function fakeLiveClient() {
  const state = ref<ConnectionState>('connected');
  const subscriptions: FakeSubscription[] = [];

  const client: LiveClient = {
    subscribe<TResult, TVars>(doc: Operation<TResult, TVars>, variables: TVars, sink: SubscriptionSink<TResult>) {
      const entry: FakeSubscription = {
        operationName: operationName(doc),
        variables: variables as Record<string, unknown>,
        sink: sink as SubscriptionSink<unknown>,
        closed: false,
      };
      subscriptions.push(entry);
      return () => {
        entry.closed = true;
      };
    },
    state,
  };

  const open = (name: string) => subscriptions.filter((s) => s.operationName === name && !s.closed);

  return {
    client,
    state,
    subscriptions,
    provide: { [LIVE_CLIENT as symbol]: client },
    /** The open subscriptions of an operation */
    open,
    /** Sends `data` to every open subscription of the operation, as the server would after a change. */
    emit(name: string, data: unknown): void {
      const targets = open(name);
      if (targets.length === 0) throw new Error(`No open subscription ${name}`);
      for (const s of targets) s.sink.next(data);
    },
    fail(name: string, code: string, messageKey?: string): void {
      for (const s of open(name)) s.sink.error(fromGraphqlError({ message: code, extensions: { code, messageKey } }, name));
    },
  };
}
