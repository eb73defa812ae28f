// Case 3: PostgreSQL stops in the middle of the load and comes back. While it is down the API
// answers 503 problem+json (never a 500), /ready says the database is down, and /health still
// answers; after the restart the same process serves again, and nothing is half-written.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  type Accepted,
  BROWSING_TURNS,
  CLAIM_TURNS,
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
  SITE_KEY,
  sleep,
  waitFor,
} from './support/infra.mts';
import { report } from './support/report.mts';

const scope = new Scope();
after(() => scope.close());

const CUSTOMERS = 8;
const BEFORE_MS = 2_000;
const DOWN_MS = 5_000;
const AFTER_MS = 4_000;
const UNAVAILABLE = '/problems/dependency-unavailable';

test('a database outage answers 503 problem+json and the API recovers by itself', async () => {
  const started = Date.now();
  const db = await PrivatePostgres.create(scope);
  const redis = await PrivateRedis.create(scope);
  const api = await ApiInstance.start(scope, { database: db, redis, jwtSecret: newSecret() });
  const pid = api.child.proc.pid;

  const tally = newTally();
  const accepted: Accepted[] = [];
  const claims: { session: Session; tickets: string[] }[] = [];
  const phase = { down: false, acceptedAtRestart: 0 };
  const stopAt = { time: Number.POSITIVE_INFINITY };

  async function customer(i: number): Promise<void> {
    while (Date.now() < stopAt.time) {
      const session = await openSession([api], tally);
      const claim = i % 2 === 0;
      const record = { session, tickets: [] as string[] };
      if (claim) claims.push(record);
      for (const text of claim ? CLAIM_TURNS : BROWSING_TURNS) {
        const turn = await sendTurn([api], session, text, tally, accepted);
        if (turn.reply?.ticket) record.tickets.push(turn.reply.ticket.reference);
      }
    }
  }

  const load = Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => customer(i)));
  await sleep(BEFORE_MS);
  await db.stop();
  phase.down = true;
  await sleep(DOWN_MS / 2);

  // What a caller sees while the database is down.
  const ready = await api.ready();
  assert.equal(ready.status, 503, '/ready fails while the database is down');
  assert.equal((ready.body.details as Record<string, { status: string }>).database.status, 'down');
  assert.equal((await fetch(`${api.base}/health`)).status, 200, 'the process is alive');
  const open = await fetch(`${api.base}/api/v1/chat/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: api.origin },
    body: JSON.stringify({ siteKey: SITE_KEY, locale: 'fr' }),
  });
  assert.equal(open.status, 503);
  assert.match(open.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = (await open.json()) as { type: string; status: number; detail: string };
  assert.equal(problem.type, UNAVAILABLE);
  assert.equal(problem.status, 503);
  assert.doesNotMatch(problem.detail, /ECONNREFUSED|127\.0\.0\.1|postgres/i, 'no internals');

  await sleep(DOWN_MS / 2);
  await db.start();
  phase.down = false;
  phase.acceptedAtRestart = accepted.length;
  await waitFor('/ready to pass again', async () => (await api.ready()).status === 200, 30_000);
  await sleep(AFTER_MS);
  stopAt.time = Date.now();
  await load;

  assert.ok(api.child.running, 'the API kept running');
  assert.equal(api.child.proc.pid, pid, 'the same process serves after the restart');
  assert.ok(accepted.length > phase.acceptedAtRestart, 'turns were answered after the restart');
  // Every refusal was the documented 503, as problem+json.
  const refusals = tally.refusals;
  assert.ok(refusals.length > 0, 'the outage was felt by clients');
  const internalErrors = api
    .logs()
    .filter((l) => l.level === 'error' || l.level === 'fatal')
    .map((l) => JSON.stringify(l.err ?? l.msg).slice(0, 1_500));
  for (const r of refusals) {
    assert.equal(
      r.status,
      503,
      `refusal ${JSON.stringify(r)}; errors logged:\n${internalErrors.join('\n')}`,
    );
    assert.match(r.contentType, /^application\/problem\+json/);
    assert.equal(r.problemType, UNAVAILABLE);
  }

  await assertTurnsStored(db, accepted);
  await assertNothingHalfWritten(db);
  const tickets = await db.query<{ session_id: string; n: number }>(
    `SELECT session_id, count(*)::int AS n FROM ticket
      WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
    [claims.map((c) => c.session.sessionId)],
  );
  for (const c of claims) {
    const n = tickets.find((t) => t.session_id === c.session.sessionId)?.n ?? 0;
    assert.ok(n <= 1, `claim of session ${c.session.sessionId} has ${n} tickets`);
    if (c.tickets.length > 0) assert.equal(n, 1, 'the ticket the customer was told of exists');
  }

  report('database-outage', {
    seconds: (Date.now() - started) / 1000,
    requests: tally.requests,
    byStatus: tally.byStatus,
    networkErrors: tally.networkErrors,
    acceptedTurns: accepted.length,
    slowestTurnMs: tally.slowestTurnMs,
    ticketsChecked: tickets.length,
  });
});
