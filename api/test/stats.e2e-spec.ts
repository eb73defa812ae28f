import request from 'supertest';
import { DataSource } from 'typeorm';
import { apiKey, bearer, staffToken } from './support/auth';
import { openChat } from './support/chat';
import { startTestApp, type TestApp } from './support/test-app';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A known week, built row by row: the window is the seven UTC days before today,
 * so conversations of its last day can still be going on now.
 */
const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00.000Z');
const FROM = new Date(today.getTime() - 7 * DAY);
const TO = today;
/** Day `day` of the window (0–6) at `hour` UTC. */
const at = (day: number, hour: number, minutes = 0) =>
  new Date(FROM.getTime() + day * DAY + hour * HOUR + minutes * MINUTE);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

interface SessionRow {
  createdAt: Date;
  email?: string;
  messages: number;
  handoff?: boolean;
  claim?: boolean;
  /** Closed when the conversation ended; left open and recently active otherwise. */
  active?: boolean;
  closed?: boolean;
}

interface TicketRow {
  reference: string;
  source: 'chat' | 'partner' | 'agent';
  status: string;
  priority: string;
  createdAt: Date;
  sessionId?: string;
  responseDueAt: Date;
  interventionDueAt: Date;
  firstResponseAt?: Date;
  resolvedAt?: Date;
  /** Statuses reached, in order, as the timeline records them. */
  path?: string[];
}

describe('GET /stats: the retailer KPIs over a window (real PostgreSQL)', () => {
  let t: TestApp;
  let agent: string;
  let db: DataSource;
  const http = () => request(t.app.getHttpServer());
  const stats = (query: Record<string, string>, token = agent) =>
    http().get('/api/v1/stats').query(query).set(bearer(token));

  let siteId: string;
  async function session(row: SessionRow): Promise<string> {
    const lastActivity = row.active
      ? new Date(Date.now() - MINUTE)
      : plus(row.createdAt, 30 * MINUTE);
    const expires = row.active ? new Date(Date.now() + HOUR) : plus(row.createdAt, DAY);
    const [{ id }] = await db.query<{ id: string }[]>(
      `INSERT INTO chat_session (site_id, locale, state, origin, created_at, last_activity_at,
                                 expires_at, closed_at, customer_email, handoff_at,
                                 claim_started_at, message_count)
       VALUES ($1, 'fr', $2, 'https://shop.example.com', $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING id`,
      [
        siteId,
        row.handoff ? 'handoff' : row.closed ? 'closed' : 'browsing',
        row.createdAt,
        lastActivity,
        expires,
        row.closed ? lastActivity : null,
        row.email ?? null,
        row.handoff ? plus(row.createdAt, 10 * MINUTE) : null,
        row.claim ? plus(row.createdAt, 2 * MINUTE) : null,
        row.messages,
      ],
    );
    return id;
  }

  async function ticket(row: TicketRow): Promise<void> {
    const [{ id }] = await db.query<{ id: string }[]>(
      `INSERT INTO ticket (reference, status, priority, score, category, severity, description,
                           source, analysis, decision_action, resolution_type, response_due_at,
                           intervention_due_at, first_response_at, resolved_at, created_at,
                           updated_at, session_id)
       VALUES ($1, $2, $3, 50, 'structural', 'P1', 'Pied cassé', $4, '{}', 'escalate',
               'human_intervention', $5, $6, $7, $8, $9, $9, $10)
       RETURNING id`,
      [
        row.reference,
        row.status,
        row.priority,
        row.source,
        row.responseDueAt,
        row.interventionDueAt,
        row.firstResponseAt ?? null,
        row.resolvedAt ?? null,
        row.createdAt,
        row.sessionId ?? null,
      ],
    );
    let from = 'new';
    for (const [i, to] of (row.path ?? []).entries()) {
      await db.query(
        `INSERT INTO ticket_event (ticket_id, at, actor, kind, from_status, to_status)
         VALUES ($1, $2, 'system', 'status_change', $3, $4)`,
        [id, plus(row.createdAt, (i + 1) * MINUTE), from, to],
      );
      from = to;
    }
  }

  const rating = (sessionId: string, score: number, createdAt: Date) =>
    db.query(
      `INSERT INTO chat_rating (session_id, score, created_at, updated_at) VALUES ($1, $2, $3, $3)`,
      [sessionId, score, createdAt],
    );
  const usage = (
    createdAt: Date,
    prompt: number,
    completion: number,
    cost: string,
    outcome: 'ok' | 'error' | 'fallback',
  ) =>
    db.query(
      `INSERT INTO llm_usage (provider, model, prompt_tokens, completion_tokens, cost_eur, outcome,
                              created_at)
       VALUES ('mistral', 'mistral-small', $1, $2, $3, $4, $5)`,
      [prompt, completion, cost, outcome, createdAt],
    );

  beforeAll(async () => {
    t = await startTestApp();
    agent = await staffToken(t, 'agent');
    db = t.app.get(DataSource);
    [{ id: siteId }] = await db.query<{ id: string }[]>(
      `INSERT INTO widget_site (site_key, name, allowed_origins)
       VALUES ('site_stats_test', 'Stats shop', ARRAY['https://shop.example.com']) RETURNING id`,
    );

    // Conversations of the window (day 0 … 6) and around it.
    const s1 = await session({
      createdAt: at(0, 10),
      email: 'a@example.fr',
      messages: 3,
      closed: true,
    });
    await session({ createdAt: at(0, 12), email: 'd@example.fr', messages: 1, closed: true });
    const s3 = await session({ createdAt: at(1, 14), messages: 1 }); // expired, never closed
    await session({
      createdAt: at(1, 15),
      email: 'b@example.fr',
      messages: 4,
      handoff: true,
      claim: true,
    });
    await session({ createdAt: at(2, 8), messages: 3, claim: true }); // abandoned claim
    const s6 = await session({
      createdAt: at(2, 9),
      email: 'c@example.fr',
      messages: 5,
      claim: true,
      closed: true,
    });
    const s2 = await session({
      createdAt: at(3, 9),
      email: 'A@example.fr',
      messages: 2,
      closed: true,
    });
    await session({ createdAt: at(4, 10), messages: 0, closed: true }); // opened, never written in
    await session({ createdAt: at(5, 20), email: 'e@example.fr', messages: 1, closed: true });
    // Still going on now: counted per day, not yet judged.
    await session({ createdAt: at(6, 23), messages: 2, claim: true, active: true });
    // Outside: the day before (an abandoned claim) and the first instant after (e's return).
    const before = await session({
      createdAt: at(-1, 12),
      email: 'd@example.fr',
      messages: 1,
      claim: true,
      closed: true,
    });
    await session({ createdAt: TO, email: 'e@example.fr', messages: 1, closed: true });

    await ticket({
      reference: 'SAV-2026-000001',
      source: 'chat',
      status: 'resolved',
      priority: 'P2',
      createdAt: at(2, 9, 30),
      sessionId: s6,
      firstResponseAt: at(2, 10),
      responseDueAt: plus(at(2, 9, 30), 120 * HOUR),
      resolvedAt: plus(at(2, 9, 30), 48 * HOUR),
      interventionDueAt: plus(at(2, 9, 30), 168 * HOUR),
      path: ['problem_analysis', 'escalated_to_human', 'in_progress', 'resolved'],
    });
    await ticket({
      reference: 'SAV-2026-000002',
      source: 'partner',
      status: 'auto_resolved',
      priority: 'P3',
      createdAt: at(1, 10),
      responseDueAt: plus(at(1, 10), 168 * HOUR),
      resolvedAt: at(1, 10, 1), // answered by the automatic resolution itself
      interventionDueAt: plus(at(1, 10), 336 * HOUR),
      path: ['problem_analysis', 'decision_pending', 'auto_resolved'],
    });
    await ticket({
      reference: 'SAV-2026-000003',
      source: 'agent',
      status: 'in_progress',
      priority: 'P0',
      createdAt: at(3, 8),
      firstResponseAt: at(3, 18), // 10 h for a 4 h deadline
      responseDueAt: at(3, 12),
      interventionDueAt: at(4, 8), // passed, unresolved
    });
    await ticket({
      reference: 'SAV-2026-000004',
      source: 'chat',
      status: 'escalated_to_human',
      priority: 'P1',
      createdAt: at(4, 12),
      responseDueAt: at(5, 12), // passed, nobody answered
      interventionDueAt: new Date(Date.now() + 30 * DAY),
    });
    await ticket({
      reference: 'SAV-2026-000005',
      source: 'chat',
      status: 'cancelled',
      priority: 'P2',
      createdAt: at(5, 9),
      responseDueAt: at(5, 10), // breached, but a cancelled claim is not measured
      interventionDueAt: at(5, 11),
      resolvedAt: at(5, 9, 5),
    });
    await ticket({
      reference: 'SAV-2026-000006',
      source: 'partner',
      status: 'in_progress',
      priority: 'P2',
      createdAt: at(0, 9),
      firstResponseAt: at(0, 10),
      responseDueAt: plus(at(0, 9), 24 * HOUR),
      resolvedAt: at(0, 9, 3),
      interventionDueAt: new Date(Date.now() + 10 * DAY),
      // Resolved automatically, contested, taken over by a person: not an automatic resolution.
      path: ['decision_pending', 'auto_resolved', 'in_progress'],
    });
    await ticket({
      reference: 'SAV-2026-000007',
      source: 'agent',
      status: 'new',
      priority: 'P3',
      createdAt: at(-3, 9),
      responseDueAt: at(-3, 10),
      interventionDueAt: at(-3, 11),
    });

    await rating(s1, 5, at(0, 11));
    await rating(s6, 4, at(2, 12));
    await rating(s2, 2, at(3, 10));
    await rating(s3, 5, at(1, 15));
    await rating(before, 1, at(-1, 13));

    await usage(at(0, 10), 1000, 200, '0.012300', 'ok');
    await usage(at(3, 9), 500, 100, '0.004000', 'fallback');
    await usage(at(5, 20), 0, 0, '0', 'error');
    await usage(at(-1, 12), 9999, 999, '1.000000', 'ok');
  });
  afterAll(() => t.close());

  it('reports every figure of the known week exactly', async () => {
    const res = await stats({ from: FROM.toISOString(), to: TO.toISOString() }).expect(200);
    const body = res.body;
    expect(body.window).toEqual({ from: FROM.toISOString(), to: TO.toISOString() });
    expect(body.tickets).toEqual({
      open: {
        total: 4,
        byStatus: {
          new: 1,
          problem_analysis: 0,
          warranty_check: 0,
          evidence_collection: 0,
          priority_assessment: 0,
          decision_pending: 0,
          escalated_to_human: 1,
          awaiting_technician: 0,
          in_progress: 2,
        },
        byPriority: { P0: 1, P1: 1, P2: 1, P3: 1 },
      },
      created: { total: 6, bySource: { chat: 3, partner: 2, agent: 1 } },
    });
    expect(body.sla).toEqual({
      measured: 5,
      complianceRate: 3 / 5,
      responseBreaches: 2,
      interventionBreaches: 1,
    });
    expect(body.autoResolutionRate).toBe(1 / 6);
    // Ended conversations with a customer message: a, d, s3, b, abandoned, c, A, e = 8;
    // resolved: d, s3, c (claim filed), A (last visit) = 4. a came back as A; e came back after the window.
    expect(body.firstContactResolutionRate).toBe(4 / 8);
    expect(body.csat).toEqual({ ratings: 4, averageScore: 4, rate: 3 / 4 });
    // Ended claims: b (handed off), the abandoned one, c (ticket) → 1 of 3.
    expect(body.abandonmentRate).toBe(1 / 3);
    expect(body.conversationsPerDay).toEqual(
      [2, 2, 2, 1, 1, 1, 1].map((count, day) => ({
        date: at(day, 0).toISOString().slice(0, 10),
        count,
      })),
    );
    // First responses: 30, 600 and 60 minutes.
    expect(body.medianFirstResponseMinutes).toBe(60);
    expect(body.p90FirstResponseMinutes).toBe(492);
    expect(body.ai).toEqual({
      calls: 3,
      promptTokens: 1500,
      completionTokens: 300,
      costEur: 0.0163,
      fallbacks: 1,
      errors: 1,
    });
    expect(body.targets).toEqual({
      firstContactResolution: { target: 0.4, value: 0.5, met: true },
      csat: { target: 0.85, value: 0.75, met: false },
      abandonment: { target: 0.15, value: 1 / 3, met: false },
    });
  });

  it('counts a conversation once it has gone idle, and an ongoing one not yet', async () => {
    const window = { from: FROM.toISOString(), to: TO.toISOString() };
    const before = (await stats(window).expect(200)).body;
    await db.query(
      `UPDATE chat_session SET last_activity_at = now() - interval '25 hours'
        WHERE created_at = $1`,
      [at(6, 23)],
    );
    const after = (await stats(window).expect(200)).body;
    expect(before.abandonmentRate).toBe(1 / 3);
    expect(after.abandonmentRate).toBe(2 / 4);
    expect(after.firstContactResolutionRate).toBe(4 / 9);
    await db.query(
      `UPDATE chat_session SET last_activity_at = now() - interval '1 minute' WHERE created_at = $1`,
      [at(6, 23)],
    );
  });

  it('answers null rates, zero counts and unmet-unknown targets for a window without data', async () => {
    const body = (await stats({ from: '2020-01-01', to: '2020-01-03' }).expect(200)).body;
    expect(body.tickets.created).toEqual({ total: 0, bySource: { chat: 0, partner: 0, agent: 0 } });
    expect(body.tickets.open.total).toBe(4); // the queue is current, whatever the window
    expect(body.sla).toEqual({
      measured: 0,
      complianceRate: null,
      responseBreaches: 0,
      interventionBreaches: 0,
    });
    expect(body.autoResolutionRate).toBeNull();
    expect(body.firstContactResolutionRate).toBeNull();
    expect(body.abandonmentRate).toBeNull();
    expect(body.csat).toEqual({ ratings: 0, averageScore: null, rate: null });
    expect(body.medianFirstResponseMinutes).toBeNull();
    expect(body.p90FirstResponseMinutes).toBeNull();
    expect(body.conversationsPerDay).toEqual([
      { date: '2020-01-01', count: 0 },
      { date: '2020-01-02', count: 0 },
    ]);
    expect(body.ai).toEqual({
      calls: 0,
      promptTokens: 0,
      completionTokens: 0,
      costEur: 0,
      fallbacks: 0,
      errors: 0,
    });
    expect(body.targets.csat).toEqual({ target: 0.85, value: null, met: null });
  });

  it('covers the last 30 days by default', async () => {
    const before = Date.now();
    const body = (await stats({}).expect(200)).body;
    const from = Date.parse(body.window.from);
    const to = Date.parse(body.window.to);
    expect(to - from).toBe(30 * DAY);
    expect(to).toBeGreaterThanOrEqual(before);
    expect(body.conversationsPerDay.length).toBeGreaterThanOrEqual(30);
    expect(body.tickets.created.total).toBe(7);
  });

  it.each([
    ['a date that is not one', { from: 'yesterday' }, 'from'],
    ['to before from', { from: '2026-03-02', to: '2026-03-01' }, 'to'],
    ['more than 366 days', { from: '2024-01-01', to: '2025-01-02' }, 'to'],
    ['an unknown parameter', { since: '2026-03-01' }, 'since'],
  ])('refuses %s with 400 problem+json', async (_what, query, field) => {
    const res = await stats(query).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('is for agents and admins only', async () => {
    await http().get('/api/v1/stats').expect(401);
    await stats({}, await staffToken(t, 'admin')).expect(200);
    const customer = await openChat(t);
    await http().get('/api/v1/stats').set(customer.auth).expect(403);
    const key = await apiKey(t, ['tickets:read']);
    await http().get('/api/v1/stats').set('X-API-Key', key).expect(403);
  });
});
