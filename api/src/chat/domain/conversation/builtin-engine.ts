/**
 * The built-in conversation engine: deterministic, no network. Each turn reads the message
 * once (language, intent, criteria, identifiers), then the current state's flow answers.
 */
import { CHAT_LOCALES, DEFAULT_CHAT_LOCALE, type ChatLocale } from '../locales';
import { CONVERSATION_STATES } from '../states';
import { conversationTurn } from './browsing';
import { claimDescriptionTurn, claimEvidenceTurn, claimOrderTurn } from './claim-flow';
import { asksBackToAssistant, readMessage } from './intents';
import { replyLanguage } from './language';
import { statusDuringClaim } from './status-flow';
import { menuQuickReplies } from './phrases';
import { answer, say, withMenu, type Turn } from './turn';
import {
  emptyContext,
  type ConversationContext,
  type ConversationEngine,
  type ConversationState,
  type ConversationTools,
  type TurnInput,
  type TurnResult,
} from './types';

const isLocale = (value: unknown): value is ChatLocale =>
  (CHAT_LOCALES as readonly unknown[]).includes(value);
const isState = (value: unknown): value is ConversationState =>
  (CONVERSATION_STATES as readonly unknown[]).includes(value);

/** A private copy of the stored context, repaired where it is not what it should be. */
function copyContext(stored: ConversationContext | undefined): ConversationContext {
  const base = emptyContext(DEFAULT_CHAT_LOCALE);
  if (!stored || typeof stored !== 'object') return base;
  const copy = JSON.parse(JSON.stringify(stored)) as ConversationContext;
  return {
    ...base,
    ...copy,
    locale: isLocale(copy.locale) ? copy.locale : DEFAULT_CHAT_LOCALE,
    criteria: copy.criteria && typeof copy.criteria === 'object' ? copy.criteria : {},
    turns: Number.isFinite(copy.turns) ? copy.turns : 0,
  };
}

function beginTurn(input: TurnInput, tools: ConversationTools): Turn {
  const context = copyContext(input.context);
  const text = typeof input.text === 'string' ? input.text : '';
  const { locale, switchRequested } = replyLanguage(text, context.locale);
  context.locale = locale;
  context.turns += 1;
  return {
    input,
    tools,
    context,
    switchRequested,
    reading: readMessage(text, context.awaitingRating === true),
  };
}

/** In handoff a person answers: the bot keeps quiet unless asked to come back. */
function handoffTurn(turn: Turn): TurnResult {
  if (asksBackToAssistant(turn.reading.tokens)) {
    return withMenu(turn, 'browsing', say(turn, 'handoff.back'));
  }
  return { state: 'handoff', context: turn.context, reply: null };
}

function routeByState(turn: Turn, state: ConversationState): Promise<TurnResult> | TurnResult {
  switch (state) {
    case 'closed':
      return answer(turn, 'closed', { text: say(turn, 'closed.reply') });
    case 'handoff':
      return handoffTurn(turn);
    case 'claim_order':
      return claimOrderTurn(turn);
    case 'claim_description':
    case 'claim_evidence':
      // "Où en est mon dossier SAV-…" during a claim is a question, not more description.
      if (turn.reading.intent === 'status' && turn.reading.ticketReference) {
        return statusDuringClaim(turn, state, turn.reading.ticketReference);
      }
      return state === 'claim_description' ? claimDescriptionTurn(turn) : claimEvidenceTurn(turn);
    default:
      return conversationTurn(turn, state);
  }
}

export class BuiltInConversationEngine implements ConversationEngine {
  readonly name = 'builtin';

  async respond(input: TurnInput, tools: ConversationTools): Promise<TurnResult> {
    const turn = beginTurn(input, tools);
    const state: ConversationState = isState(input.state) ? input.state : 'browsing';
    const before = copyContext(turn.context);
    try {
      return await routeByState(turn, state);
    } catch {
      // A failing tool must not break the conversation: the context stays as it was before the
      // flow started, and the customer can retry or ask for a person.
      return {
        state,
        context: before,
        reply: {
          text: say(turn, 'technical.error'),
          quickReplies: [say(turn, 'qr.handoff'), ...menuQuickReplies(before.locale)],
        },
      };
    }
  }
}
