import type { TicketStatus, TicketView } from './ticket-types';

/** Statuses that end the work on a ticket: its SLA clock stops. */
export const CLOSING_STATUSES: readonly TicketStatus[] = [
  'auto_resolved',
  'resolved',
  'closed',
  'cancelled',
];

/** Where one SLA deadline stands at a given time. */
export type DeadlineState =
  | { readonly kind: 'done' }
  | { readonly kind: 'met' }
  | { readonly kind: 'due'; readonly remainingMs: number }
  | { readonly kind: 'overdue'; readonly overdueMs: number };

export type SlaTarget = 'response' | 'intervention';

type SlaTicket = Pick<TicketView, 'status' | 'sla'>;

function isClosed(ticket: SlaTicket): boolean {
  return CLOSING_STATUSES.includes(ticket.status);
}

function against(dueAt: string, now: number, breached: boolean): DeadlineState {
  const due = Date.parse(dueAt);
  if (breached || now > due) return { kind: 'overdue', overdueMs: Math.max(now - due, 0) };
  return { kind: 'due', remainingMs: due - now };
}

/** The response deadline: met or missed once an agent first answered, else still running. */
export function responseState(ticket: SlaTicket, now: number): DeadlineState {
  const { responseDueAt, respondedAt, responseBreached } = ticket.sla;
  if (respondedAt) {
    const late = Date.parse(respondedAt) - Date.parse(responseDueAt);
    return late > 0 ? { kind: 'overdue', overdueMs: late } : { kind: 'met' };
  }
  if (isClosed(ticket)) return { kind: 'done' };
  return against(responseDueAt, now, responseBreached);
}

export function interventionState(ticket: SlaTicket, now: number): DeadlineState {
  if (isClosed(ticket)) return { kind: 'done' };
  return against(ticket.sla.interventionDueAt, now, ticket.sla.interventionBreached);
}

/** The deadline that matters now: the response until someone answered, then the intervention. */
export function currentDeadline(
  ticket: SlaTicket,
  now: number,
): { readonly target: SlaTarget; readonly state: DeadlineState } {
  if (isClosed(ticket)) return { target: 'intervention', state: { kind: 'done' } };
  if (ticket.sla.respondedAt)
    return { target: 'intervention', state: interventionState(ticket, now) };
  return { target: 'response', state: responseState(ticket, now) };
}

/** `hh:mm:ss` and whole days, for a live countdown. */
export function splitDuration(ms: number): { readonly days: number; readonly clock: string } {
  const total = Math.floor(Math.max(ms, 0) / 1_000);
  const days = Math.floor(total / 86_400);
  const pad = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor((total % 86_400) / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  return { days, clock: `${pad(hours)}:${pad(minutes)}:${pad(total % 60)}` };
}
