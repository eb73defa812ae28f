import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { KeyValueStore } from '../infra/store';
import { conversationStateKey } from './domain/cache-keys';
import { FINISHED_TICKET_STATUSES, transcriptCutoff } from './domain/retention';

const BATCH = 200;

export interface TranscriptPurge {
  /** Conversations whose transcript was purged. */
  conversations: number;
  messages: number;
}

/**
 * Retention of conversations (CHAT_RETENTION_DAYS, docs/PRIVACY.md). A
 * conversation last active before the cutoff, ended, and not needed by a claim
 * (none, or only claims closed or cancelled before the cutoff) loses its
 * transcript: messages, live events, the remembered context, the address it
 * was linked to and the rating's comment. The session row, its dates and
 * counters and the rating's score stay for statistics. Uploads follow their own
 * retention (UPLOAD_RETENTION_DAYS, the uploads purge).
 */
@Injectable()
export class ChatRetention {
  private readonly logger = new Logger(ChatRetention.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: KeyValueStore,
    private readonly config: AppConfig,
  ) {}

  async purge(now = new Date()): Promise<TranscriptPurge> {
    const cutoff = transcriptCutoff(now, this.config.privacy.chatRetentionDays);
    const total: TranscriptPurge = { conversations: 0, messages: 0 };
    if (!cutoff) return total;
    // One pass in activity order: conversations already purged (or held by a claim) are
    // read once per run, not once per batch. Those another instance holds are skipped.
    let after = { at: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      const batch = await this.dataSource.transaction(async (db) => {
        // The position is read back as text: a JavaScript date would drop the microseconds.
        const rows = await db.query<{ id: string; position: string }[]>(
          `SELECT s.id, s.last_activity_at::text AS position FROM chat_session s
            WHERE s.last_activity_at < $1
              AND (s.last_activity_at, s.id) > ($3::timestamptz, $4::uuid)
              AND (s.closed_at IS NOT NULL OR s.expires_at <= $2)
              AND NOT EXISTS (
                SELECT 1 FROM ticket t WHERE t.session_id = s.id
                   AND (t.status <> ALL($5::text[]) OR t.updated_at >= $1))
              AND (s.customer_email IS NOT NULL OR s.context <> '{}'::jsonb
                   OR EXISTS (SELECT 1 FROM chat_message m WHERE m.session_id = s.id)
                   OR EXISTS (SELECT 1 FROM chat_event e WHERE e.session_id = s.id)
                   OR EXISTS (SELECT 1 FROM chat_rating r
                               WHERE r.session_id = s.id AND r.comment IS NOT NULL))
            ORDER BY s.last_activity_at, s.id
            LIMIT ${BATCH}
            FOR UPDATE OF s SKIP LOCKED`,
          [cutoff, now, after.at, after.id, FINISHED_TICKET_STATUSES],
        );
        const ids = rows.map((r) => r.id);
        if (ids.length === 0) return { rows, messages: 0 };
        const [{ n: messages }] = await db.query<{ n: number }[]>(
          `WITH gone AS (DELETE FROM chat_message WHERE session_id = ANY($1::uuid[]) RETURNING 1)
           SELECT count(*)::int AS n FROM gone`,
          [ids],
        );
        await db.query('DELETE FROM chat_event WHERE session_id = ANY($1::uuid[])', [ids]);
        await db.query(
          `UPDATE chat_rating SET comment = NULL, updated_at = now()
            WHERE session_id = ANY($1::uuid[]) AND comment IS NOT NULL`,
          [ids],
        );
        await db.query(
          `UPDATE chat_session SET customer_email = NULL, context = '{}'::jsonb
            WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        return { rows, messages };
      });
      for (const { id } of batch.rows) await this.forget(id);
      total.conversations += batch.rows.length;
      total.messages += batch.messages;
      const last = batch.rows.at(-1);
      if (!last || batch.rows.length < BATCH) return total;
      after = { at: last.position, id: last.id };
    }
  }

  /** The cached state expires by itself; dropping it now keeps the rule exact. */
  private async forget(sessionId: string): Promise<void> {
    await this.store.delete(conversationStateKey(sessionId)).catch((err: unknown) => {
      this.logger.warn(
        `A purged conversation's cached state could not be dropped: ${err instanceof Error ? err.message : String(err)}`,
      );
    });
  }
}
