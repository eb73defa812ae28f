import type { TicketChangedEvent } from '../../sav';
import { CHAT_LOCALES, type ChatLocale, DEFAULT_CHAT_LOCALE } from '../domain/locales';
import { CHAT_MESSAGES } from '../domain/messages';

/**
 * A conversation is asked for its rating once, when one of its claims moves to
 * `resolved` (an agent or technician closed the case, or the customer accepted
 * an automatic resolution). Claims not made in a chat have nobody to ask.
 */
export function asksForRating(
  event: Pick<TicketChangedEvent, 'sessionId' | 'status' | 'previousStatus'>,
): event is typeof event & { sessionId: string } {
  return (
    event.sessionId !== null && event.status === 'resolved' && event.previousStatus !== 'resolved'
  );
}

/** The request in the conversation's language (French when the locale is unknown). */
export function ratingRequestText(locale: string, ticketReference: string): string {
  const known = (CHAT_LOCALES as readonly string[]).includes(locale)
    ? (locale as ChatLocale)
    : DEFAULT_CHAT_LOCALE;
  return CHAT_MESSAGES[known].ratingRequest.replace('{reference}', ticketReference);
}
