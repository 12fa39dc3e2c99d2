import type { OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { reportErrors } from '../redis/redis.module';
import { EventBus, type Subscription } from './event-bus';
import { InMemoryEventBus } from './in-memory-event-bus';


/**
 * Live events for several instances: `publish` goes to Redis, and each instance holds one subscriber
 * connection that hands what it receives to its local subscribers (an in-memory bus, with its bounded
 * queues). A Redis channel is subscribed while at least one local subscriber follows the topic and
 * unsubscribed when the last one leaves. ioredis reconnects and re-subscribes by itself after a
 * Redis restart; events published while the link was down are lost, and the next change brings every
 * screen up to date again (subscribers receive whole views, not deltas).
 */
export class RedisEventBus extends EventBus implements OnApplicationShutdown {
  private readonly local = new InMemoryEventBus();
  private readonly subscriber: Redis;
  /** The SUBSCRIBE in flight or done for each followed topic: later subscribers wait for the same one. */
  private readonly subscribed = new Map<string, Promise<void>>();
  /** Channels are namespaced (REDIS_PREFIX) so a Redis shared with other software or deployments never mixes events. */
  private readonly channelPrefix: string;

  constructor(private readonly publisher: Redis) {
    super();
    this.channelPrefix = `${publisher.options.keyPrefix ?? ''}events:`;
    this.subscriber = reportErrors(publisher.duplicate());
    this.subscriber.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(this.channelPrefix)) return;
      let payload: unknown;
      try {
        payload = JSON.parse(message);
      } catch {
        return; // not ours: someone else wrote to our channel
      }
      void this.local.publish(channel.slice(this.channelPrefix.length), payload);
    });
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    await this.publisher.publish(this.channelPrefix + topic, JSON.stringify(payload));
  }

  subscribe<T>(topic: string): Subscription<T> {
    const inner = this.local.subscribe<T>(topic);
    // Sent at once, before the caller reads the current state, so no later change slips past.
    let ready = this.subscribed.get(topic);
    if (!ready) {
      ready = this.subscriber.subscribe(this.channelPrefix + topic).then(() => undefined);
      ready.catch(() => this.subscribed.delete(topic));
      this.subscribed.set(topic, ready);
    }
    let ended = false;
    const end = async (): Promise<void> => {
      if (ended) return;
      ended = true;
      await inner.return?.();
      if (this.local.listenerCount(topic) > 0) return;
      this.subscribed.delete(topic);
      await this.subscriber.unsubscribe(this.channelPrefix + topic).catch(() => undefined);
    };
    return {
      ready: ready.catch(() => undefined),
      next: async () => {
        await ready!;
        return inner.next();
      },
      return: async () => {
        await end();
        return { value: undefined, done: true };
      },
      throw: async (error?: unknown) => {
        await end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Local subscribers of a topic on this instance (for tests). */
  listenerCount(topic: string): number {
    return this.local.listenerCount(topic);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber.quit().catch(() => this.subscriber.disconnect());
  }
}
