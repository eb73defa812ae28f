import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conversations: the engine's remembered context, reply payloads, the event
 * log behind live delivery, satisfaction ratings, claims opened from a chat
 * (recap and its validation), and the cost of language-model calls.
 */
export class Conversations1764500000000 implements MigrationInterface {
  name = 'Conversations1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE chat_session
        ADD COLUMN context jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN customer_email varchar(254),
        ADD COLUMN handoff_at timestamptz,
        ADD COLUMN claim_started_at timestamptz,
        ADD COLUMN message_count integer NOT NULL DEFAULT 0,
        ADD COLUMN last_event_id bigint,
        ADD CONSTRAINT chat_session_state_check CHECK (state IN (
          'browsing', 'faq', 'claim_order', 'claim_description', 'claim_evidence',
          'claim_submitted', 'handoff', 'closed'))`);
    await q.query('CREATE INDEX chat_session_activity_idx ON chat_session (last_activity_at)');
    await q.query('CREATE INDEX chat_session_created_idx ON chat_session (created_at)');
    await q.query(`CREATE INDEX chat_session_handoff_idx ON chat_session (handoff_at)
                   WHERE state = 'handoff'`);

    await q.query('ALTER TABLE chat_message ADD COLUMN data jsonb');

    await q.query(`
      CREATE TABLE chat_event (
        id bigserial PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES chat_session (id) ON DELETE CASCADE,
        type varchar(32) NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX chat_event_session_idx ON chat_event (session_id, id)');

    await q.query(`
      ALTER TABLE ticket
        ADD COLUMN session_id uuid REFERENCES chat_session (id) ON DELETE SET NULL,
        ADD COLUMN locale varchar(8),
        ADD COLUMN validation varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (validation IN ('pending', 'validated', 'corrected', 'cancelled')),
        ADD COLUMN validated_at timestamptz,
        ADD COLUMN correction text,
        ADD COLUMN recap_status varchar(16) NOT NULL DEFAULT 'none'
          CHECK (recap_status IN ('none', 'pending', 'sent', 'failed')),
        ADD COLUMN recap_attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN recap_sent_at timestamptz`);
    await q.query('CREATE INDEX ticket_session_idx ON ticket (session_id)');
    await q.query(`CREATE INDEX ticket_recap_pending_idx ON ticket (recap_status)
                   WHERE recap_status = 'pending'`);

    await q.query(`
      CREATE TABLE chat_rating (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL UNIQUE REFERENCES chat_session (id) ON DELETE CASCADE,
        ticket_id uuid REFERENCES ticket (id) ON DELETE SET NULL,
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX chat_rating_created_idx ON chat_rating (created_at)');

    await q.query(`
      CREATE TABLE llm_usage (
        id bigserial PRIMARY KEY,
        session_id uuid REFERENCES chat_session (id) ON DELETE SET NULL,
        provider varchar(32) NOT NULL,
        model varchar(100) NOT NULL,
        prompt_tokens integer NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
        completion_tokens integer NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
        cost_eur numeric(12,6) NOT NULL DEFAULT 0 CHECK (cost_eur >= 0),
        outcome varchar(16) NOT NULL CHECK (outcome IN ('ok', 'error', 'fallback')),
        latency_ms integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX llm_usage_created_idx ON llm_usage (created_at)');
    await q.query('CREATE INDEX llm_usage_session_idx ON llm_usage (session_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE llm_usage');
    await q.query('DROP TABLE chat_rating');
    await q.query(`
      ALTER TABLE ticket
        DROP COLUMN session_id, DROP COLUMN locale, DROP COLUMN validation,
        DROP COLUMN validated_at, DROP COLUMN correction, DROP COLUMN recap_status,
        DROP COLUMN recap_attempts, DROP COLUMN recap_sent_at`);
    await q.query('DROP TABLE chat_event');
    await q.query('ALTER TABLE chat_message DROP COLUMN data');
    await q.query('DROP INDEX chat_session_handoff_idx');
    await q.query('DROP INDEX chat_session_created_idx');
    await q.query('DROP INDEX chat_session_activity_idx');
    await q.query(`
      ALTER TABLE chat_session
        DROP CONSTRAINT chat_session_state_check, DROP COLUMN context,
        DROP COLUMN customer_email, DROP COLUMN handoff_at, DROP COLUMN claim_started_at,
        DROP COLUMN message_count, DROP COLUMN last_event_id`);
  }
}
