import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Privacy requests (export, erasure) find a customer's claims and conversations
 * by e-mail address, whatever its case: indexes on the lower-cased address,
 * only over the rows that have one.
 */
export class PrivacyLookups1764700000000 implements MigrationInterface {
  name = 'PrivacyLookups1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ticket_customer_email_idx ON ticket (lower(customer_email))
                   WHERE customer_email IS NOT NULL`);
    await q.query(`CREATE INDEX chat_session_customer_email_idx
                   ON chat_session (lower(customer_email)) WHERE customer_email IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX chat_session_customer_email_idx');
    await q.query('DROP INDEX ticket_customer_email_idx');
  }
}
