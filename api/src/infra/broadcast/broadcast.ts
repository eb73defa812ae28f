import { Logger } from '@nestjs/common';

/** Receives one broadcast message; a handler that throws is logged, never propagated. */
export type BroadcastHandler = (message: string) => void;

/**
 * Fire-and-forget messages to every API instance (Redis pub/sub when
 * configured, else in-process). Delivery is best effort: a message published
 * while the shared bus is down reaches this instance only, so consumers must be
 * able to catch up from their own storage.
 */
export abstract class Broadcast {
  abstract readonly kind: 'redis' | 'memory';

  /** Sends a message to the channel's subscribers on every instance; never rejects. */
  abstract publish(channel: string, message: string): Promise<void>;

  /**
   * Calls the handler for each message on the channel until the returned
   * function is called. Resolves once the subscription is active (or, while the
   * bus is down, registered locally and re-established on reconnection).
   */
  abstract subscribe(channel: string, handler: BroadcastHandler): Promise<() => void>;

  /** Handlers subscribed on this instance: to one channel, or to all of them. */
  abstract subscriberCount(channel?: string): number;

  /**
   * A number that stays the same for as long as this instance has received
   * every message published on any instance to the channels it subscribed;
   * null while it may be missing some (the shared bus is unreachable, or its
   * subscriptions are being restored). What a consumer caches on the promise
   * that a message will invalidate it is sound only while the number it
   * recorded is still the current one.
   */
  abstract deliveryEpoch(): number | null;

  abstract close(): Promise<void>;
}

/** The handlers of this instance, by channel: what both adapters deliver to. */
export class LocalSubscribers {
  private readonly logger = new Logger('Broadcast');
  private readonly channels = new Map<string, Set<BroadcastHandler>>();

  /** Returns true when this is the channel's first handler. */
  add(channel: string, handler: BroadcastHandler): boolean {
    const handlers = this.channels.get(channel);
    if (handlers) {
      handlers.add(handler);
      return false;
    }
    this.channels.set(channel, new Set([handler]));
    return true;
  }

  /** Returns true when the channel has no handler left. */
  remove(channel: string, handler: BroadcastHandler): boolean {
    const handlers = this.channels.get(channel);
    if (!handlers?.delete(handler)) return false;
    if (handlers.size > 0) return false;
    this.channels.delete(channel);
    return true;
  }

  has(channel: string): boolean {
    return this.channels.has(channel);
  }

  channelNames(): string[] {
    return [...this.channels.keys()];
  }

  count(channel?: string): number {
    if (channel !== undefined) return this.channels.get(channel)?.size ?? 0;
    let total = 0;
    for (const handlers of this.channels.values()) total += handlers.size;
    return total;
  }

  deliver(channel: string, message: string): void {
    // A copy: a handler may unsubscribe (itself or another) while we iterate.
    for (const handler of [...(this.channels.get(channel) ?? [])]) {
      try {
        handler(message);
      } catch (err) {
        this.logger.error(`A subscriber of a broadcast channel failed: ${(err as Error).message}`);
      }
    }
  }

  clear(): void {
    this.channels.clear();
  }
}
