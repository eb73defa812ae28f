import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConversationCleanupJob } from '../src/conversation/conversation-cleanup.job';
import { SeedService } from '../src/seed/seed.service';
import { bearer, staffToken } from './support/auth';
import { openChat } from './support/chat';
import { appUrl, openSse } from './support/sse';
import { startSecondInstance, startTestApp, type TestApp } from './support/test-app';

interface Line {
  role: string;
  text: string;
}

/**
 * Two API instances on the same PostgreSQL and Redis, as behind the load
 * balancer: a customer talks to A while an agent works on B.
 */
describe('conversations across two API instances (real PostgreSQL and Redis)', () => {
  let a: TestApp;
  let b: TestApp;

  // Instances of one deployment share their signing key, as JWT_SECRET does in production.
  const JWT_SECRET = 'cluster-test-signing-key-0123456789abcdef';

  beforeAll(async () => {
    // B owns the test database (closing a test app drops its own), so A can go down alone.
    b = await startTestApp({ env: { JWT_SECRET } });
    a = await startSecondInstance(b);
    await b.app.get(SeedService).seed();
  });
  afterAll(async () => {
    await a.close().catch(() => undefined);
    await b.close();
  });

  it('delivers an agent reply sent on B to the customer’s stream on A', async () => {
    const chat = await openChat(a);
    const stream = await openSse(
      `${await appUrl(a)}/api/v1/chat/sessions/${chat.sessionId}/events`,
      chat.auth,
    );
    try {
      await request(b.app.getHttpServer())
        .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
        .set(bearer(await staffToken(b, 'agent')))
        .send({ text: 'Bonjour, ici Julie, conseillère.' })
        .expect(200);
      const frame = await stream.next('message', 5_000);
      expect(frame.json()).toMatchObject({
        message: { role: 'agent', text: 'Bonjour, ici Julie, conseillère.' },
      });
    } finally {
      stream.close();
    }
  });

  it('refuses a customer token on A at once when B ends its session or its site', async () => {
    const admin = bearer(await staffToken(b, 'admin'));
    const site = (
      await request(b.app.getHttpServer())
        .post('/api/v1/widget-sites')
        .set(admin)
        .send({ name: 'Boutique de Lyon', allowedOrigins: ['https://lyon.example.com'] })
        .expect(201)
    ).body as { id: string; siteKey: string };
    const open = async () => {
      const res = await request(a.app.getHttpServer())
        .post('/api/v1/chat/sessions')
        .set('Origin', 'https://lyon.example.com')
        .send({ siteKey: site.siteKey })
        .expect(201);
      const body = res.body as { sessionId: string; token: string };
      return { id: body.sessionId, auth: bearer(body.token) };
    };
    const transcriptOnA = (chat: { id: string; auth: { Authorization: string } }) =>
      request(a.app.getHttpServer())
        .get(`/api/v1/chat/sessions/${chat.id}/messages`)
        .set(chat.auth);
    const first = await open();
    const second = await open();
    // A has found both open (and may keep that in mind).
    await transcriptOnA(first).expect(200);
    await transcriptOnA(second).expect(200);

    await request(b.app.getHttpServer())
      .patch(`/api/v1/widget-sites/${site.id}`)
      .set(admin)
      .send({ active: false })
      .expect(200);
    for (const chat of [first, second]) {
      const refused = await transcriptOnA(chat).expect(401);
      expect(refused.body).toMatchObject({
        detail: 'This chat session has ended; open a new one.',
      });
    }
    await request(b.app.getHttpServer())
      .patch(`/api/v1/widget-sites/${site.id}`)
      .set(admin)
      .send({ active: true })
      .expect(200);
    await transcriptOnA(first).expect(200);
    await transcriptOnA(second).expect(200);

    // The idle clean-up, run on B, ends the first one (and leaves the second).
    await b.app
      .get(DataSource)
      .query(`UPDATE chat_session SET last_activity_at = now() - interval '3 days' WHERE id = $1`, [
        first.id,
      ]);
    expect(await b.app.get(ConversationCleanupJob).closeExpired(new Date())).toBeGreaterThan(0);
    await transcriptOnA(first).expect(401);
    await transcriptOnA(second).expect(200);
  });

  it('loses no stored message when the instance the customer talks to goes down', async () => {
    const chat = await openChat(a);
    const url = await appUrl(a);
    const acknowledged: string[] = [];
    const say = async (text: string) => {
      const res = await fetch(`${url}/api/v1/chat/sessions/${chat.sessionId}/messages`, {
        method: 'POST',
        headers: { ...chat.auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      if (res.status === 200) acknowledged.push(text);
    };
    await say('Bonjour');
    await say('Je cherche un canapé gris');
    await say("Le pied de mon canapé s'est cassé");
    // A message in flight when the instance dies: its answer may be lost, never what was acknowledged.
    const inFlight = say('CMD-2026-011338').catch(() => undefined);
    a.app.getHttpServer().closeAllConnections();
    await a.close();
    await inFlight;

    const history = await request(b.app.getHttpServer())
      .get(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
      .set(chat.auth)
      .expect(200);
    const lines = history.body.items as Line[];
    const customer = lines.filter((l) => l.role === 'customer').map((l) => l.text);
    expect(customer).toEqual(expect.arrayContaining(acknowledged));
    expect(acknowledged.length).toBeGreaterThanOrEqual(3);
    // Every acknowledged message had its reply stored with it.
    expect(lines.filter((l) => l.role === 'bot').length).toBeGreaterThanOrEqual(
      acknowledged.length,
    );

    // The conversation goes on with B, where it stood: the claim asks for the order.
    const next = await request(b.app.getHttpServer())
      .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
      .set(chat.auth)
      .send({ text: 'CMD-2026-011338 lucas.bernard@example.com' })
      .expect(200);
    expect(next.body.reply.text).toContain('CMD-2026-011338');
  });
});
