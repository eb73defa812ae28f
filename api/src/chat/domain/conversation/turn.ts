/** One customer turn as the engine's flows see it, and the shapes of their answers. */
import type { ChatLocale } from '../locales';
import { t, type CatalogKey, type Params } from './catalog';
import type { Reading } from './intents';
import { menuQuickReplies } from './phrases';
import type {
  BotReply,
  ClaimDraft,
  ConversationContext,
  ConversationState,
  ConversationTools,
  TurnInput,
  TurnResult,
} from './types';

export interface Turn {
  readonly input: TurnInput;
  readonly tools: ConversationTools;
  readonly reading: Reading;
  /** This turn's context, already copied: flows may change it. */
  readonly context: ConversationContext;
  /** The customer asked for a language in this message. */
  readonly switchRequested: boolean;
}

export const localeOf = (turn: Turn): ChatLocale => turn.context.locale;

export const say = (turn: Turn, key: CatalogKey, params?: Params): string =>
  t(localeOf(turn), key, params);

/** Sentences joined into one message, empty ones left out. */
export const sentences = (...parts: (string | undefined | false)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');

export function answer(
  turn: Turn,
  state: ConversationState,
  reply: BotReply,
  handoff?: TurnResult['handoff'],
): TurnResult {
  return { state, context: turn.context, reply, ...(handoff ? { handoff } : {}) };
}

/** A reply offering the four starting points. */
export function withMenu(turn: Turn, state: ConversationState, text: string): TurnResult {
  return answer(turn, state, { text, quickReplies: menuQuickReplies(localeOf(turn)) });
}

export function newClaim(): ClaimDraft {
  return { verificationFailures: 0, evidence: { photos: 0, videos: 0 } };
}

/** A person takes over: the customer is told so, the bot goes quiet. */
export function handOff(
  turn: Turn,
  reason: NonNullable<TurnResult['handoff']>['reason'],
  text: string,
  extra: Partial<BotReply> = {},
): TurnResult {
  return answer(turn, 'handoff', { ...extra, text }, { reason });
}
