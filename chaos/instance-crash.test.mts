// Case 1: one of two API instances is killed (SIGKILL) while customers chat and open claims
// through both. Every message a client got a 2xx for is stored exactly once, each claim has
// one ticket, clients carry on with the surviving instance, and live event streams resume
// with Last-Event-ID without missing anything.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  type Accepted,
  BROWSING_TURNS,
  CLAIM_TURNS,
  type Followed,
  followEvents,
  newTally,
  openSession,
  type Session,
  sendTurn,
} from './support/customer.mts';
import {
  ApiInstance,
  newSecret,
  PrivatePostgres,
  PrivateRedis,
  Scope,
  sleep,
  waitFor,
} from './support/infra.mts';
import { assertNothingHalfWritten, assertTurnsStored } from './support/checks.mts';
import { report } from './support/report.mts';

const scope = new Scope();
after(() => scope.close());

const CUSTOMERS = 12;
/** Turns sent before the kill, and after it (the survivors must carry them). */
const LOAD_BEFORE_KILL_MS = 3_000;
const LOAD_AFTER_KILL_MS = 4_000;

test('a killed instance loses no accepted message, duplicates no ticket, and streams resume', async () => {
  const started = Date.now();
  const db = await PrivatePostgres.create(scope);
  const redis = await PrivateRedis.create(scope);
  const jwtSecret = newSecret();
  // The first instance migrates and seeds; the second starts on the same database.
  const a = await ApiInstance.start(scope, { database: db, redis, jwtSecret });
  const b = await ApiInstance.start(scope, { database: db, redis, jwtSecret, publicUrl: a.origin });

  const tally = newTally();
  const accepted: Accepted[] = [];
  const claims: { session: Session; tickets: string[] }[] = [];
  const streams: {
    session: Session;
    baseline: number;
    followed: Followed;
    stop: () => Promise<void>;
  }[] = [];
  let killedAt = 0;
  let turnsAfterKill = 0;
  const stopAt = { time: Number.POSITIVE_INFINITY };

  async function customer(i: number): Promise<void> {
    // Half talk to A first, half to B; their event streams are spread the same way,
    // crossed, so that replies written on one instance reach a stream open on the other.
    const chatOrder = i % 2 === 0 ? [a, b] : [b, a];
    const streamOrder = Math.floor(i / 2) % 2 === 0 ? [a, b] : [b, a];
    while (Date.now() < stopAt.time) {
      const session = await openSession(chatOrder, tally);
      const [{ max }] = await db.query<{ max: string | null }>(
        'SELECT max(id)::text AS max FROM chat_event WHERE session_id = $1',
        [session.sessionId],
      );
      const follow = followEvents(streamOrder, session);
      streams.push({
        session,
        baseline: Number(max ?? 0),
        followed: follow.followed,
        stop: follow.stop,
      });
      await follow.connected;
      const claim = i % 3 === 0;
      const record = { session, tickets: [] as string[] };
      if (claim) claims.push(record);
      const script = claim ? CLAIM_TURNS : BROWSING_TURNS;
      for (const text of script) {
        const turn = await sendTurn(chatOrder, session, text, tally, accepted);
        if (killedAt && Date.now() > killedAt) turnsAfterKill++;
        if (turn.reply?.ticket) record.tickets.push(turn.reply.ticket.reference);
      }
    }
  }

  stopAt.time = Date.now() + LOAD_BEFORE_KILL_MS + LOAD_AFTER_KILL_MS;
  const load = Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => customer(i)));
  await sleep(LOAD_BEFORE_KILL_MS);
  const acceptedBeforeKill = accepted.length;
  a.child.proc.kill('SIGKILL');
  await a.child.exited;
  killedAt = Date.now();
  await load;

  // Streams: each ends up with every event stored for its session, once, in order.
  await waitFor(
    'every event stream to catch up with chat_event',
    async () => {
      for (const s of streams) {
        const rows = await db.query<{ id: string }>(
          'SELECT id FROM chat_event WHERE session_id = $1 AND id > $2 ORDER BY id',
          [s.session.sessionId, s.baseline],
        );
        if (rows.length !== s.followed.ids.length) return false;
      }
      return true;
    },
    20_000,
    250,
  ).catch(() => undefined);
  await Promise.all(streams.map((s) => s.stop()));

  // No accepted message lost or stored twice; every reply stored.
  await assertTurnsStored(db, accepted);
  await assertNothingHalfWritten(db);

  // One ticket per claim, with its timeline. A claim whose last turn died with the killed
  // instance may have its ticket without the customer having been told (the reply is lost,
  // never the message, and a resend does not open a second ticket).
  const tickets = await db.query<{ session_id: string; n: number; events: number }>(
    `SELECT t.session_id, count(DISTINCT t.id)::int AS n, count(e.id)::int AS events
       FROM ticket t LEFT JOIN ticket_event e ON e.ticket_id = t.id
      WHERE t.session_id = ANY($1::uuid[]) GROUP BY t.session_id`,
    [claims.map((c) => c.session.sessionId)],
  );
  const told = claims.filter((c) => c.tickets.length > 0);
  assert.ok(told.length > 0, 'claims were completed');
  for (const c of claims) {
    const row = tickets.find((t) => t.session_id === c.session.sessionId);
    assert.ok((row?.n ?? 0) <= 1, `claim of session ${c.session.sessionId} has ${row?.n} tickets`);
    if (c.tickets.length > 0) {
      assert.equal(row?.n, 1, 'the ticket the customer was told of exists');
      assert.equal(c.tickets.length, 1, 'the customer was told of one ticket');
    }
    if (row) assert.ok(row.events > 0, 'the ticket has its timeline');
  }
  const untold = tickets.length - told.length;

  // Clients recovered: turns were accepted after the kill, by the survivor.
  assert.ok(turnsAfterKill > 0, 'customers went on chatting after the kill');
  assert.ok(accepted.length > acceptedBeforeKill);
  assert.ok(b.child.running, 'the surviving instance is still running');

  // Streams: what each received equals what was stored for its session, without duplicates.
  let events = 0;
  let reconnects = 0;
  for (const s of streams) {
    const rows = await db.query<{ id: string }>(
      'SELECT id FROM chat_event WHERE session_id = $1 AND id > $2 ORDER BY id',
      [s.session.sessionId, s.baseline],
    );
    assert.deepEqual(
      [...s.followed.ids].sort((x, y) => x - y),
      rows.map((r) => Number(r.id)),
      `events of session ${s.session.sessionId}`,
    );
    assert.equal(new Set(s.followed.ids).size, s.followed.ids.length, 'no event twice');
    events += s.followed.ids.length;
    reconnects += s.followed.reconnects;
  }
  assert.ok(reconnects > 0, 'streams on the killed instance reconnected');

  report('instance-crash', {
    seconds: (Date.now() - started) / 1000,
    requests: tally.requests,
    byStatus: tally.byStatus,
    networkErrors: tally.networkErrors,
    slowestTurnMs: tally.slowestTurnMs,
    acceptedTurns: accepted.length,
    turnsAfterKill,
    sessions: streams.length,
    ticketsChecked: tickets.length,
    ticketsWhoseReplyWasLost: untold,
    eventsChecked: events,
    streamReconnects: reconnects,
  });
});
