/**
 * The after-sales claim, step by step: prove the order (number + e-mail or postcode), pick the
 * product, describe the problem, send the evidence, open the ticket. The proof is never kept.
 */
import type { ClaimAnalysis } from '../../../sav';
import { tCount } from './catalog';
import { extractOrderNumber, extractOrderProof, redactContact } from './extract';
import { asksForHandoff, asksToCancel, hasNoEvidence } from './intents';
import { ORDINALS } from './lexicon';
import {
  decisionSentence,
  evidenceCountWords,
  evidenceShots,
  menuQuickReplies,
  slaSentence,
} from './phrases';
import { statusAfterVerification } from './status-flow';
import { normalise, wordMatches, wordsOf } from './text';
import { answer, handOff, localeOf, newClaim, say, sentences, withMenu, type Turn } from './turn';
import type { ClaimDraft, EvidenceRequest, TurnResult, VerifiedOrder } from './types';

/** After this many failed order checks, a person takes over. */
export const MAX_VERIFICATION_FAILURES = 3;
/** A description shorter than this many words, with no problem word, is asked again. */
const MIN_DESCRIPTION_WORDS = 3;

const TONES = ['calm', 'concerned', 'frustrated', 'angry', 'urgent'] as const;

function claimOf(turn: Turn): ClaimDraft {
  turn.context.claim ??= newClaim();
  const claim = turn.context.claim;
  claim.evidence ??= { photos: 0, videos: 0 };
  claim.verificationFailures ??= 0;
  return claim;
}

const claimQuickReplies = (turn: Turn): string[] => [
  say(turn, 'qr.cancel'),
  say(turn, 'qr.handoff'),
];

export function cancelClaim(turn: Turn): TurnResult {
  delete turn.context.claim;
  delete turn.context.pendingTicketReference;
  return withMenu(turn, 'browsing', say(turn, 'cancel.done'));
}

/** The customer reports a problem: a new claim starts, the first message may already describe it. */
export async function startClaim(turn: Turn): Promise<TurnResult> {
  turn.context.claim = newClaim();
  delete turn.context.pendingTicketReference;
  if (turn.reading.describesProblem)
    turn.context.claim.description = redactContact(turn.reading.text);
  return claimOrderTurn(turn, true);
}

/** State claim_order: collect the order number and its proof, check them, then the product. */
export async function claimOrderTurn(turn: Turn, firstMessage = false): Promise<TurnResult> {
  const { reading, context } = turn;
  const claim = claimOf(turn);
  if (!firstMessage && asksToCancel(reading.tokens)) return cancelClaim(turn);
  if (!firstMessage && asksForHandoff(reading.tokens)) {
    return handOff(turn, 'customer_request', say(turn, 'handoff.ack'));
  }
  if (claim.verified && claim.orderNumber && claim.productChoices?.length) {
    return productChoiceTurn(turn, claim);
  }
  const number = extractOrderNumber(reading.text, !firstMessage);
  if (number) claim.orderNumber = number;
  if (!firstMessage && !claim.description && reading.describesProblem) {
    claim.description = redactContact(reading.text);
  }
  const proof = extractOrderProof(reading.text);
  const ask = (key: 'claim.askOrder' | 'claim.askNumber' | 'claim.askProof') =>
    answer(turn, 'claim_order', {
      text: say(turn, key, { order: claim.orderNumber ?? '' }),
      quickReplies: claimQuickReplies(turn),
    });
  if (!claim.orderNumber) {
    if (context.pendingTicketReference && !proof) {
      return answer(turn, 'claim_order', {
        text: say(turn, 'status.needOwnership'),
        quickReplies: claimQuickReplies(turn),
      });
    }
    return ask(proof ? 'claim.askNumber' : 'claim.askOrder');
  }
  if (!proof) return ask('claim.askProof');
  const order = await turn.tools.verifyOrder(claim.orderNumber, proof);
  return order ? orderVerified(turn, claim, order) : orderNotFound(turn, claim);
}

/** Unknown order and wrong proof get the very same answer: nothing tells which one it was. */
function orderNotFound(turn: Turn, claim: ClaimDraft): TurnResult {
  claim.verificationFailures += 1;
  if (claim.verificationFailures >= MAX_VERIFICATION_FAILURES) {
    return handOff(turn, 'repeated_failure', say(turn, 'handoff.repeatedFailure'));
  }
  return answer(turn, 'claim_order', {
    text: say(turn, 'claim.notFound'),
    quickReplies: claimQuickReplies(turn),
  });
}

async function orderVerified(
  turn: Turn,
  claim: ClaimDraft,
  order: VerifiedOrder,
): Promise<TurnResult> {
  const { context } = turn;
  claim.verified = true;
  claim.orderNumber = order.number;
  context.verifiedOrders = [...new Set([...(context.verifiedOrders ?? []), order.number])];
  const verified = say(turn, 'claim.verified', { order: order.number });
  if (context.pendingTicketReference) return statusAfterVerification(turn, verified);
  const lines = Array.isArray(order.lines) ? order.lines : [];
  if (lines.length > 1) {
    claim.productChoices = lines.map((l) => ({ sku: l.sku, name: l.name }));
    return answer(turn, 'claim_order', {
      text: sentences(verified, say(turn, 'claim.askProduct')),
      quickReplies: claim.productChoices.map((p) => p.name),
    });
  }
  if (lines.length === 1) {
    claim.productSku = lines[0].sku;
    claim.productName = lines[0].name;
  }
  return productKnown(turn, claim, verified);
}

/** Which product of the order: its number in the list, an ordinal, its name or words of it. */
export function chooseProduct(
  text: string,
  choices: readonly { sku: string; name: string }[],
): { sku: string; name: string } | undefined {
  const words = wordsOf(text);
  const digit = words.find((w) => /^\d{1,2}$/.test(w));
  if (digit && Number(digit) >= 1 && Number(digit) <= choices.length)
    return choices[Number(digit) - 1];
  const ordinal = ORDINALS.findIndex((list) => list.some((o) => words.includes(normalise(o))));
  if (ordinal >= 0 && ordinal < choices.length) return choices[ordinal];
  const folded = normalise(text).trim();
  const exact = choices.find(
    (c) => normalise(c.name).trim() === folded || c.sku.toLowerCase() === folded,
  );
  if (exact) return exact;
  const scored = choices
    .map((choice) => ({
      choice,
      score: wordsOf(choice.name)
        .filter((w) => w.length >= 3)
        .filter((w) => words.some((typed) => wordMatches(typed, w))).length,
    }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score > 0 && (!second || best.score > second.score)) return best.choice;
  return undefined;
}

async function productChoiceTurn(turn: Turn, claim: ClaimDraft): Promise<TurnResult> {
  const choices = claim.productChoices ?? [];
  const chosen = chooseProduct(turn.reading.text, choices);
  if (!chosen) {
    return answer(turn, 'claim_order', {
      text: say(turn, 'claim.productNotUnderstood'),
      quickReplies: choices.map((c) => c.name),
    });
  }
  claim.productSku = chosen.sku;
  claim.productName = chosen.name;
  delete claim.productChoices;
  return productKnown(turn, claim);
}

/** The order and product are known: analyse the problem if it was told, else ask for it. */
async function productKnown(turn: Turn, claim: ClaimDraft, lead?: string): Promise<TurnResult> {
  if (claim.description) return analyseClaim(turn, claim, lead);
  const ask = claim.productName
    ? say(turn, 'claim.askDescription', { product: claim.productName })
    : say(turn, 'claim.askDescriptionGeneric');
  return answer(turn, 'claim_description', {
    text: sentences(lead, ask),
    quickReplies: claimQuickReplies(turn),
  });
}

/** State claim_description: the customer's words (added up) are analysed. */
export async function claimDescriptionTurn(turn: Turn): Promise<TurnResult> {
  const { reading } = turn;
  const claim = claimOf(turn);
  if (asksToCancel(reading.tokens)) return cancelClaim(turn);
  if (!claim.verified || !claim.orderNumber) return claimOrderTurn(turn);
  // A request for a person inside a description is collected with the claim; alone, it is obeyed.
  if (asksForHandoff(reading.tokens) && !reading.describesProblem) {
    return handOff(turn, 'customer_request', say(turn, 'handoff.ack'));
  }
  const addition = redactContact(reading.text);
  if (wordsOf(addition).length < MIN_DESCRIPTION_WORDS && !reading.describesProblem) {
    return answer(turn, 'claim_description', {
      text: say(turn, 'claim.describeMore'),
      quickReplies: claimQuickReplies(turn),
    });
  }
  claim.description = [claim.description, addition].filter(Boolean).join('\n');
  return analyseClaim(turn, claim);
}

const inDanger = (analysis: ClaimAnalysis): boolean =>
  analysis.severity === 'P0' ||
  (analysis.factors ?? []).some((f) => f.name === 'criticalWords' && f.points > 0);

function empathyFor(turn: Turn, analysis: ClaimAnalysis): string {
  const level = TONES.find((tone) => tone === analysis.tone?.level) ?? 'calm';
  return sentences(say(turn, `empathy.${level}`), inDanger(analysis) && say(turn, 'safety.stop'));
}

function evidenceRequestOf(
  turn: Turn,
  claim: ClaimDraft,
  analysis: ClaimAnalysis,
): EvidenceRequest {
  return {
    photos: analysis.evidence.photos,
    videos: analysis.evidence.videos,
    shots: evidenceShots(localeOf(turn), analysis),
    received: { ...claim.evidence },
  };
}

async function analyseClaim(turn: Turn, claim: ClaimDraft, lead?: string): Promise<TurnResult> {
  const analysis = await turn.tools.analyzeClaim({
    description: claim.description ?? '',
    orderNumber: claim.orderNumber ?? '',
    ...(claim.productSku ? { productSku: claim.productSku } : {}),
  });
  claim.analysis = analysis;
  const opening = sentences(lead, empathyFor(turn, analysis));
  if (analysis.evidence.photos <= 0 && analysis.evidence.videos <= 0) {
    return openTicket(turn, claim, opening);
  }
  const request = evidenceRequestOf(turn, claim, analysis);
  const text = [
    opening,
    say(turn, 'evidence.request'),
    ...request.shots.map((shot) => `- ${shot}`),
    say(turn, 'evidence.formats'),
    say(turn, 'evidence.noneHint'),
  ].join('\n');
  return answer(turn, 'claim_evidence', {
    text,
    evidenceRequest: request,
    quickReplies: [say(turn, 'qr.noPhoto'), say(turn, 'qr.cancel')],
  });
}

interface AttachmentCount {
  received: number;
  refused: number;
  unverified: number;
}

/** Counts this turn's files into the claim: infected ones are refused, failed scans asked again. */
function receiveAttachments(turn: Turn, claim: ClaimDraft): AttachmentCount {
  const count: AttachmentCount = { received: 0, refused: 0, unverified: 0 };
  const attachments = Array.isArray(turn.input.attachments) ? turn.input.attachments : [];
  for (const file of attachments) {
    if (file?.scanStatus === 'infected') count.refused += 1;
    else if (file?.scanStatus === 'error') count.unverified += 1;
    else if (file?.kind === 'video') {
      claim.evidence.videos += 1;
      count.received += 1;
    } else if (file) {
      claim.evidence.photos += 1;
      count.received += 1;
    }
  }
  return count;
}

const evidenceComplete = (claim: ClaimDraft, analysis: ClaimAnalysis): boolean =>
  claim.evidence.photos >= analysis.evidence.photos &&
  claim.evidence.videos >= analysis.evidence.videos;

/** State claim_evidence: files come in until the request is met or the customer has no more. */
export async function claimEvidenceTurn(turn: Turn): Promise<TurnResult> {
  const { reading } = turn;
  const claim = claimOf(turn);
  if (asksToCancel(reading.tokens)) return cancelClaim(turn);
  const analysis = claim.analysis;
  if (!analysis || !claim.verified || !claim.orderNumber) return claimOrderTurn(turn);
  const count = receiveAttachments(turn, claim);
  const receipt = sentences(
    count.received > 0 && tCount(localeOf(turn), 'evidence.received', count.received),
    count.refused > 0 && tCount(localeOf(turn), 'evidence.infected', count.refused),
    count.unverified > 0 && tCount(localeOf(turn), 'evidence.unverified', count.unverified),
  );
  if (asksForHandoff(reading.tokens)) return openTicket(turn, claim, receipt, 'customer_request');
  if (evidenceComplete(claim, analysis) || hasNoEvidence(reading.tokens)) {
    return openTicket(turn, claim, receipt);
  }
  const details =
    count.received + count.refused + count.unverified === 0 ? redactContact(reading.text) : '';
  if (details) claim.description = [claim.description, details].filter(Boolean).join('\n');
  const missing = evidenceCountWords(
    localeOf(turn),
    Math.max(0, analysis.evidence.photos - claim.evidence.photos),
    Math.max(0, analysis.evidence.videos - claim.evidence.videos),
  );
  return answer(turn, 'claim_evidence', {
    text: sentences(
      receipt,
      details && say(turn, 'evidence.detailsNoted'),
      say(turn, 'evidence.missing', { missing }),
      say(turn, 'evidence.noneHint'),
    ),
    evidenceRequest: evidenceRequestOf(turn, claim, analysis),
    quickReplies: [say(turn, 'qr.noPhoto'), say(turn, 'qr.cancel')],
  });
}

/**
 * Opens the ticket and tells the customer its reference, priority, deadlines and what happens
 * next. An escalation (or a request for a person) hands the conversation over.
 */
async function openTicket(
  turn: Turn,
  claim: ClaimDraft,
  lead: string,
  requested?: 'customer_request',
): Promise<TurnResult> {
  const { context } = turn;
  const locale = localeOf(turn);
  const opened = await turn.tools.openTicket({
    orderNumber: claim.orderNumber ?? '',
    ...(claim.productSku ? { productSku: claim.productSku } : {}),
    description: claim.description ?? '',
    locale,
  });
  const { ticket, recap, decision } = opened;
  context.tickets = [...new Set([...(context.tickets ?? []), ticket.reference])];
  context.claim = { ...newClaim(), ticketReference: ticket.reference };
  const escalated = decision?.action === 'escalate';
  const text = sentences(
    lead,
    say(turn, 'ticket.opened', { reference: ticket.reference }),
    slaSentence(locale, ticket, turn.input.now, claim.analysis?.sla),
    decision && decisionSentence(locale, decision),
    recap?.emailedTo && say(turn, 'ticket.emailed', { email: recap.emailedTo }),
    requested && !escalated && say(turn, 'handoff.ack'),
  );
  const reply = {
    text,
    ticket: { reference: ticket.reference, status: ticket.status, priority: ticket.priority },
    ...(recap ? { recap } : {}),
  };
  if (escalated) return handOff(turn, 'escalation', text, reply);
  if (requested) return handOff(turn, requested, text, reply);
  return answer(turn, 'claim_submitted', { ...reply, quickReplies: menuQuickReplies(locale) });
}
