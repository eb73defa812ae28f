import { Broadcast, type BroadcastHandler, LocalSubscribers } from './broadcast';

/** The embedded default: one process, so every subscriber is local. */
export class MemoryBroadcast extends Broadcast {
  readonly kind = 'memory' as const;
  private readonly subscribers = new LocalSubscribers();

  async publish(channel: string, message: string): Promise<void> {
    // Asynchronous like Redis: a publisher never re-enters its own handlers synchronously.
    await Promise.resolve();
    this.subscribers.deliver(channel, message);
  }

  async subscribe(channel: string, handler: BroadcastHandler): Promise<() => void> {
    // A closure of its own: subscribing one function twice makes two subscriptions.
    const entry: BroadcastHandler = (message) => handler(message);
    this.subscribers.add(channel, entry);
    return () => {
      this.subscribers.remove(channel, entry);
    };
  }

  /** In one process nothing is ever missed. */
  deliveryEpoch(): number {
    return 0;
  }

  subscriberCount(channel?: string): number {
    return this.subscribers.count(channel);
  }

  async close(): Promise<void> {
    this.subscribers.clear();
  }
}
