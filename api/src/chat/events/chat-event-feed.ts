import type { Broadcast } from '../../infra/broadcast';
import type { ChatEventView } from './chat-events';

/** The broadcast channel of one conversation (the adapter adds the deployment's prefix). */
export function chatSessionChannel(sessionId: string): string {
  return `chat:session:${sessionId}`;
}

/**
 * What travels on the bus: the stored event, plus the id of the session's
 * event stored just before it ('0' for the first), so a follower that has
 * exactly that one can deliver it without reading the database.
 */
export interface BroadcastChatEvent extends ChatEventView {
  previousId: string;
}

/** The stored events a feed reads. */
export interface ChatEventSource {
  /** Events of the session after `afterId`, oldest first, at most `limit`. */
  replay(sessionId: string, afterId: string, limit: number): Promise<ChatEventView[]>;
  /** The session's last stored event id, '0' when none. */
  latestId(sessionId: string): Promise<string>;
}

/** Where a feed writes (an SSE stream). */
export interface ChatEventSink {
  /** Each event once, in id order. */
  event(event: ChatEventView): void;
  /** Where a client that reconnects should resume, when no event told it yet. */
  position(id: string): void;
  /** Hangs up (the server is stopping): the client reconnects to another instance. */
  end(): void;
}

export interface ChatEventFeedOptions {
  source: ChatEventSource;
  broadcast: Broadcast;
  sessionId: string;
  sink: ChatEventSink;
  /** How often the database is read even without a broadcast (messages lost while Redis was down). */
  catchUpMs: number;
  onError: (err: unknown) => void;
}

const PAGE = 500;

function parseBroadcast(message: string): BroadcastChatEvent | undefined {
  try {
    const event = JSON.parse(message) as Partial<BroadcastChatEvent>;
    return typeof event.id === 'string' &&
      /^\d+$/.test(event.id) &&
      typeof event.previousId === 'string' &&
      /^\d+$/.test(event.previousId) &&
      typeof event.type === 'string'
      ? (event as BroadcastChatEvent)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One client's view of a conversation's events: what it missed, then live
 * events, each once and in order. It subscribes before reading the database
 * and holds broadcasts back until that read is done, so an event published in
 * between is neither lost nor sent twice. Events of a session are stored in id
 * order (see ChatEventsService.publish), so a broadcast whose previousId is
 * not the last one delivered means one was missed: the database fills the gap.
 */
export class ChatEventFeed {
  private cursor = 0n;
  private live = false;
  private closed = false;
  private readonly early: string[] = [];
  private queue: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ChatEventFeedOptions) {}

  /** Resolves once what the client missed is written; `afterId` is its Last-Event-ID. */
  async start(afterId: string | undefined): Promise<void> {
    const { broadcast, sessionId, source, sink } = this.options;
    try {
      this.unsubscribe = await broadcast.subscribe(chatSessionChannel(sessionId), (message) => {
        if (this.live) this.enqueue(() => this.receive(message));
        else this.early.push(message);
      });
      if (this.closed) return this.close();
      if (afterId === undefined) {
        this.cursor = BigInt(await source.latestId(sessionId));
        if (!this.closed) sink.position(this.cursor.toString());
      } else {
        this.cursor = BigInt(afterId);
        await this.catchUp();
      }
    } catch (err) {
      this.close();
      throw err;
    }
    this.live = true;
    for (const message of this.early.splice(0)) this.enqueue(() => this.receive(message));
    this.timer = setInterval(() => this.enqueue(() => this.catchUp()), this.options.catchUpMs);
    this.timer.unref();
  }

  close(): void {
    this.closed = true;
    this.early.length = 0;
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Serialises deliveries: a catch-up and a broadcast never interleave. */
  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(async () => {
      if (this.closed) return;
      try {
        await task();
      } catch (err) {
        this.options.onError(err);
      }
    });
  }

  private async receive(message: string): Promise<void> {
    const event = parseBroadcast(message);
    if (!event || BigInt(event.id) <= this.cursor) return;
    if (BigInt(event.previousId) === this.cursor) {
      const { id, sessionId, type, data, createdAt } = event;
      this.deliver({ id, sessionId, type, data, createdAt });
    } else {
      await this.catchUp();
    }
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const events = await this.options.source.replay(
        this.options.sessionId,
        this.cursor.toString(),
        PAGE,
      );
      for (const event of events) this.deliver(event);
      if (events.length < PAGE || this.closed) return;
    }
  }

  private deliver(event: ChatEventView): void {
    if (this.closed) return;
    this.options.sink.event(event);
    this.cursor = BigInt(event.id);
  }
}
