import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff users and their refresh tokens, partner API keys, widget sites and chat sessions. */
export class AuthAccess1764300000000 implements MigrationInterface {
  name = 'AuthAccess1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        name varchar(100) NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('admin', 'agent')),
        password_hash varchar(255) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX app_user_email_idx ON app_user (lower(email))');

    // Only a SHA-256 of each refresh token is kept; a family is one login's chain of rotations.
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        revoked_reason varchar(32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)');
    await q.query('CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)');

    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        prefix varchar(16) NOT NULL UNIQUE,
        key_hash char(64) NOT NULL,
        scopes text[] NOT NULL,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE widget_site (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_key varchar(64) NOT NULL UNIQUE,
        name varchar(100) NOT NULL,
        allowed_origins text[] NOT NULL,
        theme jsonb NOT NULL DEFAULT '{}',
        greeting jsonb NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE chat_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES widget_site (id),
        locale varchar(8) NOT NULL,
        state varchar(32) NOT NULL DEFAULT 'browsing',
        origin varchar(255) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await q.query('CREATE INDEX chat_session_expires_idx ON chat_session (expires_at)');

    await q.query(`
      CREATE TABLE chat_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES chat_session (id) ON DELETE CASCADE,
        role varchar(16) NOT NULL CHECK (role IN ('customer', 'bot', 'agent')),
        text text NOT NULL,
        author_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX chat_message_session_idx ON chat_message (session_id, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE chat_message');
    await q.query('DROP TABLE chat_session');
    await q.query('DROP TABLE widget_site');
    await q.query('DROP TABLE api_key');
    await q.query('DROP TABLE refresh_token');
    await q.query('DROP TABLE app_user');
  }
}
