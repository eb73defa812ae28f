import request from 'supertest';
import { DataSource } from 'typeorm';
import { OrdersService } from '../src/orders';
import { TicketsService } from '../src/sav';
import { bearer, staffToken } from './support/auth';
import { type OpenChat, openChat } from './support/chat';
import { putOrder } from './support/orders';
import { startTestApp, type TestApp } from './support/test-app';

const ORDER = 'CMD-2026-700001';

interface Line {
  role: string;
  text: string;
  ratingRequest?: boolean;
  ticketReference?: string;
}

describe('conversation ratings (CSAT) and the rating request (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: string;
  const http = () => request(t.app.getHttpServer());
  const rate = (chat: OpenChat, body: Record<string, unknown>, sessionId = chat.sessionId) =>
    http().post(`/api/v1/chat/sessions/${sessionId}/rating`).set(chat.auth).send(body);
  const stored = (sessionId: string) =>
    t.app
      .get(DataSource)
      .query<{ score: number; comment: string | null; ticket_id: string | null }[]>(
        'SELECT score, comment, ticket_id FROM chat_rating WHERE session_id = $1',
        [sessionId],
      );
  const history = async (chat: OpenChat): Promise<Line[]> =>
    (
      await http()
        .get(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
        .set(chat.auth)
        .expect(200)
    ).body.items;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await staffToken(t, 'admin');
    await putOrder(t, ORDER, {
      email: 'claire.martin@example.fr',
      sku: 'RELAX-E2E-01',
      productName: 'Fauteuil relax',
      unitPrice: 900,
    });
  });
  afterAll(() => t.close());

  it('stores a rating, then replaces it and says so: one rating per conversation', async () => {
    const chat = await openChat(t);
    const first = await rate(chat, { score: 5, comment: '  Rapide et efficace  ' }).expect(201);
    expect(first.body).toMatchObject({ score: 5, comment: 'Rapide et efficace', replaced: false });
    expect(first.body.thanks).toMatch(/Merci/);
    expect(first.body.createdAt).toBe(first.body.updatedAt);

    const second = await rate(chat, { score: 2 }).expect(200);
    expect(second.body).toMatchObject({ score: 2, comment: null, replaced: true });
    expect(second.body.createdAt).toBe(first.body.createdAt);
    expect(Date.parse(second.body.updatedAt)).toBeGreaterThanOrEqual(
      Date.parse(first.body.updatedAt),
    );
    expect(await stored(chat.sessionId)).toEqual([{ score: 2, comment: null, ticket_id: null }]);
  });

  it.each([
    ['0', { score: 0 }],
    ['6', { score: 6 }],
    ['2.5', { score: 2.5 }],
    ['a string', { score: '4' }],
    ['no score', { comment: 'bien' }],
    ['a comment over 1000 characters', { score: 4, comment: 'x'.repeat(1001) }],
    ['an unknown field', { score: 4, stars: 4 }],
  ])('refuses %s with 400 and stores nothing', async (_what, body) => {
    const chat = await openChat(t);
    const res = await rate(chat, body).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await stored(chat.sessionId)).toEqual([]);
  });

  it("refuses another customer's conversation", async () => {
    const mine = await openChat(t);
    const theirs = await openChat(t);
    await rate(mine, { score: 1 }, theirs.sessionId).expect(403);
    expect(await stored(theirs.sessionId)).toEqual([]);
  });

  it('asks for a rating in the conversation once its claim is resolved, and ties the rating to the ticket', async () => {
    const chat = await openChat(t, 'en');
    const order = await t.app.get(OrdersService).findEntity(ORDER);
    if (!order) throw new Error('order not stored');
    const ticket = await t.app.get(TicketsService).createFromChat({
      order,
      productSku: 'RELAX-E2E-01',
      description:
        'Le moteur du relax fait des étincelles et de la fumée, mon fils était assis dessus !',
      sessionId: chat.sessionId,
      locale: 'en',
      evidence: { photos: 0, videos: 0 },
    });
    const walk: Record<string, string> = {
      escalated_to_human: 'in_progress',
      awaiting_technician: 'in_progress',
      auto_resolved: 'resolved',
      in_progress: 'resolved',
    };
    let status: string = ticket.status;
    expect(Object.keys(walk)).toContain(status);
    while (status !== 'resolved') {
      const res = await http()
        .patch(`/api/v1/tickets/${ticket.reference}`)
        .set(bearer(admin))
        .send({ status: walk[status] })
        .expect(200);
      status = res.body.status;
    }

    // The request is written after the ticket change is committed, off the request path.
    let request: Line | undefined;
    for (let i = 0; i < 50 && !request; i++) {
      request = (await history(chat)).find((m) => m.ratingRequest === true);
      if (!request) await new Promise((r) => setTimeout(r, 100));
    }
    expect(request).toMatchObject({
      role: 'bot',
      ratingRequest: true,
      ticketReference: ticket.reference,
    });
    expect(request?.text).toContain(ticket.reference);
    expect(request?.text).toMatch(/rate us from 1/);

    // Closing the resolved ticket asks nothing more.
    await http()
      .patch(`/api/v1/tickets/${ticket.reference}`)
      .set(bearer(admin))
      .send({ status: 'closed' })
      .expect(200);
    await new Promise((r) => setTimeout(r, 300));
    expect((await history(chat)).filter((m) => m.ratingRequest)).toHaveLength(1);

    const rated = await rate(chat, { score: 4 }).expect(201);
    expect(rated.body.thanks).toMatch(/Thank you/);
    const [{ id: ticketId }] = await t.app
      .get(DataSource)
      .query<{ id: string }[]>('SELECT id FROM ticket WHERE reference = $1', [ticket.reference]);
    expect(await stored(chat.sessionId)).toEqual([
      { score: 4, comment: null, ticket_id: ticketId },
    ]);
  });
});
