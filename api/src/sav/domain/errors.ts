import type { TicketStatus } from './types';

/**
 * A ticket was asked to move to a status its lifecycle does not allow.
 * Plain Error so the domain stays framework-free; the problem filter maps it to 409.
 */
export class IllegalTransitionError extends Error {
  constructor(
    readonly from: TicketStatus,
    readonly to: TicketStatus,
  ) {
    super(`Illegal ticket status transition from "${from}" to "${to}"`);
    this.name = 'IllegalTransitionError';
  }
}
