// Case 2: Redis stops in the middle of the load and comes back. Requests keep being answered
// (rate limits on per-instance memory, conversation state from the database, live events
// delivered locally), nothing crashes, and the API goes back to Redis by itself.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  type Accepted,
  BROWSING_TURNS,
  followEvents,
  newTally,
  openSession,
  type Session,
  sendTurn,
} from './support/customer.mts';
import { assertNothingHalfWritten, assertTurnsStored } from './support/checks.mts';
import {
  ApiInstance,
  newSecret,
  PrivatePostgres,
  PrivateRedis,
  Scope,
  sleep,
  waitFor,
} from './support/infra.mts';
import { report } from './support/report.mts';

const scope = new Scope();
after(() => scope.close());

const CUSTOMERS = 8;
const BEFORE_MS = 2_000;
const DOWN_MS = 4_000;
/** Longer than the rate limiter's probe interval (5 s), so it goes back to Redis under load. */
const AFTER_MS = 7_000;

test('requests are answered while Redis is down, and the API returns to Redis after its restart', async () => {
  const started = Date.now();
  const db = await PrivatePostgres.create(scope);
  const redis = await PrivateRedis.create(scope);
  const api = await ApiInstance.start(scope, { database: db, redis, jwtSecret: newSecret() });
  assert.equal(
    ((await api.ready()).body.details as Record<string, { status: string }>).redis.status,
    'up',
  );

  const tally = newTally();
  const accepted: Accepted[] = [];
  const refused: string[] = [];
  const streams: { session: Session; followed: { ids: number[] }; stop: () => Promise<void> }[] =
    [];
  const phase = { redisDown: false, turnsWhileDown: 0, readyWhileDown: '' };
  const stopAt = { time: Date.now() + BEFORE_MS + DOWN_MS + AFTER_MS + 5_000 };

  async function customer(): Promise<void> {
    while (Date.now() < stopAt.time) {
      const session = await openSession([api], tally);
      const follow = followEvents([api], session);
      streams.push({ session, followed: follow.followed, stop: follow.stop });
      await follow.connected;
      for (const text of BROWSING_TURNS) {
        try {
          await sendTurn([api], session, text, tally, accepted);
          if (phase.redisDown) phase.turnsWhileDown++;
        } catch (err) {
          refused.push((err as Error).message);
        }
      }
    }
  }

  const load = Promise.all(Array.from({ length: CUSTOMERS }, () => customer()));
  await sleep(BEFORE_MS);
  await redis.stop();
  phase.redisDown = true;
  await sleep(DOWN_MS / 2);
  const whileDown = await api.ready();
  await sleep(DOWN_MS / 2);
  await redis.start();
  phase.redisDown = false;
  await sleep(AFTER_MS);
  stopAt.time = Date.now();
  await load;

  assert.deepEqual(refused, [], 'every turn was answered');
  assert.ok(api.child.running, 'the API did not crash');
  // Degraded, not down, while Redis was away: the database is the only required dependency.
  assert.equal(whileDown.status, 200);
  const downDetails = whileDown.body.details as Record<string, { status: string }>;
  assert.equal(downDetails.redis.status, 'degraded');
  assert.equal(downDetails.database.status, 'up');
  assert.ok(phase.turnsWhileDown > 0, 'turns were answered while Redis was down');
  const serverErrors = Object.entries(tally.byStatus).filter(([status]) => Number(status) >= 500);
  assert.deepEqual(serverErrors, [], 'no 5xx');

  // Back on Redis by itself: /ready, the connection, and the shared rate-limit counters.
  await waitFor('/ready to report Redis up', async () => {
    const ready = await api.ready();
    return (ready.body.details as Record<string, { status: string }>).redis.status === 'up';
  });
  const messages = api.logs().map((l) => String(l.msg ?? ''));
  assert.ok(
    messages.some((m) => m.startsWith('Redis unavailable')),
    'the outage was logged',
  );
  assert.ok(messages.includes('Redis connection restored'), 'the reconnection was logged');
  assert.ok(
    messages.some((m) => m.startsWith('Shared store answers again')),
    'rate limits went back to Redis',
  );

  // Live events were delivered through the outage (locally), none missed or repeated. The
  // last turns' events may still be on their way: each stream catches up first.
  await waitFor(
    'every event stream to catch up with chat_event',
    async () => {
      for (const s of streams) {
        const rows = await db.query<{ id: string }>(
          'SELECT id FROM chat_event WHERE session_id = $1',
          [s.session.sessionId],
        );
        if (rows.length !== s.followed.ids.length) return false;
      }
      return true;
    },
    20_000,
    250,
  ).catch(() => undefined);
  await Promise.all(streams.map((s) => s.stop()));
  let events = 0;
  for (const s of streams) {
    const rows = await db.query<{ id: string }>(
      'SELECT id FROM chat_event WHERE session_id = $1 ORDER BY id',
      [s.session.sessionId],
    );
    assert.deepEqual(
      s.followed.ids,
      rows.map((r) => Number(r.id)),
      `events of ${s.session.sessionId}`,
    );
    events += rows.length;
  }
  await assertTurnsStored(db, accepted);
  await assertNothingHalfWritten(db);

  report('redis-outage', {
    seconds: (Date.now() - started) / 1000,
    requests: tally.requests,
    byStatus: tally.byStatus,
    acceptedTurns: accepted.length,
    turnsWhileRedisDown: phase.turnsWhileDown,
    slowestTurnMs: tally.slowestTurnMs,
    sessions: streams.length,
    eventsChecked: events,
  });
});
