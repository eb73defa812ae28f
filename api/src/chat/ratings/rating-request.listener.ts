import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TICKET_CHANGED, type TicketChangedEvent } from '../../sav';
import { ChatSessionsService } from '../chat-sessions.service';
import { ChatEvents } from '../events/chat-events';
import { asksForRating, ratingRequestText } from './rating-request';

/** Asks the customer to rate the conversation once their claim is resolved. */
@Injectable()
export class RatingRequestListener {
  private readonly logger = new Logger(RatingRequestListener.name);

  constructor(
    private readonly sessions: ChatSessionsService,
    private readonly events: ChatEvents,
  ) {}

  @OnEvent(TICKET_CHANGED)
  async onTicketChanged(event: TicketChangedEvent): Promise<void> {
    if (!asksForRating(event)) return;
    try {
      const session = await this.sessions.getSession(event.sessionId);
      const ticketReference = event.reference;
      // Stored first: a customer who is not connected now sees it in the transcript later.
      const message = await this.sessions.appendMessage(
        session.id,
        'bot',
        ratingRequestText(session.locale, ticketReference),
        undefined,
        { ratingRequest: true, ticketReference },
      );
      await this.events.publish(session.id, 'message', { message });
      await this.events.publish(session.id, 'rating_request', {
        ticketReference,
        messageId: message.id,
      });
    } catch (err) {
      // The ticket change is committed; a missed rating request must not surface as its failure.
      this.logger.error(
        `Rating request for ticket ${event.reference} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
}
