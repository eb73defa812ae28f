import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  type ChatLocale,
  ChatSessionEntity,
  type ConversationContext,
  type ConversationState,
  emptyConversationContext,
} from '../chat';
import { NotFoundError } from '../common/problem/domain-error';
import { AppConfig } from '../config';
import { KeyValueStore } from '../infra/store';

/** A conversation's state between turns. */
export interface ConversationSnapshot {
  state: ConversationState;
  context: ConversationContext;
}

const key = (sessionId: string) => `chat:state:${sessionId}`;

/**
 * Where a conversation stands: in Redis with a sliding expiry (one read per
 * turn), and in PostgreSQL, so a Redis flush or restart loses nothing.
 */
@Injectable()
export class ConversationStateStore {
  private readonly logger = new Logger(ConversationStateStore.name);
  private storeDown = false;

  constructor(
    private readonly store: KeyValueStore,
    @InjectRepository(ChatSessionEntity) private readonly sessions: Repository<ChatSessionEntity>,
    private readonly config: AppConfig,
  ) {}

  async load(sessionId: string): Promise<ConversationSnapshot> {
    const cached = await this.attempt(() =>
      this.store.getJson<ConversationSnapshot>(key(sessionId)),
    );
    if (cached) return cached;
    const session = await this.sessions.findOne({
      where: { id: sessionId },
      select: { id: true, state: true, context: true, locale: true },
    });
    if (!session) throw new NotFoundError('No such chat session.');
    const snapshot: ConversationSnapshot = {
      state: session.state,
      context: withDefaults(session.context, session.locale),
    };
    await this.cache(sessionId, snapshot);
    return snapshot;
  }

  /** Refreshes the cached copy and its expiry; the database copy is written with the turn. */
  async cache(sessionId: string, snapshot: ConversationSnapshot): Promise<void> {
    await this.attempt(() => this.store.setJson(key(sessionId), snapshot, this.config.chat.idleMs));
  }

  async forget(sessionId: string): Promise<void> {
    await this.attempt(() => this.store.delete(key(sessionId)));
  }

  /** The store is a cache here: when it is down, the database answers alone. */
  private async attempt<T>(op: () => Promise<T>): Promise<T | null> {
    try {
      const result = await op();
      if (this.storeDown) this.logger.log('Conversation cache available again');
      this.storeDown = false;
      return result;
    } catch (err) {
      if (!this.storeDown) {
        this.logger.warn(
          `Conversation cache unavailable, using the database: ${(err as Error).message}`,
        );
      }
      this.storeDown = true;
      return null;
    }
  }
}

/** A context stored before a field existed still reads as a whole context. */
function withDefaults(
  stored: Partial<ConversationContext> | null,
  locale: ChatLocale,
): ConversationContext {
  return { ...emptyConversationContext(locale), ...(stored ?? {}) };
}
