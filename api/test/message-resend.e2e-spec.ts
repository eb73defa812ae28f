import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type OpenChat, openChat } from './support/chat';
import { sseEvents } from './support/sse';
import { uploadPhotos } from './support/uploads';
import { CONVERSATION_CATALOGS } from '../src/chat';
import { SeedService } from '../src/seed/seed.service';
import { startSecondInstance, startTestApp, type TestApp } from './support/test-app';

interface Line {
  id: string;
  role: string;
  text: string;
}
interface Turn {
  message: Line;
  reply: Line | null;
  state: string;
}

const TEXT = 'Bonjour, je cherche un canapé gris à moins de 1500 €';
/** Seeded demo order: a convertible sofa (see api/src/seed/data/orders.ts). */
const SEEDED_ORDER = { number: 'CMD-2026-011338', email: 'lucas.bernard@example.com' };
const MECHANISM = "Le mécanisme du convertible de mon canapé est bloqué, impossible de l'ouvrir.";

/**
 * The widget names each message with a clientMessageId and sends it again
 * after a network drop: the conversation must not see it twice.
 */
describe('a chat message sent again with its clientMessageId (real PostgreSQL)', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const send = (chat: OpenChat, body: Record<string, unknown>) =>
    http().post(`/api/v1/chat/sessions/${chat.sessionId}/messages`).set(chat.auth).send(body);
  const transcript = async (chat: OpenChat): Promise<Line[]> =>
    (
      await http()
        .get(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
        .set(chat.auth)
        .expect(200)
    ).body.items as Line[];
  const counted = async (chat: OpenChat): Promise<number> =>
    (
      await t.app
        .get(DataSource)
        .query<{ n: number }[]>('SELECT message_count AS n FROM chat_session WHERE id = $1', [
          chat.sessionId,
        ])
    )[0].n;

  // Instances of one deployment share their signing key, as JWT_SECRET does in production.
  const JWT_SECRET = 'resend-test-signing-key-0123456789abcdef';

  beforeAll(async () => {
    t = await startTestApp({ env: { JWT_SECRET } });
  });
  afterAll(async () => t.close());

  it('stores and answers the message once, and gives the first answer back', async () => {
    const chat = await openChat(t, 'fr');
    const clientMessageId = randomUUID();
    const first = (await send(chat, { text: TEXT, clientMessageId }).expect(200)).body as Turn;
    const again = (await send(chat, { text: TEXT, clientMessageId }).expect(200)).body as Turn;
    expect(first.reply).not.toBeNull();
    expect(again).toEqual(first);
    const lines = await transcript(chat);
    expect(lines.map((l) => [l.role, l.id])).toEqual([
      ['customer', first.message.id],
      ['bot', first.reply?.id],
    ]);
    expect(await counted(chat)).toBe(1);
    // A new message is answered as usual.
    await send(chat, { text: 'moins cher', clientMessageId: randomUUID() }).expect(200);
    expect(await transcript(chat)).toHaveLength(4);
  });

  it('gives the first answer back to a claim photo sent again, though the claim took the file', async () => {
    await t.app.get(SeedService).seed();
    const chat = await openChat(t, 'fr');
    const say = async (body: Record<string, unknown>) =>
      (await send(chat, body).expect(200)).body as Turn & {
        reply: { evidenceRequest?: { photos: number }; ticket?: { reference: string } } | null;
      };
    expect((await say({ text: MECHANISM })).state).toBe('claim_order');
    const verified = await say({ text: `${SEEDED_ORDER.number} ${SEEDED_ORDER.email}` });
    const photos = await uploadPhotos(t, chat, verified.reply?.evidenceRequest?.photos ?? 0);
    expect(photos.length).toBeGreaterThan(0);
    const body = { text: '📷', attachmentIds: photos, clientMessageId: randomUUID() };
    const first = await say(body);
    // The video asked for is not at hand: the ticket opens and takes the photos.
    const ticket = await say({ text: CONVERSATION_CATALOGS.fr['qr.noPhoto'] });
    expect(ticket.reply?.ticket?.reference).toMatch(/^SAV-/);
    // Sent again, the photo message gets its first answer, and where the claim stands now.
    const again = await say(body);
    expect(again).toEqual({ ...first, state: ticket.state });
    // The same files in a new message are refused: they are the ticket's now.
    await send(chat, { ...body, clientMessageId: randomUUID() }).expect(400);
  });

  it('stores one message and one reply when the two sends arrive together', async () => {
    const chat = await openChat(t, 'fr');
    const clientMessageId = randomUUID();
    const [a, b] = await Promise.all([
      send(chat, { text: TEXT, clientMessageId }).expect(200),
      send(chat, { text: TEXT, clientMessageId }).expect(200),
    ]);
    expect(b.body).toEqual(a.body);
    expect((await transcript(chat)).map((l) => l.role)).toEqual(['customer', 'bot']);
    expect(await counted(chat)).toBe(1);
  });

  it('streams the first answer again as one delta, then message and done', async () => {
    const chat = await openChat(t, 'fr');
    const clientMessageId = randomUUID();
    const first = (await send(chat, { text: TEXT, clientMessageId }).expect(200)).body as Turn;
    const res = await http()
      .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
      .set(chat.auth)
      .set('Accept', 'text/event-stream')
      .send({ text: TEXT, clientMessageId })
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString('utf8')));
        r.on('end', () => done(null, text));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(sseEvents(res.body as string)).toEqual([
      { event: 'delta', data: { text: first.reply?.text } },
      { event: 'message', data: { message: first.message, reply: first.reply } },
      { event: 'done', data: { state: first.state } },
    ]);
    expect(await transcript(chat)).toHaveLength(2);
  });

  it('lets another session use the same id for its own message', async () => {
    const clientMessageId = randomUUID();
    const one = await openChat(t, 'fr');
    const other = await openChat(t, 'fr');
    const first = (await send(one, { text: TEXT, clientMessageId }).expect(200)).body as Turn;
    const second = (await send(other, { text: 'Bonjour', clientMessageId }).expect(200))
      .body as Turn;
    expect(second.message.id).not.toBe(first.message.id);
    expect(second.message.text).toBe('Bonjour');
    expect((await transcript(other)).map((l) => l.role)).toEqual(['customer', 'bot']);
    expect((await transcript(one)).map((l) => l.role)).toEqual(['customer', 'bot']);
  });

  it('stores and answers once when the two sends reach two API instances together', async () => {
    // A second instance on the same database and Redis, as behind the load balancer.
    const other = await startSecondInstance(t);
    try {
      const chat = await openChat(t, 'fr');
      const clientMessageId = randomUUID();
      const [a, b] = await Promise.all([
        send(chat, { text: TEXT, clientMessageId }).expect(200),
        request(other.app.getHttpServer())
          .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
          .set(chat.auth)
          .send({ text: TEXT, clientMessageId })
          .expect(200),
      ]);
      expect(b.body).toEqual(a.body);
      expect((await transcript(chat)).map((l) => l.role)).toEqual(['customer', 'bot']);
      expect(await counted(chat)).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('refuses an id that is not a UUID, and stores nothing', async () => {
    const chat = await openChat(t, 'fr');
    const res = await send(chat, { text: TEXT, clientMessageId: 'msg-1' }).expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'clientMessageId',
    ]);
    expect(await transcript(chat)).toEqual([]);
  });
});
