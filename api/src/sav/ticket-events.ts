import type { PriorityLevel, TicketStatus } from './domain/types';

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
  change: 'created' | 'status' | 'priority' | 'assignment' | 'evidence' | 'note' | 'validation';
}
