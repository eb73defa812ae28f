import {
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { isUUID } from 'class-validator';
import type { Gauge } from 'prom-client';
import type { Repository } from 'typeorm';
import { SSE_HEARTBEAT_MS } from '../../common/http/sse';
import { NotFoundError } from '../../common/problem/domain-error';
import { Broadcast } from '../../infra/broadcast';
import { ChatEventEntity } from '../entities/chat-event.entity';
import {
  type BroadcastChatEvent,
  ChatEventFeed,
  type ChatEventSink,
  type ChatEventSource,
  chatSessionChannel,
} from './chat-event-feed';
import { ChatEvents, type ChatEventType, type ChatEventView } from './chat-events';
import { CHAT_EVENT_STREAMS_METRIC } from './chat-events.metrics';

/** Events are kept this long for reconnecting clients, then purged. */
export const CHAT_EVENT_RETENTION_MS = 7 * 24 * 3_600_000;
/** At most this many events per replay read. */
export const CHAT_EVENT_REPLAY_LIMIT = 500;
const PURGE_BATCH = 5_000;
const NO_SESSION = 'No such chat session.';

interface EventRow {
  id: string;
  session_id: string;
  type: ChatEventType;
  data: Record<string, unknown>;
  created_at: Date;
  previous_id?: string | null;
}

function toView(row: EventRow): ChatEventView {
  return {
    id: row.id,
    sessionId: row.session_id,
    type: row.type,
    data: row.data,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Live delivery of a conversation: events are stored in chat_event (so a
 * reconnecting client gets what it missed), then broadcast to every API
 * instance, where each open stream follows its session.
 */
@Injectable()
export class ChatEventsService
  extends ChatEvents
  implements ChatEventSource, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger(ChatEventsService.name);
  private readonly feeds = new Map<ChatEventFeed, ChatEventSink>();
  private lastFeedError: string | undefined;

  constructor(
    @InjectRepository(ChatEventEntity) private readonly events: Repository<ChatEventEntity>,
    private readonly broadcast: Broadcast,
    @InjectMetric(CHAT_EVENT_STREAMS_METRIC) private readonly openStreams: Gauge<string>,
  ) {
    super();
  }

  /** Stores the event, then broadcasts it (see publishMany). */
  async publish(
    sessionId: string,
    type: ChatEventType,
    data: Record<string, unknown>,
  ): Promise<ChatEventView> {
    const [view] = await this.publishMany(sessionId, [{ type, data }]);
    return view;
  }

  /**
   * Stores the events in one statement, then broadcasts them. The statement
   * locks the session's row first and records its newest event id there, so
   * one session's ids increase in commit order and each broadcast names the
   * event stored before it: a reader that has seen id N has seen every
   * earlier event of that session, and notices a gap.
   */
  async publishMany(
    sessionId: string,
    events: { type: ChatEventType; data: Record<string, unknown> }[],
  ): Promise<ChatEventView[]> {
    if (!isUUID(sessionId)) throw new NotFoundError(NO_SESSION);
    if (events.length === 0) return [];
    const rows = await this.events.query<EventRow[]>(
      `WITH locked AS (
         SELECT id, last_event_id FROM chat_session WHERE id = $1 FOR UPDATE),
       inserted AS (
         INSERT INTO chat_event (session_id, type, data)
         SELECT locked.id, e.type, e.data
           FROM locked, jsonb_to_recordset($2::jsonb) AS e(n int, type varchar, data jsonb)
          ORDER BY e.n
         RETURNING id, session_id, type, data, created_at),
       moved AS (
         UPDATE chat_session SET last_event_id = (SELECT max(id) FROM inserted)
          WHERE id = (SELECT id FROM locked))
       SELECT i.id::text, i.session_id, i.type, i.data, i.created_at,
              coalesce(l.last_event_id, 0)::text AS previous_id
         FROM inserted i, locked l ORDER BY i.id`,
      [sessionId, JSON.stringify(events.map((e, n) => ({ n, type: e.type, data: e.data })))],
    );
    if (rows.length === 0) throw new NotFoundError(NO_SESSION);
    const views = rows.map(toView);
    for (let i = 0; i < rows.length; i++) {
      const message: BroadcastChatEvent = {
        ...views[i],
        previousId: i === 0 ? (rows[0].previous_id ?? '0') : rows[i - 1].id,
      };
      await this.broadcast.publish(chatSessionChannel(sessionId), JSON.stringify(message));
    }
    return views;
  }

  /** The session's events stored after `afterId`, oldest first. */
  async replay(
    sessionId: string,
    afterId: string,
    limit = CHAT_EVENT_REPLAY_LIMIT,
  ): Promise<ChatEventView[]> {
    if (!isUUID(sessionId) || !/^\d{1,19}$/.test(afterId)) return [];
    const rows = await this.events.query<EventRow[]>(
      `SELECT id::text, session_id, type, data, created_at FROM chat_event
        WHERE session_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
      [sessionId, afterId, Math.min(Math.max(limit, 1), CHAT_EVENT_REPLAY_LIMIT)],
    );
    this.lastFeedError = undefined;
    return rows.map(toView);
  }

  /** The session's last event id, '0' when it has none. */
  async latestId(sessionId: string): Promise<string> {
    if (!isUUID(sessionId)) return '0';
    const rows = await this.events.query<{ id: string }[]>(
      'SELECT coalesce(max(id), 0)::text AS id FROM chat_event WHERE session_id = $1',
      [sessionId],
    );
    return rows[0].id;
  }

  /**
   * Follows a session for one client: first the events after `afterId` (its
   * Last-Event-ID; without one, only what comes next), then live events.
   * Returns the function that stops following.
   */
  async follow(
    sessionId: string,
    afterId: string | undefined,
    sink: ChatEventSink,
    catchUpMs = SSE_HEARTBEAT_MS,
  ): Promise<() => void> {
    const feed = new ChatEventFeed({
      source: this,
      broadcast: this.broadcast,
      sessionId,
      sink,
      catchUpMs,
      onError: (err) => this.feedFailed(err),
    });
    this.feeds.set(feed, sink);
    this.openStreams.inc();
    let open = true;
    const stop = () => {
      if (!open) return;
      open = false;
      feed.close();
      this.feeds.delete(feed);
      this.openStreams.dec();
    };
    try {
      await feed.start(afterId);
    } catch (err) {
      stop();
      this.feedFailed(err);
      throw err;
    }
    return stop;
  }

  /** Streams followed on this instance. */
  get followers(): number {
    return this.feeds.size;
  }

  /** An agent started or stopped typing in the conversation. */
  async typing(sessionId: string, active: boolean, clientId?: string): Promise<void> {
    await this.publish(sessionId, 'typing', clientId ? { active, clientId } : { active });
  }

  /** Deletes the events older than the retention, in batches; returns how many. */
  async purge(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - CHAT_EVENT_RETENTION_MS);
    let deleted = 0;
    for (;;) {
      // Oldest ids first: the primary key finds them without an index on created_at.
      const result = await this.events.query<[unknown[], number]>(
        `DELETE FROM chat_event WHERE id IN (
           SELECT id FROM chat_event WHERE created_at < $1 ORDER BY id LIMIT $2)`,
        [cutoff, PURGE_BATCH],
      );
      const count = result[1];
      deleted += count;
      if (count < PURGE_BATCH) return deleted;
    }
  }

  /** Open streams end before the server stops, so shutdown need not wait for them. */
  beforeApplicationShutdown(): void {
    for (const [feed, sink] of [...this.feeds]) {
      feed.close();
      sink.end();
    }
  }

  onApplicationShutdown(): void {
    this.feeds.clear();
  }

  private feedFailed(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    // Every open stream retries on its timer: log a failure once, not once per stream.
    if (message === this.lastFeedError) return;
    this.lastFeedError = message;
    this.logger.warn(`Live chat events could not be read: ${message}`);
  }
}
