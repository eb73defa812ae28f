import type { PriorityLevel, TicketStatus } from './domain/types';

/** What a ticket change was. */
export const TICKET_CHANGES = [
  'created',
  'status',
  'priority',
  'assignment',
  'evidence',
  'note',
  'validation',
] as const;
export type TicketChange = (typeof TICKET_CHANGES)[number];

/** Emitted (in-process) after a ticket change is committed; live delivery and recaps listen. */
export const TICKET_CHANGED = 'ticket.changed';

export interface TicketChangedEvent {
  ticketId: string;
  reference: string;
  /** The conversation the claim came from, if any. */
  sessionId: string | null;
  status: TicketStatus;
  previousStatus: TicketStatus | null;
  priority: PriorityLevel;
  change: TicketChange;
}
