import request from 'supertest';
import { CONVERSATION_CATALOGS } from '../src/chat';
import { SeedService } from '../src/seed/seed.service';
import { apiKey, bearer, staffToken } from './support/auth';
import { type OpenChat, openChat } from './support/chat';
import { putOrder } from './support/orders';
import { appUrl, openSse, type SseClient } from './support/sse';
import { startSecondInstance, startTestApp, type TestApp } from './support/test-app';
import { uploadPhotos } from './support/uploads';

/** The `data:` of a `ticket` frame. */
interface FeedFrame {
  reference: string;
  status: string;
  previousStatus: string | null;
  priority: string;
  change: string;
  sessionId: string | null;
  at: string;
}

interface Turn {
  reply: {
    ticket?: { reference: string };
    evidenceRequest?: { photos: number };
  } | null;
  state: string;
}

/** Seeded demo order: a convertible sofa (see api/src/seed/data/orders.ts). */
const SEEDED_ORDER = { number: 'CMD-2026-011338', email: 'lucas.bernard@example.com' };
const MECHANISM = "Le mécanisme du convertible de mon canapé est bloqué, impossible de l'ouvrir.";

const feedUrl = async (t: TestApp) => `${await appUrl(t)}/api/v1/tickets/events`;

/** The next `ticket` frame that matches, skipping the others (other tickets, evidence…). */
async function frameWhere(
  stream: SseClient,
  matches: (frame: FeedFrame) => boolean,
): Promise<FeedFrame> {
  for (;;) {
    const frame = (await stream.next('ticket', 15_000)).json<FeedFrame>();
    if (matches(frame)) return frame;
  }
}

/** A claim as a customer makes it in the widget, to the ticket it opens. */
async function claimInChat(t: TestApp, chat: OpenChat): Promise<string> {
  const http = () => request(t.app.getHttpServer());
  const send = async (text: string, attachmentIds?: string[]): Promise<Turn> =>
    (
      await http()
        .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
        .set(chat.auth)
        .send({ text, ...(attachmentIds ? { attachmentIds } : {}) })
        .expect(200)
    ).body as Turn;
  expect((await send(MECHANISM)).state).toBe('claim_order');
  const verified = await send(`${SEEDED_ORDER.number} ${SEEDED_ORDER.email}`);
  const photos = await uploadPhotos(t, chat, verified.reply?.evidenceRequest?.photos ?? 0);
  let turn = await send('📷', photos);
  // The video the request also asked for is not at hand: the claim goes on without it.
  if (!turn.reply?.ticket) turn = await send(CONVERSATION_CATALOGS.fr['qr.noPhoto']);
  const reference = turn.reply?.ticket?.reference;
  if (!reference) throw new Error(`No ticket was opened (state ${turn.state})`);
  return reference;
}

describe('the staff live ticket feed (real PostgreSQL and Redis)', () => {
  describe('on one instance', () => {
    let t: TestApp;
    let agent: string;
    const http = () => request(t.app.getHttpServer());

    beforeAll(async () => {
      t = await startTestApp();
      await t.app.get(SeedService).seed();
      agent = await staffToken(t, 'agent');
    });
    afterAll(async () => t.close());

    it('shows an agent a ticket opened in a chat, then its status change, as they happen', async () => {
      const stream = await openSse(await feedUrl(t), bearer(agent));
      try {
        expect(stream.status).toBe(200);
        expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
        const chat = await openChat(t, 'fr');
        const reference = await claimInChat(t, chat);

        const created = await frameWhere(
          stream,
          (f) => f.reference === reference && f.change === 'created',
        );
        expect(Object.keys(created).sort()).toEqual([
          'at',
          'change',
          'previousStatus',
          'priority',
          'reference',
          'sessionId',
          'status',
        ]);
        expect(created).toMatchObject({ previousStatus: null, sessionId: chat.sessionId });
        expect(created.priority).toMatch(/^P[0-3]$/);
        expect(Number.isNaN(Date.parse(created.at))).toBe(false);
        expect(stream.retry).toBe(3_000);

        const detail = (
          await http().get(`/api/v1/tickets/${reference}`).set(bearer(agent)).expect(200)
        ).body as { status: string; allowedTransitions: string[] };
        const next = detail.allowedTransitions.find((s) => s !== 'cancelled');
        if (!next) throw new Error(`No way forward from ${detail.status}`);
        await http()
          .patch(`/api/v1/tickets/${reference}`)
          .set(bearer(agent))
          .send({ status: next, note: 'Pris en charge.' })
          .expect(200);
        const moved = await frameWhere(
          stream,
          (f) => f.reference === reference && f.change === 'status',
        );
        expect(moved).toMatchObject({
          status: next,
          previousStatus: detail.status,
          sessionId: chat.sessionId,
        });
      } finally {
        stream.close();
      }
    });

    it('keeps customers and partner systems out, and asks anyone else to sign in', async () => {
      const url = await feedUrl(t);
      const chat = await openChat(t, 'fr');
      const customer = await openSse(url, chat.auth);
      const partner = await openSse(url, { 'X-API-Key': await apiKey(t, ['tickets:read']) });
      const anonymous = await openSse(url);
      expect([customer.status, partner.status, anonymous.status]).toEqual([403, 403, 401]);
      for (const refused of [customer, partner, anonymous]) {
        expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    });
  });

  describe('across two API instances', () => {
    let a: TestApp;
    let b: TestApp;
    // Instances of one deployment share their signing key, as JWT_SECRET does in production.
    const JWT_SECRET = 'ticket-feed-test-signing-key-0123456789abcdef';

    beforeAll(async () => {
      // B owns the test database (closing a test app drops its own).
      b = await startTestApp({ env: { JWT_SECRET } });
      a = await startSecondInstance(b);
    });
    afterAll(async () => {
      await a.close().catch(() => undefined);
      await b.close();
    });

    it('delivers a change made on instance A to a stream open on instance B, once', async () => {
      const stream = await openSse(await feedUrl(b), bearer(await staffToken(b, 'agent')));
      try {
        expect(stream.status).toBe(200);
        const agentOnA = await staffToken(a, 'agent');
        await putOrder(a, 'CMD-2026-930001', {
          email: 'ines.roux@example.fr',
          sku: 'SOFA-FEED-01',
          productName: 'Canapé Oslo',
          unitPrice: 1400,
        });
        const opened = await request(a.app.getHttpServer())
          .post('/api/v1/tickets')
          .set(bearer(agentOnA))
          .send({
            description: "Le pied avant du canapé s'est cassé net.",
            orderNumber: 'CMD-2026-930001',
            customer: { email: 'ines.roux@example.fr' },
          })
          .expect(201);
        const { reference, status, allowedTransitions } = opened.body as {
          reference: string;
          status: string;
          allowedTransitions: string[];
        };
        const created = (await stream.next('ticket', 15_000)).json<FeedFrame>();
        expect(created).toMatchObject({
          reference,
          status,
          change: 'created',
          previousStatus: null,
          sessionId: null,
        });

        await request(a.app.getHttpServer())
          .patch(`/api/v1/tickets/${reference}`)
          .set(bearer(agentOnA))
          .send({ status: allowedTransitions[0] })
          .expect(200);
        // The next frame is the change itself: the creation was not delivered twice.
        const moved = (await stream.next('ticket', 15_000)).json<FeedFrame>();
        expect(moved).toMatchObject({
          reference,
          change: 'status',
          status: allowedTransitions[0],
          previousStatus: status,
        });
      } finally {
        stream.close();
      }
    });
  });
});
