import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { ChatEvents } from '../src/chat';
import { chatSessionChannel } from '../src/chat/events/chat-event-feed';
import { Broadcast } from '../src/infra/broadcast';
import { OrdersService } from '../src/orders';
import { TicketsService } from '../src/sav';
import { bearer, staffToken } from './support/auth';
import { type OpenChat, openChat } from './support/chat';
import { appUrl, openSse, type SseClient } from './support/sse';
import { putOrder } from './support/orders';
import { startSecondInstance, startTestApp, type TestApp } from './support/test-app';

const ORDER = 'CMD-2026-910001';

/** Polls until `check` holds; the deadline only bounds a failure. */
async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('live chat events over server-sent events (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  let base: string;
  let admin: string;
  let agent: string;
  const streams: SseClient[] = [];

  const eventsUrl = (sessionId: string, query = '') =>
    `${base}/api/v1/chat/sessions/${sessionId}/events${query}`;
  async function listen(
    chat: OpenChat,
    headers: Record<string, string> = {},
    query = '',
  ): Promise<SseClient> {
    const sse = await openSse(eventsUrl(chat.sessionId, query), { ...chat.auth, ...headers });
    streams.push(sse);
    expect(sse.status).toBe(200);
    return sse;
  }
  const publish = (sessionId: string, type: 'message' | 'state', data: Record<string, unknown>) =>
    t.app.get(ChatEvents).publish(sessionId, type, data);

  beforeAll(async () => {
    t = await startTestApp();
    base = await appUrl(t);
    admin = await staffToken(t, 'admin');
    agent = await staffToken(t, 'agent');
  });
  afterEach(() => {
    for (const s of streams.splice(0)) s.close();
  });
  afterAll(() => t.close());

  it('streams the events of the customer’s own session, with id, type and flat data', async () => {
    const mine = await openChat(t);
    const theirs = await openChat(t);
    const sse = await listen(mine);
    expect(sse.headers.get('content-type')).toContain('text/event-stream');
    // A new client learns where it stands before any event (for its first reconnection).
    await eventually(() => sse.lastEventId !== undefined);
    expect(sse.retry).toBe(3000);

    await publish(theirs.sessionId, 'state', { state: 'faq' });
    const published = await publish(mine.sessionId, 'state', { state: 'handoff' });
    const frame = await sse.next();
    expect(frame.event).toBe('state');
    expect(frame.id).toBe(published.id);
    expect(frame.json()).toEqual({
      state: 'handoff',
      sessionId: mine.sessionId,
      createdAt: published.createdAt,
    });
    expect(sse.frames.map((f) => f.json().sessionId)).toEqual([mine.sessionId]);
  });

  it('gives a reconnecting client exactly the events it missed, then live ones', async () => {
    const chat = await openChat(t);
    const first = await listen(chat);
    const e1 = await publish(chat.sessionId, 'message', { message: { text: 'un' } });
    expect((await first.next('message')).id).toBe(e1.id);
    first.close();

    const e2 = await publish(chat.sessionId, 'message', { message: { text: 'deux' } });
    const e3 = await publish(chat.sessionId, 'state', { state: 'handoff' });
    const again = await listen(chat, { 'Last-Event-ID': e1.id });
    expect((await again.next()).id).toBe(e2.id);
    expect((await again.next()).id).toBe(e3.id);
    const e4 = await publish(chat.sessionId, 'message', { message: { text: 'quatre' } });
    expect((await again.next()).id).toBe(e4.id);
    expect(again.frames.map((f) => f.id)).toEqual([e2.id, e3.id, e4.id]);
    expect(again.frames[0].json()).toMatchObject({ message: { text: 'deux' } });

    // A client that cannot set headers says it in the query; the header wins over it.
    const byQuery = await listen(chat, {}, `?lastEventId=${e2.id}`);
    expect((await byQuery.next()).id).toBe(e3.id);
    const both = await listen(chat, { 'Last-Event-ID': e3.id }, `?lastEventId=${e1.id}`);
    expect((await both.next()).id).toBe(e4.id);
  });

  it('lets a new client resume from the position it was given, without a gap', async () => {
    const chat = await openChat(t);
    await publish(chat.sessionId, 'state', { state: 'faq' });
    const sse = await listen(chat);
    await eventually(() => sse.lastEventId !== undefined);
    const position = sse.lastEventId as string;
    sse.close();
    const missed = await publish(chat.sessionId, 'state', { state: 'claim_order' });
    const back = await listen(chat, { 'Last-Event-ID': position });
    expect((await back.next()).id).toBe(missed.id);
    expect(back.frames).toHaveLength(1);
  });

  it('lets staff follow any conversation, and delivers an agent typing', async () => {
    const chat = await openChat(t);
    const customer = await listen(chat);
    const staff = await openSse(eventsUrl(chat.sessionId), bearer(admin));
    streams.push(staff);
    expect(staff.status).toBe(200);
    await eventually(() => customer.lastEventId !== undefined && staff.lastEventId !== undefined);

    await request(t.app.getHttpServer())
      .post(`/api/v1/chat/sessions/${chat.sessionId}/typing`)
      .set(bearer(agent))
      .send({ active: true })
      .expect(204);
    for (const sse of [customer, staff]) {
      const frame = await sse.next('typing');
      expect(frame.json()).toMatchObject({ active: true, sessionId: chat.sessionId });
      expect(frame.json()).not.toHaveProperty('clientId');
    }

    // The sending screen names itself, to tell its own typing from another agent's.
    await request(t.app.getHttpServer())
      .post(`/api/v1/chat/sessions/${chat.sessionId}/typing`)
      .set(bearer(agent))
      .send({ active: false, clientId: 'console-tab_42' })
      .expect(204);
    const frame = await staff.next('typing');
    expect(frame.json()).toMatchObject({ active: false, clientId: 'console-tab_42' });
  });

  it('refuses typing from a customer, a bad body and an unknown session', async () => {
    const chat = await openChat(t);
    const http = () => request(t.app.getHttpServer());
    const path = `/api/v1/chat/sessions/${chat.sessionId}/typing`;
    await http().post(path).set(chat.auth).send({ active: true }).expect(403);
    await http().post(path).set(bearer(agent)).send({ active: 'yes' }).expect(400);
    await http().post(path).set(bearer(agent)).send({}).expect(400);
    await http()
      .post(path)
      .set(bearer(agent))
      .send({ active: true, clientId: '<script>' })
      .expect(400);
    await http()
      .post(path)
      .set(bearer(agent))
      .send({ active: true, clientId: 'x'.repeat(65) })
      .expect(400);
    const unknown = await http()
      .post('/api/v1/chat/sessions/0b9d7c4e-2f4a-4c1b-9e3d-7a6f5e4d3c2b/typing')
      .set(bearer(agent))
      .send({ active: false })
      .expect(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 401, 403 and 404 as problem+json before any stream starts', async () => {
    const mine = await openChat(t);
    const theirs = await openChat(t);
    const anonymous = await openSse(eventsUrl(mine.sessionId));
    expect(anonymous.status).toBe(401);
    const foreign = await openSse(eventsUrl(theirs.sessionId), mine.auth);
    expect(foreign.status).toBe(403);
    const unknown = await openSse(eventsUrl('0b9d7c4e-2f4a-4c1b-9e3d-7a6f5e4d3c2b'), bearer(agent));
    expect(unknown.status).toBe(404);
    const malformed = await openSse(eventsUrl('not-a-session'), bearer(agent));
    expect(malformed.status).toBe(404);
    for (const res of [anonymous, foreign, unknown, malformed]) {
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.parse(res.text)).toMatchObject({ status: res.status });
    }
    const badId = await openSse(eventsUrl(mine.sessionId, '?lastEventId=abc'), mine.auth);
    expect(badId.status).toBe(400);
  });

  it('unsubscribes a client that disconnects', async () => {
    const chat = await openChat(t);
    const bus = t.app.get(Broadcast);
    const channel = chatSessionChannel(chat.sessionId);
    const sse = await listen(chat);
    await eventually(() => bus.subscriberCount(channel) === 1);
    const second = await listen(chat);
    await eventually(() => bus.subscriberCount(channel) === 2);
    sse.close();
    second.close();
    await eventually(() => bus.subscriberCount(channel) === 0);
  });

  it('tells the conversation when its ticket is opened and changes status', async () => {
    await putOrder(t, ORDER, {
      email: 'Claire.Martin@Example.fr',
      sku: 'SOFA-E2E-01',
      productName: 'Canapé test',
      unitPrice: 900,
    });
    const chat = await openChat(t);
    const sse = await listen(chat);
    await eventually(() => sse.lastEventId !== undefined);
    const order = await t.app.get(OrdersService).findEntity(ORDER);
    if (!order) throw new Error('order not stored');
    const ticket = await t.app.get(TicketsService).createFromChat({
      order,
      productSku: 'SOFA-E2E-01',
      description: "Le pied du canapé s'est cassé net.",
      sessionId: chat.sessionId,
      locale: 'fr',
      evidence: { photos: 0, videos: 0 },
    });
    const opened = await sse.next('ticket');
    expect(opened.json()).toMatchObject({
      reference: ticket.reference,
      status: ticket.status,
      priority: ticket.priority,
    });

    await request(t.app.getHttpServer())
      .patch(`/api/v1/tickets/${ticket.reference}`)
      .set(bearer(admin))
      .send({ status: 'cancelled' })
      .expect(200);
    const changed = await sse.next('ticket');
    expect(changed.json()).toMatchObject({ reference: ticket.reference, status: 'cancelled' });
    expect(BigInt(changed.id as string)).toBeGreaterThan(BigInt(opened.id as string));
    // No personal data of the order reaches the stream.
    expect(sse.frames.map((f) => f.data).join('\n')).not.toMatch(/claire|martin/i);
  });

  describe('with a second API instance', () => {
    let other: TestApp;

    beforeAll(async () => {
      other = await startSecondInstance(t);
    });
    afterAll(() => other.close());

    it('delivers an event published on one instance to a stream open on the other', async () => {
      const chat = await openChat(t);
      const sse = await listen(chat);
      await eventually(() => sse.lastEventId !== undefined);
      const published = await other.app
        .get(ChatEvents)
        .publish(chat.sessionId, 'message', { message: { text: 'depuis B' } });
      const frame = await sse.next('message');
      expect(frame.id).toBe(published.id);
      expect(frame.json()).toMatchObject({ message: { text: 'depuis B' } });
    });
  });
});
