import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { OpenSessions } from '../chat';
import { AppConfig } from '../config';
import { ConversationStateStore } from './conversation-state.store';

const BATCH = 500;

/**
 * Closes conversations idle for longer than CHAT_IDLE_HOURS or past their
 * token's end, and drops their cached state. Transcripts stay (the retention
 * purge removes them); each instance may run it, batches skip locked rows.
 */
@Injectable()
export class ConversationCleanupJob {
  private readonly logger = new Logger(ConversationCleanupJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly state: ConversationStateStore,
    private readonly config: AppConfig,
    private readonly openSessions: OpenSessions,
  ) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'conversation-cleanup', waitForCompletion: true })
  async run(): Promise<void> {
    try {
      const closed = await this.closeExpired(new Date());
      if (closed > 0) this.logger.log(`Closed ${closed} idle conversation(s)`);
    } catch (err) {
      this.logger.error({ err }, 'Conversation clean-up failed; it runs again in an hour');
    }
  }

  /** Returns how many conversations it closed. */
  async closeExpired(now: Date): Promise<number> {
    const idleSince = new Date(now.getTime() - this.config.chat.idleMs);
    let total = 0;
    for (;;) {
      const rows = await this.dataSource.query<{ id: string }[]>(
        `UPDATE chat_session SET state = 'closed', closed_at = $1
          WHERE id IN (
            SELECT id FROM chat_session
             WHERE closed_at IS NULL AND (expires_at <= $1 OR last_activity_at <= $2)
             ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [now, idleSince],
      );
      // node-postgres returns [rows, count] for UPDATE … RETURNING through TypeORM.
      const ids = (Array.isArray(rows[0]) ? (rows[0] as { id: string }[]) : rows).map((r) => r.id);
      await this.openSessions.ended(ids);
      for (const id of ids) await this.state.forget(id);
      total += ids.length;
      if (ids.length < BATCH) return total;
    }
  }
}
