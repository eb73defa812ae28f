import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type BotReply,
  type ChatLocale,
  ChatEvents,
  type ChatMessageView,
  ChatSessionsService,
  type ConversationContext,
  OpenSessions,
  RatingsService,
  type ConversationEngine,
  type ConversationState,
  type TurnAttachment,
  type TurnHooks,
  type TurnInput,
  type TurnResult,
} from '../chat';
import { InvalidInputError, NotFoundError } from '../common/problem/domain-error';
import { UploadsService } from '../uploads';
import { ConversationStateStore } from './conversation-state.store';
import { ConversationToolsFactory, type SessionTools } from './conversation-tools';

/** Lines of the conversation an engine that reads history gets (the new message included). */
const HISTORY_LINES = 11;
type HistoryLine = NonNullable<TurnInput['history']>[number];

/** The engines behind the conversation port, the first that answers wins. */
export const CONVERSATION_ENGINES = Symbol('CONVERSATION_ENGINES');

export interface CustomerTurn {
  text: string;
  attachmentIds?: string[];
  /** The widget's id of this message: sent again, it is answered from what was stored. */
  clientMessageId?: string;
}

export interface TurnOutcome {
  message: ChatMessageView;
  reply: (BotReply & { id: string; role: 'bot'; createdAt: string }) | null;
  state: ConversationState;
  /** A resend of a message already stored: nothing new was stored or answered. */
  repeated?: true;
}

/** How long after the first send a resend may wait for the reply another instance is writing. */
const RESEND_WAIT_MS = 30_000;
const RESEND_POLL_MS = 250;

/** A stored customer message with a client id, and the reply stored for it, if any yet. */
interface StoredTurnRow {
  id: string;
  text: string;
  data: Record<string, unknown> | null;
  created_at: Date;
  state: ConversationState;
  reply_id: string | null;
  reply_text: string | null;
  reply_data: Record<string, unknown> | null;
  reply_created_at: Date | null;
}

/** Closing words when every engine failed: the message is stored, a person will see it. */
const APOLOGY: Record<ChatLocale, string> = {
  fr: 'Désolé, je rencontre un problème technique. Votre message est bien enregistré et un conseiller le verra.',
  en: 'Sorry, I have a technical problem. Your message has been saved and an advisor will see it.',
  de: 'Entschuldigung, ein technisches Problem ist aufgetreten. Ihre Nachricht wurde gespeichert und ein Berater wird sie sehen.',
  it: 'Mi scusi, si è verificato un problema tecnico. Il suo messaggio è stato salvato e un consulente lo vedrà.',
  ar: 'عذرًا، حدثت مشكلة تقنية. تم حفظ رسالتك وسيطّلع عليها أحد المستشارين.',
};

/**
 * Conversations: every customer message is stored before it is answered, the
 * engine answers with the tools of its session, the reply and the new state
 * are stored together, and everything is announced live. Agents reply here too.
 */
@Injectable()
export class ConversationService {
  private readonly logger = new Logger(ConversationService.name);
  /** Turns of one session run one after the other (per instance): each reads the last one's state. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly sessions: ChatSessionsService,
    private readonly events: ChatEvents,
    private readonly state: ConversationStateStore,
    private readonly tools: ConversationToolsFactory,
    private readonly uploads: UploadsService,
    private readonly dataSource: DataSource,
    private readonly ratings: RatingsService,
    private readonly openSessions: OpenSessions,
    @Inject(CONVERSATION_ENGINES) private readonly engines: ConversationEngine[],
  ) {}

  /** One customer turn: stored, answered, the answer stored, both announced. */
  customerTurn(
    sessionId: string,
    turn: CustomerTurn,
    hooks: TurnHooks = {},
    now = new Date(),
  ): Promise<TurnOutcome> {
    return this.serialise(sessionId, async () => {
      // A resend, after the first one was answered (or while it was: turns wait for each other).
      // Without attachments the store itself tells a resend (the client id is taken) and
      // runTurn answers it the same way: a first send costs no lookup. With attachments the
      // lookup comes first, since the files are no longer free for a second message.
      const stored =
        turn.clientMessageId && turn.attachmentIds?.length
          ? await this.answered(sessionId, turn.clientMessageId)
          : null;
      return stored ?? this.runTurn(sessionId, turn, hooks, now);
    });
  }

  private async runTurn(
    sessionId: string,
    turn: CustomerTurn,
    hooks: TurnHooks,
    now: Date,
  ): Promise<TurnOutcome> {
    const attachments = await this.attachments(sessionId, turn.attachmentIds);
    const wantsHistory = this.engines.some((e) => e.wantsHistory);
    const stored = await this.storeCustomerMessage(sessionId, turn, attachments, wantsHistory);
    if (!stored) {
      // The same message reached another instance at the same moment: its answer is this one's.
      const again = await this.answered(sessionId, turn.clientMessageId ?? '');
      if (!again) throw new NotFoundError('No such chat session.');
      return again;
    }
    const { message, history } = stored;
    // The read goes first (an embedded database runs one query at a time), then the stored
    // message is announced to the other screens (an agent's console, another tab) while the
    // answer is prepared: the customer's own reply does not wait for that write. It is
    // awaited before the reply is announced, so the two events keep their order.
    const reading = this.state.load(sessionId);
    const announcedMessage = this.announce(sessionId, [{ type: 'message', data: { message } }]);
    const before = await reading;
    const tools = this.tools.forTurn(sessionId, before.context);
    let result: TurnResult;
    try {
      result = await this.answer(
        {
          sessionId,
          state: before.state,
          context: before.context,
          text: turn.text,
          attachments,
          now,
          history,
        },
        tools,
        hooks,
      );
    } finally {
      await announcedMessage;
    }
    const context: ConversationContext = {
      ...result.context,
      verifiedOrders: union(result.context.verifiedOrders, tools.verifiedOrders),
    };
    const reply = await this.storeReply(
      sessionId,
      message.id,
      before.state,
      { ...result, context },
      tools,
    );
    await this.state.cache(sessionId, { state: result.state, context });
    // A score typed in the chat counts as the rating widget's would.
    if (result.rating !== undefined) await this.ratings.rate(sessionId, { score: result.rating });
    const announced: { type: 'message' | 'state'; data: Record<string, unknown> }[] = [];
    if (reply) announced.push({ type: 'message', data: { message: reply } });
    if (result.state !== before.state)
      announced.push({ type: 'state', data: { state: result.state } });
    await this.announce(sessionId, announced);
    return { message, reply, state: result.state };
  }

  /** Where a conversation stands now. */
  stateOf(sessionId: string) {
    return this.state.load(sessionId);
  }

  /** An agent's reply: stored in the transcript, then delivered live to the customer. */
  async agentReply(sessionId: string, text: string, authorId: string): Promise<ChatMessageView> {
    const message = await this.sessions.appendMessage(sessionId, 'agent', text, authorId);
    await this.announce(sessionId, [{ type: 'message', data: { message } }]);
    return message;
  }

  /** The attached files, which must be this session's and not yet part of a claim. */
  private async attachments(
    sessionId: string,
    ids: string[] | undefined,
  ): Promise<TurnAttachment[]> {
    if (!ids || ids.length === 0) return [];
    const files = await this.uploads.sessionFiles(sessionId, ids);
    const known = new Set(files.map((f) => f.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new InvalidInputError('Some attachments are not files of this conversation.', [
        { field: 'attachmentIds', message: `unknown or already used: ${unknown.join(', ')}` },
      ]);
    }
    return files.map((f) => ({ id: f.id, kind: f.kind, scanStatus: f.scanStatus }));
  }

  /**
   * One statement: the line is in the transcript before anything answers it,
   * and, for an engine that reads them, the lines before it come back with it.
   * Null when nothing was inserted although a client id was given: a message
   * with that id is already stored (a resend that raced the first one on
   * another instance; nothing is counted then), or there is no such session.
   */
  private async storeCustomerMessage(
    sessionId: string,
    turn: CustomerTurn,
    attachments: TurnAttachment[],
    withHistory: boolean,
  ): Promise<{ message: ChatMessageView; history?: HistoryLine[] } | null> {
    const data = attachments.length > 0 ? { attachmentIds: attachments.map((a) => a.id) } : null;
    // The statement's snapshot does not hold the new line: the earlier ones are read beside it.
    const rows = await this.dataSource.query<
      { id: string; created_at: Date; history: HistoryLine[] | null }[]
    >(
      `WITH inserted AS (
         INSERT INTO chat_message (session_id, role, text, data, client_message_id, created_at)
         SELECT id, 'customer', $2, $3::jsonb, $4::uuid, clock_timestamp()
           FROM chat_session WHERE id = $1
         ON CONFLICT (session_id, client_message_id) WHERE client_message_id IS NOT NULL
         DO NOTHING
         RETURNING id, created_at),
       touched AS (
         UPDATE chat_session
            SET last_activity_at = clock_timestamp(), message_count = message_count + 1
          WHERE id = $1 AND EXISTS (SELECT 1 FROM inserted))
       SELECT id, created_at,
              (SELECT json_agg(json_build_object('role', h.role, 'text', h.text)
                               ORDER BY h.created_at, h.id)
                 FROM (SELECT role, text, created_at, id FROM chat_message
                        WHERE $5::boolean AND session_id = $1
                        ORDER BY created_at DESC, id DESC LIMIT ${HISTORY_LINES - 1}) h) AS history
         FROM inserted`,
      [
        sessionId,
        turn.text,
        data === null ? null : JSON.stringify(data),
        turn.clientMessageId ?? null,
        withHistory,
      ],
    );
    if (rows.length === 0) {
      if (turn.clientMessageId) return null;
      throw new NotFoundError('No such chat session.');
    }
    const message: ChatMessageView = {
      ...(data ?? {}),
      id: rows[0].id,
      role: 'customer',
      text: turn.text,
      createdAt: new Date(rows[0].created_at).toISOString(),
    };
    if (!withHistory) return { message };
    return {
      message,
      history: [...(rows[0].history ?? []), { role: 'customer', text: turn.text }],
    };
  }

  /**
   * The answer already given to the message with this client id: the stored
   * message, the reply stored for it, and where the conversation stands now.
   * Null when no such message is stored.
   */
  private async storedTurn(
    sessionId: string,
    clientMessageId: string,
  ): Promise<TurnOutcome | null> {
    const [row] = await this.dataSource.query<StoredTurnRow[]>(
      `SELECT m.id, m.text, m.data, m.created_at, s.state,
              r.id AS reply_id, r.text AS reply_text, r.data AS reply_data,
              r.created_at AS reply_created_at
         FROM chat_message m
         JOIN chat_session s ON s.id = m.session_id
         LEFT JOIN chat_message r ON r.session_id = m.session_id AND r.reply_to_id = m.id
        WHERE m.session_id = $1 AND m.client_message_id = $2
        ORDER BY r.created_at LIMIT 1`,
      [sessionId, clientMessageId],
    );
    if (!row) return null;
    return {
      message: {
        ...(row.data ?? {}),
        id: row.id,
        role: 'customer',
        text: row.text,
        createdAt: new Date(row.created_at).toISOString(),
      },
      reply:
        row.reply_id === null
          ? null
          : {
              ...(row.reply_data ?? {}),
              id: row.reply_id,
              role: 'bot',
              text: row.reply_text ?? '',
              createdAt: new Date(row.reply_created_at ?? 0).toISOString(),
            },
      state: row.state,
      repeated: true,
    };
  }

  /**
   * What was answered to the message with this client id, null when none is
   * stored. A reply not stored yet may still come from another instance that
   * took the first send: it is waited for, until the message is
   * RESEND_WAIT_MS old. A conversation a person handles gets no reply.
   */
  private async answered(sessionId: string, clientMessageId: string): Promise<TurnOutcome | null> {
    for (;;) {
      const stored = await this.storedTurn(sessionId, clientMessageId);
      // In handoff the bot stays silent: there is no reply to wait for.
      if (!stored || stored.reply || stored.state === 'handoff') return stored;
      const left = Date.parse(stored.message.createdAt) + RESEND_WAIT_MS - Date.now();
      if (left <= 0) return stored;
      await sleep(Math.min(RESEND_POLL_MS, left));
    }
  }

  /** The first engine that answers; the built-in one is last and deterministic. */
  private async answer(
    input: Parameters<ConversationEngine['respond']>[0],
    tools: SessionTools,
    hooks: TurnHooks,
  ): Promise<TurnResult> {
    for (const engine of this.engines) {
      try {
        return await engine.respond(input, tools, hooks);
      } catch (err) {
        this.logger.error(
          {
            err: { name: (err as Error).name, message: (err as Error).message },
            engine: engine.name,
          },
          'Conversation engine failed; trying the next one',
        );
      }
    }
    return {
      state: input.state,
      context: input.context,
      reply: { text: APOLOGY[input.context.locale] ?? APOLOGY.fr },
    };
  }

  /** The reply and the conversation's new state, in one transaction. */
  private async storeReply(
    sessionId: string,
    messageId: string,
    previous: ConversationState,
    result: TurnResult,
    tools: SessionTools,
  ): Promise<TurnOutcome['reply']> {
    const { text, ...cards } = result.reply ?? { text: '' };
    const rows = await this.dataSource.query<{ id: string; created_at: Date }[]>(
      `WITH updated AS (
         UPDATE chat_session
            SET state = $2::varchar,
                context = $3::jsonb,
                locale = $4::varchar,
                handoff_at = CASE WHEN $2::varchar = 'handoff' AND state <> 'handoff'
                                  THEN clock_timestamp() ELSE handoff_at END,
                claim_started_at = CASE WHEN left($2::varchar, 6) = 'claim_'
                                        THEN coalesce(claim_started_at, clock_timestamp())
                                        ELSE claim_started_at END,
                customer_email = coalesce($5::varchar, customer_email),
                closed_at = CASE WHEN $2::varchar = 'closed'
                                 THEN coalesce(closed_at, clock_timestamp()) ELSE closed_at END
          WHERE id = $1
          RETURNING id)
       INSERT INTO chat_message (session_id, role, text, data, reply_to_id, created_at)
       SELECT id, 'bot', $6, $7::jsonb, $9::uuid, clock_timestamp() FROM updated WHERE $8::boolean
       RETURNING id, created_at`,
      [
        sessionId,
        result.state,
        JSON.stringify(result.context),
        result.context.locale,
        tools.customerEmail ?? null,
        text,
        Object.keys(cards).length > 0 ? JSON.stringify(cards) : null,
        result.reply !== null,
        messageId,
      ],
    );
    // The conversation ended: its token stops working now, on every instance.
    if (result.state === 'closed' && previous !== 'closed') {
      await this.openSessions.ended([sessionId]);
    }
    if (result.state === 'handoff' && previous !== 'handoff') {
      this.logger.log(
        { sessionId, reason: result.handoff?.reason },
        'Conversation handed to a person',
      );
    }
    if (!result.reply || rows.length === 0) return null;
    return {
      ...cards,
      id: rows[0].id,
      role: 'bot',
      text,
      createdAt: new Date(rows[0].created_at).toISOString(),
    };
  }

  /** Live delivery is best effort: the transcript already holds the line. */
  private async announce(
    sessionId: string,
    events: { type: 'message' | 'state'; data: Record<string, unknown> }[],
  ): Promise<void> {
    if (events.length === 0) return;
    try {
      await this.events.publishMany(sessionId, events);
    } catch (err) {
      this.logger.warn({ sessionId, err: (err as Error).message }, 'Live event not delivered');
    }
  }

  private async serialise<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(sessionId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(sessionId, settled);
    try {
      return await next;
    } finally {
      if (this.queues.get(sessionId) === settled) this.queues.delete(sessionId);
    }
  }
}

function union(a: string[] | undefined, b: string[]): string[] | undefined {
  const all = [...new Set([...(a ?? []), ...b])];
  return all.length > 0 ? all : undefined;
}
