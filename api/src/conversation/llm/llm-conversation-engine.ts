/**
 * The language-model conversation engine. The built-in engine decides (state, context,
 * cards, claim steps, tickets); the model only writes the words the customer reads, from
 * the FACTS of that decision, and may look up products and FAQ answers. Whatever goes wrong
 * with the model, the built-in reply is returned: the customer always gets an answer and
 * the draft's side effects (a ticket opened) never happen twice.
 */
import { Logger } from '@nestjs/common';
import {
  BuiltInConversationEngine,
  type BotReply,
  type ConversationEngine,
  type ConversationState,
  type ConversationTools,
  type FaqAnswer,
  type ProductCard,
  type TurnHooks,
  type TurnInput,
  type TurnResult,
} from '../../chat';
import {
  LlmUnavailableError,
  type LlmCompletion,
  type LlmMessage,
  type LlmRequest,
} from '../../infra/llm';
import { allowanceFrom, inventions, type Allowance } from './guard';
import { LLM_TOOLS, runToolCall } from './llm-tools';
import { buildMessages, factsOf, serialiseFacts, type Facts } from './prompt';

/** What the engine needs of the language model; `LlmService` satisfies it. */
export interface LlmCompleter {
  complete(request: LlmRequest, onDelta?: (text: string) => void): Promise<LlmCompletion>;
}

export interface LlmEngineOptions {
  /** Completions that may end in tool calls before the model must answer. */
  maxToolRounds: number;
  maxTokens: number;
  temperature: number;
  /** A longer text is taken as a model gone astray. */
  maxReplyChars: number;
}

export const DEFAULT_LLM_ENGINE_OPTIONS: LlmEngineOptions = {
  maxToolRounds: 2,
  maxTokens: 400,
  temperature: 0.4,
  maxReplyChars: 1_200,
};

/** States of the open conversation, where looking up products or the FAQ makes sense. */
const TOOL_STATES: readonly ConversationState[] = ['browsing', 'faq', 'claim_submitted'];

/** Why the model's text was not used; logged, never shown. */
class Fallback extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** A sentence end followed by a space: text up to there can be checked and released. */
const SENTENCE_END = /[.!?…؟。\n]["»”')\]]*\s/g;

/**
 * The model's deltas, released to the caller sentence by sentence once the guard found
 * nothing invented in them: a made-up price never reaches the widget, even for a moment.
 */
class GuardedStream {
  private pending = '';
  private blocked = false;
  /** Everything the caller received. */
  sent = '';

  constructor(
    private readonly sink: ((text: string) => void) | undefined,
    private allowance: Allowance,
  ) {}

  get enabled(): boolean {
    return this.sink !== undefined;
  }

  allow(allowance: Allowance): void {
    this.allowance = allowance;
  }

  readonly push = (delta: string): void => {
    if (this.blocked || typeof delta !== 'string') return;
    this.pending += delta;
    let cut = 0;
    for (const m of this.pending.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
    if (cut > 0) {
      const chunk = this.pending.slice(0, cut);
      this.pending = this.pending.slice(cut);
      this.release(chunk);
    }
  };

  /** The end of a completion: what is left is a whole last sentence. */
  flush(): void {
    const rest = this.pending;
    this.pending = '';
    if (!this.blocked && rest.length > 0) this.release(rest);
  }

  private release(chunk: string): void {
    if (inventions(chunk, this.allowance).length > 0) {
      this.blocked = true;
      return;
    }
    try {
      this.sink?.(chunk);
      this.sent += chunk;
    } catch {
      // A listener gone (client disconnected) must not cost the turn its reply.
      this.blocked = true;
    }
  }
}

interface Written {
  text: string;
  products?: ProductCard[];
  faq?: FaqAnswer;
}

export class LlmConversationEngine implements ConversationEngine {
  readonly name = 'llm';
  readonly wantsHistory = true;
  private readonly logger = new Logger(LlmConversationEngine.name);
  private readonly options: LlmEngineOptions;

  constructor(
    private readonly llm: LlmCompleter,
    private readonly builtin: ConversationEngine = new BuiltInConversationEngine(),
    options: Partial<LlmEngineOptions> = {},
  ) {
    this.options = { ...DEFAULT_LLM_ENGINE_OPTIONS, ...options };
  }

  async respond(
    input: TurnInput,
    tools: ConversationTools,
    hooks?: TurnHooks,
  ): Promise<TurnResult> {
    // A failure here propagates: nothing happened yet, the next engine may answer.
    const draft = await this.builtin.respond(input, tools);
    if (draft.reply === null) return draft;
    const reply = draft.reply;

    const facts = factsOf(reply);
    const stream = new GuardedStream(
      hooks?.onDelta ? (text) => hooks.onDelta?.(text) : undefined,
      allowanceOf(facts, []),
    );
    try {
      const written = await this.write(input, draft, facts, tools, stream);
      return this.merge(draft, reply, written, stream);
    } catch (err) {
      // From here on the draft stands: never throw, never run the built-in flow again.
      const reason = reasonOf(err);
      // Without a configured model every turn ends here: that is the normal case, not a warning.
      this.logger[reason === 'unavailable_disabled' ? 'debug' : 'warn'](
        { sessionId: input.sessionId, engine: this.name, reason },
        'Language model reply not used; the built-in reply is sent',
      );
      return stream.sent.length > 0 && stream.sent.trim() !== reply.text.trim()
        ? { ...draft, replacesStream: true }
        : draft;
    }
  }

  /** The model's reply text, after at most `maxToolRounds` rounds of tool calls. */
  private async write(
    input: TurnInput,
    draft: TurnResult,
    facts: Facts,
    tools: ConversationTools,
    stream: GuardedStream,
  ): Promise<Written> {
    const withTools = TOOL_STATES.includes(draft.state);
    const messages: LlmMessage[] = buildMessages(input, draft, facts, { tools: withTools });
    const toolTexts: string[] = [];
    const toolPrices: number[] = [];
    const written: Omit<Written, 'text'> = {};

    for (let round = 0; ; round += 1) {
      const completion = await this.llm.complete(
        {
          purpose: 'chat',
          sessionId: input.sessionId,
          messages,
          ...(withTools ? { tools: [...LLM_TOOLS] } : {}),
          maxTokens: this.options.maxTokens,
          temperature: this.options.temperature,
        },
        stream.enabled ? stream.push : undefined,
      );
      stream.flush();
      if (!isCompletion(completion)) throw new Fallback('malformed_completion');
      if (completion.finishReason === 'length' || completion.finishReason === 'content_filter') {
        throw new Fallback(`finish_${completion.finishReason}`);
      }

      if (completion.toolCalls.length === 0) {
        const text = completion.text.trim();
        if (text.length === 0) throw new Fallback('empty_text');
        if (text.length > this.options.maxReplyChars) throw new Fallback('text_too_long');
        const invented = inventions(text, allowanceOf(facts, toolTexts, toolPrices));
        if (invented.length > 0) throw new Fallback('invented_facts');
        return { ...written, text };
      }

      if (!withTools) throw new Fallback('tool_call_without_tools');
      if (round >= this.options.maxToolRounds) throw new Fallback('tool_rounds_exceeded');
      messages.push({
        role: 'assistant',
        content: completion.text || null,
        toolCalls: completion.toolCalls,
      });
      for (const call of completion.toolCalls) {
        const outcome = await runToolCall(call, tools, draft.context.locale);
        if (outcome.kind === 'products') {
          written.products = outcome.products;
          toolPrices.push(...outcome.products.flatMap(pricesOf));
          toolTexts.push(outcome.content);
        } else if (outcome.kind === 'faq' && outcome.faq) {
          written.faq = outcome.faq;
          toolTexts.push(outcome.content);
        }
        messages.push({ role: 'tool', toolCallId: call.id, content: outcome.content });
      }
      stream.allow(allowanceOf(facts, toolTexts, toolPrices));
    }
  }

  /** The draft with the model's words, and the cards its tools found; everything else is the draft's. */
  private merge(
    draft: TurnResult,
    reply: BotReply,
    written: Written,
    stream: GuardedStream,
  ): TurnResult {
    const merged: BotReply = { ...reply, text: written.text };
    let context = draft.context;
    if (written.products) {
      if (written.products.length > 0) merged.products = written.products;
      else delete merged.products;
      // "le deuxième" and "moins cher" must refer to the cards the customer now sees.
      context = {
        ...context,
        lastProducts: written.products.map((p) => p.sku),
        lastPrices: written.products.map((p) => p.promoPrice ?? p.price),
      };
    }
    if (written.faq) merged.faq = { id: written.faq.id, question: written.faq.question };
    const result: TurnResult = { ...draft, context, reply: merged };
    if (stream.sent.length > 0 && stream.sent.trim() !== written.text) result.replacesStream = true;
    return result;
  }
}

function pricesOf(p: ProductCard): number[] {
  return p.promoPrice === null ? [p.price] : [p.price, p.promoPrice];
}

function allowanceOf(facts: Facts, toolTexts: string[], toolPrices: number[] = []): Allowance {
  const draftPrices = (facts.products ?? []).flatMap((p) =>
    p.promoPriceEur === null ? [p.priceEur] : [p.priceEur, p.promoPriceEur],
  );
  return allowanceFrom([serialiseFacts(facts), ...toolTexts], [...draftPrices, ...toolPrices]);
}

/** The completion's shape is checked: an adapter bug must end in the draft, not a crash later. */
function isCompletion(c: unknown): c is LlmCompletion {
  if (!c || typeof c !== 'object') return false;
  const { text, toolCalls } = c as Partial<LlmCompletion>;
  return (
    typeof text === 'string' &&
    Array.isArray(toolCalls) &&
    toolCalls.every(
      (t) =>
        !!t &&
        typeof t.id === 'string' &&
        typeof t.name === 'string' &&
        typeof t.arguments === 'string',
    )
  );
}

function reasonOf(err: unknown): string {
  if (err instanceof LlmUnavailableError) return `unavailable_${err.reason}`;
  if (err instanceof Fallback) return err.reason;
  return err instanceof Error ? `error_${err.name}` : 'error';
}
