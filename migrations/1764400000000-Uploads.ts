import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence files: where they are stored, whose they are, what they are, and their scan. */
export class Uploads1764400000000 implements MigrationInterface {
  name = 'Uploads1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        storage_key varchar(200) NOT NULL UNIQUE,
        session_id uuid REFERENCES chat_session (id) ON DELETE SET NULL,
        ticket_id uuid REFERENCES ticket (id) ON DELETE SET NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('photo', 'video', 'document')),
        mime_type varchar(64) NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        sha256 char(64) NOT NULL,
        width integer,
        height integer,
        scan_status varchar(16) NOT NULL
          CHECK (scan_status IN ('pending', 'clean', 'infected', 'unscanned', 'error')),
        scan_signature varchar(200),
        uploaded_by varchar(120) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        scanned_at timestamptz
      )`);
    await q.query('CREATE INDEX upload_session_idx ON upload (session_id)');
    await q.query('CREATE INDEX upload_ticket_idx ON upload (ticket_id)');
    await q.query('CREATE INDEX upload_created_idx ON upload (created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE upload');
  }
}
