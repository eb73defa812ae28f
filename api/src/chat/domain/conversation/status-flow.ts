/**
 * "Où en est mon dossier ?": a ticket's status is told only when the ticket belongs to this
 * conversation or to an order proven here; otherwise the customer proves the order first.
 */
import { ticketStatusSentence, menuQuickReplies } from './phrases';
import { answer, localeOf, newClaim, say, sentences, type Turn } from './turn';
import type { ConversationState, TicketSummary, TurnResult } from './types';

function statusReply(
  turn: Turn,
  ticket: TicketSummary,
  state: ConversationState,
  lead?: string,
): TurnResult {
  return answer(turn, state, {
    text: sentences(lead, ticketStatusSentence(localeOf(turn), ticket.status, ticket.reference)),
    ticket: { reference: ticket.reference, status: ticket.status, priority: ticket.priority },
    quickReplies: menuQuickReplies(localeOf(turn)),
  });
}

/** A status question: the reference given, else the latest ticket of this conversation. */
export async function statusTurn(turn: Turn, state: ConversationState): Promise<TurnResult> {
  const { context, reading } = turn;
  const reference = reading.ticketReference ?? context.tickets?.at(-1);
  if (!reference) {
    return answer(turn, state, {
      text: say(turn, 'status.askReference'),
      quickReplies: [say(turn, 'qr.handoff')],
    });
  }
  const ticket = await turn.tools.ticketStatus(reference);
  if (ticket) return statusReply(turn, ticket, state);
  // Unknown or not ours: the same answer, and the order must be proven first.
  context.pendingTicketReference = reference;
  context.claim = newClaim();
  return answer(turn, 'claim_order', {
    text: say(turn, 'status.needOwnership'),
    quickReplies: [say(turn, 'qr.cancel'), say(turn, 'qr.handoff')],
  });
}

/** The order was just proven: the pending status question is asked again. */
export async function statusAfterVerification(turn: Turn, lead: string): Promise<TurnResult> {
  const { context } = turn;
  const reference = context.pendingTicketReference ?? '';
  delete context.pendingTicketReference;
  delete context.claim;
  const ticket = reference ? await turn.tools.ticketStatus(reference) : null;
  if (ticket) return statusReply(turn, ticket, 'browsing', lead);
  return answer(turn, 'browsing', {
    text: sentences(lead, say(turn, 'status.notOnOrder', { reference })),
    quickReplies: [say(turn, 'qr.handoff'), ...menuQuickReplies(localeOf(turn))],
  });
}

/**
 * A status question in the middle of a claim: answered where the claim stands (its draft is
 * kept), for a ticket of this conversation or of an order proved in it; else the customer is
 * told it is not one of theirs here, and the claim goes on.
 */
export async function statusDuringClaim(
  turn: Turn,
  state: ConversationState,
  reference: string,
): Promise<TurnResult> {
  const ticket = await turn.tools.ticketStatus(reference);
  if (ticket) return statusReply(turn, ticket, state);
  return answer(turn, state, {
    text: say(turn, 'status.notOnOrder', { reference }),
    quickReplies: [say(turn, 'qr.cancel'), say(turn, 'qr.handoff')],
  });
}
