import { once } from 'node:events';
import { Logger } from '@nestjs/common';
import Redis, { type RedisOptions } from 'ioredis';
import { Broadcast, type BroadcastHandler, LocalSubscribers } from './broadcast';

/** How long boot waits for Redis before starting degraded. */
const CONNECT_WAIT_MS = 2_000;
/** After a failed SUBSCRIBE on a live connection, when the channels are subscribed again. */
const RESUBSCRIBE_RETRY_MS = 1_000;

/**
 * Redis pub/sub adapter. Two connections: a subscribed connection cannot run
 * other commands. ioredis' keyPrefix does not apply to channels, so channel
 * names carry the prefix here (deployments and test files sharing one Redis
 * stay apart). Never throws on Redis trouble: a failed publish is delivered to
 * this instance's subscribers, and the subscriber re-subscribes on reconnection.
 */
export class RedisBroadcast extends Broadcast {
  readonly kind = 'redis' as const;
  private readonly logger = new Logger('Broadcast');
  private readonly subscribers = new LocalSubscribers();
  /** The sides currently down, with the error that took them down. */
  private readonly problems = new Map<'publish' | 'subscribe', string>();
  private closed = false;
  /** See deliveryEpoch: moves on every loss of the subscriber connection and every restore. */
  private epoch = 0;
  /** True once the subscriber connection holds every channel again since it last (re)connected. */
  private listening = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
  ) {
    super();
    publisher.on('error', (err: Error) => this.down('publish', err));
    publisher.on('ready', () => this.up('publish'));
    subscriber.on('error', (err: Error) => this.down('subscribe', err));
    subscriber.on('ready', () => {
      this.up('subscribe');
      this.resubscribe();
    });
    // Whatever was published until the channels are subscribed again is lost to this instance.
    subscriber.on('close', () => {
      this.listening = false;
      this.epoch += 1;
    });
    subscriber.on('message', (channel: string, message: string) => {
      if (channel.startsWith(this.prefix)) {
        this.subscribers.deliver(channel.slice(this.prefix.length), message);
      }
    });
  }

  /** Connects both sides; waits briefly for Redis so a healthy boot starts subscribed. */
  static async connect(url: string, keyPrefix: string): Promise<RedisBroadcast> {
    const options: RedisOptions = {
      lazyConnect: false,
      // Fail fast instead of queueing while Redis is down; subscriptions are replayed on 'ready'.
      enableOfflineQueue: false,
      autoResubscribe: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    };
    const broadcast = new RedisBroadcast(
      new Redis(url, { ...options, connectionName: `${keyPrefix}broadcast-pub` }),
      new Redis(url, { ...options, connectionName: `${keyPrefix}broadcast-sub` }),
      keyPrefix,
    );
    await broadcast.ready(CONNECT_WAIT_MS);
    return broadcast;
  }

  /** Resolves when both connections are ready, or after `timeoutMs` (then degraded). */
  async ready(timeoutMs: number): Promise<void> {
    const signal = AbortSignal.timeout(timeoutMs);
    await Promise.all(
      [this.publisher, this.subscriber].map((client) =>
        client.status === 'ready'
          ? Promise.resolve()
          : once(client, 'ready', { signal }).then(
              () => undefined,
              () => undefined,
            ),
      ),
    );
  }

  async publish(channel: string, message: string): Promise<void> {
    if (this.closed) return;
    try {
      await this.publisher.publish(this.prefix + channel, message);
      this.up('publish');
    } catch (err) {
      this.down('publish', err as Error);
      // Other instances miss it (their consumers catch up from storage); this one need not.
      this.subscribers.deliver(channel, message);
      return;
    }
    // A subscriber that is reconnecting will never see this message come back.
    if (this.subscriber.status !== 'ready') this.subscribers.deliver(channel, message);
  }

  async subscribe(channel: string, handler: BroadcastHandler): Promise<() => void> {
    const entry: BroadcastHandler = (message) => handler(message);
    const first = this.subscribers.add(channel, entry);
    if (first && this.subscriber.status === 'ready') {
      // While Redis is down the channel stays registered locally; 'ready' subscribes it.
      await this.subscriber.subscribe(this.prefix + channel).catch((err: Error) => {
        this.notListening(err);
      });
    }
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      const last = this.subscribers.remove(channel, entry);
      if (last && !this.closed && this.subscriber.status === 'ready') {
        this.subscriber.unsubscribe(this.prefix + channel).catch(() => undefined);
      }
    };
  }

  subscriberCount(channel?: string): number {
    return this.subscribers.count(channel);
  }

  deliveryEpoch(): number | null {
    return this.listening && this.subscriber.status === 'ready' ? this.epoch : null;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.subscribers.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private resubscribe(): void {
    const channels = this.subscribers.channelNames().map((c) => this.prefix + c);
    const listening = () => {
      this.up('subscribe');
      this.listening = true;
      this.epoch += 1;
    };
    if (channels.length === 0) return listening();
    this.subscriber.subscribe(...channels).then(listening, (err: Error) => this.notListening(err));
  }

  /**
   * A channel of this instance may not be subscribed while the connection is up (a SUBSCRIBE
   * that failed): nothing is sound on the promise of a message until every channel is again.
   */
  private notListening(err: Error): void {
    this.down('subscribe', err);
    this.listening = false;
    this.epoch += 1;
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (!this.closed && this.subscriber.status === 'ready') this.resubscribe();
    }, RESUBSCRIBE_RETRY_MS);
    this.retry.unref();
  }

  private down(side: 'publish' | 'subscribe', err: Error): void {
    // One line per outage: ioredis reports every failed retry, in varying words.
    if (this.closed || this.problems.has(side)) return;
    this.problems.set(side, err.message);
    this.logger.warn(`Redis ${side} side unavailable, delivering locally only: ${err.message}`);
  }

  private up(side: 'publish' | 'subscribe'): void {
    if (!this.problems.delete(side)) return;
    this.logger.log(`Redis ${side} side restored`);
  }
}
