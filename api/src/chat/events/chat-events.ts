/** What a conversation's live stream carries (GET /chat/sessions/:id/events). */
export const CHAT_EVENT_TYPES = [
  /** A stored line of the conversation: {message: ChatMessageView} (customer, bot or agent). */
  'message',
  /** An agent is typing: {active: boolean}. */
  'typing',
  /** A ticket of this conversation changed: {reference, status, priority}. */
  'ticket',
  /** The conversation's state changed: {state}; `handoff` when a person takes over. */
  'state',
  /** The customer is asked for a 1–5 rating: {ticketReference?}. */
  'rating_request',
] as const;
export type ChatEventType = (typeof CHAT_EVENT_TYPES)[number];

export interface ChatEventView {
  /** Increasing per deployment; a reconnecting client sends the last one as Last-Event-ID. */
  id: string;
  sessionId: string;
  type: ChatEventType;
  data: Record<string, unknown>;
  createdAt: string;
}

/**
 * The port behind live delivery: events are stored (so a reconnecting client
 * gets what it missed) and then broadcast to every API instance.
 */
export abstract class ChatEvents {
  /** Stores the event, then announces it to subscribers on every instance. */
  abstract publish(
    sessionId: string,
    type: ChatEventType,
    data: Record<string, unknown>,
  ): Promise<ChatEventView>;

  /** Several events of one session stored together (in this order), then announced. */
  abstract publishMany(
    sessionId: string,
    events: { type: ChatEventType; data: Record<string, unknown> }[],
  ): Promise<ChatEventView[]>;
}
