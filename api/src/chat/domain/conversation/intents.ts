/**
 * What the customer wants from one message, read from the keyword lists. The order of the
 * checks is the order of precedence: a problem report beats a greeting ("Bonjour, mon canapé
 * est cassé"), a status question beats a problem word ("où en est mon dossier SAV-…").
 */
import { extractCriteria, hasCriteria, type CriteriaUpdate } from './criteria';
import { extractRating, extractTicketReference } from './extract';
import {
  BACK_TO_ASSISTANT,
  CANCEL,
  CLAIM_REQUEST,
  CLAIM_SYMPTOMS,
  FAQ_MENU,
  FAQ_TOPICS,
  GOODBYE,
  GREETING,
  HANDOFF,
  NO_EVIDENCE,
  PRODUCT_REQUEST,
  QUESTION_OPENERS,
  STATUS_REQUEST,
  THANKS,
} from './lexicon';
import { findKeywords, mentions, mentionsAny, tokenize } from './text';

export type Intent =
  | 'rating'
  | 'handoff'
  | 'back_to_assistant'
  | 'cancel'
  | 'status'
  | 'claim'
  | 'goodbye'
  | 'product_search'
  | 'faq_menu'
  | 'question'
  | 'thanks'
  | 'greeting'
  | 'unknown';

/** One reading of a message, shared by the whole turn. */
export interface Reading {
  text: string;
  tokens: string[];
  intent: Intent;
  criteria: CriteriaUpdate;
  ticketReference?: string;
  /** A problem is described (not only announced): the message can serve as the claim description. */
  describesProblem: boolean;
  looksLikeQuestion: boolean;
  mentionsFaqTopic: boolean;
  rating?: number;
}

function looksLikeQuestion(text: string, tokens: readonly string[]): boolean {
  if (/[?؟]/.test(text)) return true;
  return findKeywords(tokens, QUESTION_OPENERS).some((hit) => hit.index === 0);
}

export const asksForHandoff = (tokens: readonly string[]): boolean => mentions(tokens, HANDOFF);
export const asksToCancel = (tokens: readonly string[]): boolean => mentions(tokens, CANCEL);
export const hasNoEvidence = (tokens: readonly string[]): boolean =>
  mentionsAny(tokens, NO_EVIDENCE);
export const asksBackToAssistant = (tokens: readonly string[]): boolean =>
  mentions(tokens, BACK_TO_ASSISTANT);
export const describesProblem = (tokens: readonly string[]): boolean =>
  mentions(tokens, CLAIM_SYMPTOMS);

function intentOf(r: Omit<Reading, 'intent'>, awaitingRating: boolean): Intent {
  const { tokens } = r;
  if (awaitingRating && r.rating !== undefined) return 'rating';
  if (asksBackToAssistant(tokens)) return 'back_to_assistant';
  if (asksForHandoff(tokens)) return 'handoff';
  if (asksToCancel(tokens)) return 'cancel';
  if (r.ticketReference || mentions(tokens, STATUS_REQUEST)) return 'status';
  if (r.describesProblem || mentions(tokens, CLAIM_REQUEST)) return 'claim';
  if (mentions(tokens, GOODBYE)) return 'goodbye';
  if (r.looksLikeQuestion && r.mentionsFaqTopic) return 'question';
  if (r.criteria.category || hasCriteria(r.criteria) || mentions(tokens, PRODUCT_REQUEST)) {
    return 'product_search';
  }
  if (mentions(tokens, FAQ_MENU)) return 'faq_menu';
  if (r.looksLikeQuestion) return 'question';
  if (mentions(tokens, THANKS)) return 'thanks';
  if (mentions(tokens, GREETING)) return 'greeting';
  return 'unknown';
}

/** Reads a message once: its intent and everything the turn may need from it. */
export function readMessage(text: string, awaitingRating = false): Reading {
  const safe = typeof text === 'string' ? text : '';
  const tokens = tokenize(safe);
  const partial = {
    text: safe,
    tokens,
    criteria: extractCriteria(safe, tokens),
    ticketReference: extractTicketReference(safe),
    describesProblem: describesProblem(tokens),
    looksLikeQuestion: looksLikeQuestion(safe, tokens),
    mentionsFaqTopic: mentions(tokens, FAQ_TOPICS),
    rating: extractRating(safe),
  };
  return { ...partial, intent: intentOf(partial, awaitingRating) };
}
