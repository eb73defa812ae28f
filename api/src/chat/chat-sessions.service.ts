import type { CustomerSessions } from '../common/auth/customer-sessions';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { CUSTOMER_TOKEN_TTL_SECONDS, TokenService } from '../auth';
import { ForbiddenError, NotFoundError } from '../common/problem/domain-error';
import { greetingFor } from './domain/greeting';
import { type ChatLocale, DEFAULT_CHAT_LOCALE } from './domain/locales';
import { isOriginAllowed } from './domain/origin';
import type { Page } from '../common/http/paging.dto';
import type {
  ChatHistoryView,
  ChatSessionListQuery,
  ChatSessionSummary,
  ChatMessageView,
  ChatSessionView,
  CreateChatSessionBody,
  WidgetAppearanceView,
} from './dto/chat-session.dto';
import { ChatMessageEntity, type ChatMessageRole } from './entities/chat-message.entity';
import { ChatSessionEntity } from './entities/chat-session.entity';
import type { WidgetSiteEntity } from './entities/widget-site.entity';
import { OpenSessions, SESSION_CHECKS_METRIC } from './open-sessions';
import { WidgetSitesService } from './widget-sites.service';

/** The same answer for an unknown key, an inactive site and a foreign page: no key probing. */
const REFUSED = 'This site key cannot open a chat from this page.';

/** A stored line as clients see it: the reply's cards (or a message's attachments) sit beside the text. */
export function toMessageView(m: ChatMessageEntity): ChatMessageView {
  return {
    ...(m.data ?? {}),
    id: m.id,
    role: m.role,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
  };
}

/** Customer chat sessions: opening one from a widget, and its transcript. */
@Injectable()
export class ChatSessionsService implements CustomerSessions {
  /** Checks answered from what this instance knows open, and from the database. */
  private readonly checkedInMemory: ReturnType<Counter<string>['labels']>;
  private readonly checkedInDatabase: ReturnType<Counter<string>['labels']>;

  constructor(
    @InjectRepository(ChatSessionEntity) private readonly sessions: Repository<ChatSessionEntity>,
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    private readonly sites: WidgetSitesService,
    private readonly tokens: TokenService,
    private readonly open: OpenSessions,
    @InjectMetric(SESSION_CHECKS_METRIC) checks: Counter<string>,
  ) {
    this.checkedInMemory = checks.labels('memory');
    this.checkedInDatabase = checks.labels('database');
  }

  /**
   * Opens a session for a page whose `Origin` the site allows, with a token
   * bound to it that lives exactly as long as the session.
   */
  async start(
    input: CreateChatSessionBody,
    origin: string | undefined,
    now = new Date(),
  ): Promise<ChatSessionView> {
    const site = await this.admitSite(input.siteKey, origin);
    const locale: ChatLocale = input.locale ?? DEFAULT_CHAT_LOCALE;
    const expiresAt = new Date(now.getTime() + CUSTOMER_TOKEN_TTL_SECONDS * 1000);
    const session = await this.sessions.save(
      this.sessions.create({
        siteId: site.id,
        locale,
        state: 'browsing',
        origin,
        expiresAt,
      }),
    );
    return {
      sessionId: session.id,
      token: this.tokens.signCustomer({ id: session.id, siteId: site.id, expiresAt }),
      expiresAt: expiresAt.toISOString(),
      greeting: greetingFor(site.greeting, locale),
      locale,
      theme: site.theme ?? {},
    };
  }

  /**
   * A site's look, for its widget to wear before a chat is opened (the launcher on a first
   * visit). Refused exactly as opening a chat would be.
   */
  async appearance(siteKey: string, origin: string | undefined): Promise<WidgetAppearanceView> {
    const site = await this.admitSite(siteKey, origin);
    return { theme: site.theme ?? {} };
  }

  /** An active site that allows the page's origin; anything else is the same refusal. */
  private async admitSite(siteKey: string, origin: string | undefined): Promise<WidgetSiteEntity> {
    const site = await this.sites.findByKey(siteKey);
    if (
      !site ||
      !site.active ||
      origin === undefined ||
      !isOriginAllowed(origin, site.allowedOrigins)
    ) {
      throw new ForbiddenError(REFUSED);
    }
    return site;
  }

  /** Conversations for the console, the ones waiting longest for a person first. */
  async list(query: ChatSessionListQuery): Promise<Page<ChatSessionSummary>> {
    const qb = this.sessions.createQueryBuilder('s');
    if (query.state) qb.where('s.state = :state', { state: query.state });
    qb.orderBy('s.handoffAt', 'ASC', 'NULLS LAST')
      .addOrderBy('s.lastActivityAt', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return {
      items: items.map((s) => ({
        sessionId: s.id,
        state: s.state,
        locale: s.locale,
        origin: s.origin,
        createdAt: s.createdAt.toISOString(),
        lastActivityAt: s.lastActivityAt.toISOString(),
        handoffAt: s.handoffAt?.toISOString() ?? null,
        messageCount: s.messageCount,
        customerEmail: s.customerEmail,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The session's messages, oldest first. */
  async history(sessionId: string): Promise<ChatHistoryView> {
    await this.getSession(sessionId);
    const messages = await this.messages.find({
      where: { sessionId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { items: messages.map(toMessageView) };
  }

  /** Adds a line to the transcript and marks the session active. */
  async appendMessage(
    sessionId: string,
    role: ChatMessageRole,
    text: string,
    authorId?: string,
    data?: Record<string, unknown>,
  ): Promise<ChatMessageView> {
    if (!isUUID(sessionId)) throw new NotFoundError('No such chat session.');
    return this.messages.manager.transaction(async (manager) => {
      const touched = await manager
        .createQueryBuilder()
        .update(ChatSessionEntity)
        .set({ lastActivityAt: () => 'clock_timestamp()' })
        .where('id = :sessionId', { sessionId })
        .execute();
      if (!touched.affected) throw new NotFoundError('No such chat session.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ChatMessageEntity)
        // clock_timestamp(), not now(): lines written in one transaction keep their order.
        .values({
          sessionId,
          role,
          text,
          authorId: authorId ?? null,
          // A JSON document, not a nested entity: TypeORM's deep-partial type does not model jsonb.
          data: (data ?? null) as ChatMessageEntity['data'] & object,
          createdAt: () => 'clock_timestamp()',
        })
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0].id;
      return toMessageView(await manager.findOneByOrFail(ChatMessageEntity, { id }));
    });
  }

  /**
   * See {@link CustomerSessions}: what this instance knows to be open (see
   * {@link OpenSessions}), else one primary-key lookup with its site.
   */
  async isOpen(sessionId: string, siteId: string, now = new Date()): Promise<boolean> {
    if (!isUUID(sessionId) || !isUUID(siteId)) return false;
    if (this.open.admits(sessionId, siteId, now.getTime())) {
      this.checkedInMemory.inc();
      return true;
    }
    this.checkedInDatabase.inc();
    const mark = this.open.mark();
    const session = await this.sessions
      .createQueryBuilder('s')
      .select(['s.id', 's.expiresAt'])
      .innerJoin('s.site', 'site')
      .where('s.id = :sessionId AND s.siteId = :siteId', { sessionId, siteId })
      .andWhere('s.closedAt IS NULL AND s.expiresAt > :now AND site.active', { now })
      .getOne();
    if (!session) return false;
    this.open.remember(mark, sessionId, siteId, session.expiresAt, now.getTime());
    return true;
  }

  /** A session by id; a malformed id is as unknown as a missing one. */
  async getSession(sessionId: string): Promise<ChatSessionEntity> {
    const session = isUUID(sessionId) ? await this.sessions.findOneBy({ id: sessionId }) : null;
    if (!session) throw new NotFoundError('No such chat session.');
    return session;
  }
}
