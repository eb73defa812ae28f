import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Safe resends: the widget names each customer message, so the same message
 * sent twice (after a network drop) is stored and answered once; and a bot
 * reply names the customer message it answers, so the resend gets that reply.
 */
export class ChatClientMessageIds1764600000000 implements MigrationInterface {
  name = 'ChatClientMessageIds1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE chat_message
        ADD COLUMN client_message_id uuid,
        ADD COLUMN reply_to_id uuid`);
    await q.query(`CREATE UNIQUE INDEX chat_message_client_id_key
                   ON chat_message (session_id, client_message_id)
                   WHERE client_message_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX chat_message_client_id_key');
    await q.query(
      'ALTER TABLE chat_message DROP COLUMN reply_to_id, DROP COLUMN client_message_id',
    );
  }
}
