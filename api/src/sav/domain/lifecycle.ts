/**
 * Ticket lifecycle (spec section 7). The happy path is walked one step at a time; any other
 * move is refused, which the API reports as 409.
 *
 * Choices where the spec is silent:
 * - `resolved` is still open until `closed` (the customer may still answer), so a resolved
 *   ticket can be cancelled; `closed` and `cancelled` are final.
 * - `auto_resolved → resolved` when the customer accepts, `auto_resolved → in_progress` when
 *   they contest and a person takes the ticket over.
 * - No step is skipped and no ticket reopens: each change stays meaningful on the timeline.
 */
import { IllegalTransitionError } from './errors';
import { TICKET_STATUSES, type TicketStatus } from './types';

const FINAL: readonly TicketStatus[] = ['closed', 'cancelled'];

const NEXT: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['problem_analysis'],
  problem_analysis: ['warranty_check'],
  warranty_check: ['evidence_collection'],
  evidence_collection: ['priority_assessment'],
  priority_assessment: ['decision_pending'],
  decision_pending: ['auto_resolved', 'escalated_to_human', 'awaiting_technician'],
  auto_resolved: ['resolved', 'in_progress'],
  escalated_to_human: ['in_progress'],
  awaiting_technician: ['in_progress'],
  in_progress: ['resolved'],
  resolved: ['closed'],
  closed: [],
  cancelled: [],
};

const isStatus = (value: unknown): value is TicketStatus =>
  (TICKET_STATUSES as readonly unknown[]).includes(value);

/** Not closed and not cancelled (a resolved ticket is open until closed). */
export function isOpen(status: TicketStatus): boolean {
  return isStatus(status) && !FINAL.includes(status);
}

/** The statuses reachable from `from` in one step, in lifecycle order. */
export function allowedTransitions(from: TicketStatus): TicketStatus[] {
  if (!isStatus(from)) return [];
  return isOpen(from) ? [...NEXT[from], 'cancelled'] : [];
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return isStatus(to) && allowedTransitions(from).includes(to);
}

export function assertTransition(from: TicketStatus, to: TicketStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}
