// Assertions on what the database holds after a fault, shared by the cases.
import assert from 'node:assert/strict';
import type { Accepted } from './customer.mts';
import type { PrivatePostgres } from './infra.mts';

/**
 * Every turn a client got a 2xx for is in chat_message exactly once, under the id the answer
 * gave, with its stored reply; the sessions hold no customer line that no client sent.
 */
export async function assertTurnsStored(db: PrivatePostgres, accepted: Accepted[]): Promise<void> {
  const rows = await db.query<{ client_message_id: string; id: string; n: number }>(
    `SELECT client_message_id, min(id::text) AS id, count(*)::int AS n FROM chat_message
      WHERE client_message_id = ANY($1::uuid[]) GROUP BY client_message_id`,
    [accepted.map((x) => x.clientMessageId)],
  );
  const stored = new Map(rows.map((r) => [r.client_message_id, r]));
  for (const x of accepted) {
    const row = stored.get(x.clientMessageId);
    assert.ok(row, `accepted message ${x.clientMessageId} is missing from chat_message`);
    assert.equal(row.n, 1, `message ${x.clientMessageId} stored ${row.n} times`);
    assert.equal(row.id, x.messageId, 'the answer named the stored message');
  }
  const replies = await db.query<{ id: string; reply_to_id: string }>(
    'SELECT id, reply_to_id FROM chat_message WHERE id = ANY($1::uuid[])',
    [accepted.flatMap((x) => (x.replyId ? [x.replyId] : []))],
  );
  const replyTo = new Map(replies.map((r) => [r.id, r.reply_to_id]));
  for (const x of accepted) {
    if (x.replyId) assert.equal(replyTo.get(x.replyId), x.messageId, 'the reply is stored');
  }
  const sessionIds = [...new Set(accepted.map((x) => x.sessionId))];
  const [{ lines }] = await db.query<{ lines: number }>(
    `SELECT count(*)::int AS lines FROM chat_message
      WHERE role = 'customer' AND session_id = ANY($1::uuid[])`,
    [sessionIds],
  );
  assert.equal(lines, accepted.length, 'one customer line per accepted turn');
}

/** No half-written rows: every ticket has its timeline, every message and upload its session. */
export async function assertNothingHalfWritten(db: PrivatePostgres): Promise<void> {
  const [orphans] = await db.query<Record<string, number>>(
    `SELECT
       (SELECT count(*)::int FROM ticket t
         WHERE NOT EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id)) AS "ticketsWithoutTimeline",
       (SELECT count(*)::int FROM chat_message m
         WHERE NOT EXISTS (SELECT 1 FROM chat_session s WHERE s.id = m.session_id)) AS "messagesWithoutSession",
       (SELECT count(*)::int FROM chat_message r
         WHERE r.reply_to_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM chat_message m WHERE m.id = r.reply_to_id)) AS "repliesWithoutMessage",
       (SELECT count(*)::int FROM ticket t
         WHERE t.session_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM chat_session s WHERE s.id = t.session_id)) AS "ticketsWithoutSession"`,
  );
  assert.deepEqual(orphans, {
    ticketsWithoutTimeline: 0,
    messagesWithoutSession: 0,
    repliesWithoutMessage: 0,
    ticketsWithoutSession: 0,
  });
}
