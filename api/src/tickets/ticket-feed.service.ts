import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Broadcast } from '../infra/broadcast';
import { TICKET_CHANGED, type TicketChangedEvent } from '../sav';
import type { TicketFeedEventView } from './dto/ticket-feed.dto';

/** The broadcast channel every instance's staff streams listen to (the adapter adds the prefix). */
export const STAFF_TICKETS_CHANNEL = 'staff:tickets';

/** Where one staff stream writes. */
export interface TicketFeedSink {
  event(event: TicketFeedEventView): void;
  /** Hangs up (the server is stopping): the console reconnects to another instance. */
  end(): void;
}

function parse(message: string): TicketFeedEventView | undefined {
  try {
    const event = JSON.parse(message) as Partial<TicketFeedEventView>;
    return typeof event.reference === 'string' && typeof event.status === 'string'
      ? (event as TicketFeedEventView)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The staff's live view of the ticket queue: each committed ticket change is
 * published once on the broadcast bus by the instance that made it, and every
 * instance hands it to its open streams. Nothing is replayed: a console that
 * reconnects reloads its list.
 */
@Injectable()
export class TicketFeedService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(TicketFeedService.name);
  private readonly sinks = new Set<TicketFeedSink>();

  constructor(private readonly broadcast: Broadcast) {}

  @OnEvent(TICKET_CHANGED)
  async onTicketChanged(event: TicketChangedEvent): Promise<void> {
    const frame: TicketFeedEventView = {
      reference: event.reference,
      status: event.status,
      previousStatus: event.previousStatus,
      priority: event.priority,
      change: event.change,
      sessionId: event.sessionId,
      // Emitted right after the commit: now is when the change became visible.
      at: new Date().toISOString(),
    };
    try {
      await this.broadcast.publish(STAFF_TICKETS_CHANNEL, JSON.stringify(frame));
    } catch (err) {
      // The change is committed; a missed live update must not surface as its failure.
      this.logger.warn(
        `Live ticket update for ${event.reference} failed: ${(err as Error).message}`,
      );
    }
  }

  /** Feeds the sink every ticket change, on any instance, until the returned function is called. */
  async follow(sink: TicketFeedSink): Promise<() => void> {
    const unsubscribe = await this.broadcast.subscribe(STAFF_TICKETS_CHANNEL, (message) => {
      const event = parse(message);
      if (event) sink.event(event);
    });
    this.sinks.add(sink);
    return () => {
      if (!this.sinks.delete(sink)) return;
      unsubscribe();
    };
  }

  /** Streams followed on this instance. */
  get followers(): number {
    return this.sinks.size;
  }

  /** Open streams end before the server stops, so shutdown need not wait for them. */
  beforeApplicationShutdown(): void {
    for (const sink of [...this.sinks]) sink.end();
  }
}
