import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TICKET_CHANGED, type TicketChangedEvent } from '../../sav';
import { ChatEvents } from './chat-events';

/** The ticket changes a customer sees live in the conversation the claim came from. */
const SHOWN: ReadonlySet<TicketChangedEvent['change']> = new Set(['created', 'status', 'priority']);

/** Tells a conversation that its ticket was opened, moved on or re-prioritised. */
@Injectable()
export class TicketEventsListener {
  private readonly logger = new Logger(TicketEventsListener.name);

  constructor(private readonly events: ChatEvents) {}

  @OnEvent(TICKET_CHANGED)
  async onTicketChanged(event: TicketChangedEvent): Promise<void> {
    if (!event.sessionId || !SHOWN.has(event.change)) return;
    try {
      await this.events.publish(event.sessionId, 'ticket', {
        reference: event.reference,
        status: event.status,
        priority: event.priority,
      });
    } catch (err) {
      // The ticket change is committed; a missed live update must not surface as its failure.
      this.logger.error(
        `Live update for ticket ${event.reference} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
}
