import request from 'supertest';
import { DataSource } from 'typeorm';
import { CONVERSATION_CATALOGS, type ChatLocale } from '../../src/chat';
import { ConversationCleanupJob } from '../../src/conversation/conversation-cleanup.job';
import { KeyValueStore } from '../../src/infra/store';
import { SeedService } from '../../src/seed/seed.service';
import { bearer, staffToken } from './auth';
import { type OpenChat, openChat } from './chat';
import { confirmPath, TestSmtp } from './smtp';
import { sseEvents } from './sse';
import { startTestApp, type TestApp } from './test-app';
import { jpeg } from './uploads';

/** Seeded demo order: a convertible sofa delivered two days ago (see api/src/seed/data/orders.ts). */
const ORDER = { number: 'CMD-2026-011338', email: 'lucas.bernard@example.com', postcode: '33000' };
const MECHANISM = "Le mécanisme du convertible de mon canapé est bloqué, impossible de l'ouvrir.";
const REFERENCE = /SAV-\d{4}-\d{6}/;

interface Line {
  id: string;
  role: string;
  text: string;
  quickReplies?: string[];
  products?: {
    sku: string;
    category: string;
    price: number;
    promoPrice: number | null;
    colors: string[];
    seats: number | null;
  }[];
  ticket?: { reference: string; status: string; priority: string };
  evidenceRequest?: { photos: number; videos: number; shots: string[] };
  recap?: { reference: string; lines: { label: string; value: string }[]; emailedTo?: string };
  faq?: { id: string; question: string };
}
interface Turn {
  message: Line;
  reply: Line | null;
  state: string;
}

const say = (locale: ChatLocale, key: keyof (typeof CONVERSATION_CATALOGS)['fr']) =>
  CONVERSATION_CATALOGS[locale][key].split('{')[0].trim();

/**
 * The scripted conversations every engine configuration must pass unchanged:
 * the built-in engine alone, and a language model in front of it whether it
 * answers or fails. `env` adds configuration to the app under test.
 */
export function conversationScenarios(
  title: string,
  env: () => Record<string, string> = () => ({}),
): void {
  describe(title, () => {
    const smtp = new TestSmtp();
    let t: TestApp;
    let agent: string;
    const http = () => request(t.app.getHttpServer());

    async function send(chat: OpenChat, text: string, attachmentIds?: string[]): Promise<Turn> {
      const res = await http()
        .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
        .set(chat.auth)
        .send({ text, ...(attachmentIds ? { attachmentIds } : {}) });
      if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
      return res.body as Turn;
    }

    async function photo(chat: OpenChat): Promise<string> {
      const res = await http()
        .post('/api/v1/uploads')
        .set(chat.auth)
        .field('sessionId', chat.sessionId)
        .attach('file', await jpeg(1600, 1200), {
          filename: 'photo.jpg',
          contentType: 'image/jpeg',
        })
        .expect(201);
      return (res.body as { id: string }).id;
    }

    /** Order check, description and evidence: the complete claim, as a customer types it. */
    async function claim(
      chat: OpenChat,
      opening: string,
      proof: string,
      locale: ChatLocale = 'fr',
    ): Promise<Turn> {
      const first = await send(chat, opening);
      expect(first.state).toBe('claim_order');
      const verified = await send(chat, `${ORDER.number} ${proof}`);
      expect(['claim_evidence', 'claim_description']).toContain(verified.state);
      const asked = verified.reply?.evidenceRequest;
      expect(asked?.photos).toBeGreaterThan(0);
      const photos = [];
      for (let i = 0; i < (asked?.photos ?? 0); i++) photos.push(await photo(chat));
      const sent = await send(chat, '📷', photos);
      if (sent.state === 'claim_submitted' || sent.state === 'handoff') return sent;
      // The video the request also asked for is not at hand: the claim goes on without it.
      return send(chat, say(locale, 'qr.noPhoto'));
    }

    beforeAll(async () => {
      const port = await smtp.start();
      t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, ...env() } });
      await t.app.get(SeedService).seed();
      agent = await staffToken(t, 'agent');
    });
    afterAll(async () => {
      await t.close();
      await smtp.stop();
    });

    describe('product advice', () => {
      it('understands criteria, shows product cards and remembers them across turns (fr)', async () => {
        const chat = await openChat(t, 'fr');
        const first = await send(chat, 'Bonjour, je cherche un canapé gris à moins de 1500 €');
        expect(first.state).toBe('browsing');
        expect(first.reply?.products?.length).toBeGreaterThan(0);
        for (const p of first.reply?.products ?? []) {
          expect(p.category).toBe('sofa');
          expect(p.promoPrice ?? p.price).toBeLessThanOrEqual(1500);
        }
        const cheaper = await send(chat, 'moins cher');
        const before = Math.min(
          ...(first.reply?.products ?? []).map((p) => p.promoPrice ?? p.price),
        );
        for (const p of cheaper.reply?.products ?? []) {
          expect(p.category).toBe('sofa');
          expect(p.promoPrice ?? p.price).toBeLessThan(before);
        }
      });

      it('answers in English with English criteria words', async () => {
        const chat = await openChat(t, 'en');
        const turn = await send(chat, 'I am looking for a bed under 900 euros');
        expect(turn.reply?.products?.length).toBeGreaterThan(0);
        for (const p of turn.reply?.products ?? []) expect(p.category).toBe('bed');
        expect(turn.reply?.text).toContain(say('en', 'products.understood'));
      });
    });

    it('stores a score typed in the chat after a thank-you as the conversation’s rating', async () => {
      const chat = await openChat(t, 'fr');
      const thanks = await send(chat, 'Merci beaucoup, au revoir');
      expect((thanks.reply as { ratingRequest?: boolean }).ratingRequest).toBe(true);
      await send(chat, '4');
      const [row] = await t.app
        .get(DataSource)
        .query<{ score: number }[]>('SELECT score FROM chat_rating WHERE session_id = $1', [
          chat.sessionId,
        ]);
      expect(row.score).toBe(4);
    });

    it('answers a FAQ question from the FAQ before anything else', async () => {
      const chat = await openChat(t, 'fr');
      const turn = await send(chat, 'Quels sont les délais de livraison ?');
      expect(turn.state).toBe('faq');
      expect(turn.reply?.faq?.question).toBe('Quels sont les délais de livraison ?');
    });

    describe('a complete claim in French', () => {
      let chat: OpenChat;
      let submitted: Turn;

      beforeAll(async () => {
        chat = await openChat(t, 'fr');
        submitted = await claim(chat, MECHANISM, ORDER.email);
      });

      it('ends with a ticket whose priority and SLA are the after-sales engine’s, told in plain French', async () => {
        expect(['claim_submitted', 'handoff']).toContain(submitted.state);
        const reference = submitted.reply?.ticket?.reference ?? '';
        expect(reference).toMatch(REFERENCE);
        expect(submitted.reply?.text).toContain(reference);
        const analysis = await http()
          .post('/api/v1/sav/analyze')
          .set(bearer(agent))
          .send({
            description: MECHANISM,
            orderNumber: ORDER.number,
            productSku: 'CAN-LOFT-3P-CONV-ANT',
          })
          .expect(200);
        const ticket = await http()
          .get(`/api/v1/tickets/${reference}`)
          .set(bearer(agent))
          .expect(200);
        expect(ticket.body.priority).toBe(analysis.body.priority);
        expect(ticket.body.source).toBe('chat');
        const hours = (iso: string) =>
          Math.round((Date.parse(iso) - Date.parse(ticket.body.createdAt as string)) / 3_600_000);
        expect(hours(ticket.body.sla.responseDueAt as string)).toBe(
          analysis.body.sla.responseHours,
        );
        const priorityWord = CONVERSATION_CATALOGS.fr[`priority.${analysis.body.priority as 'P1'}`];
        expect(submitted.reply?.text).toContain(`Priorité ${priorityWord}`);
      });

      it('attaches the photos of the conversation to the ticket', async () => {
        const reference = submitted.reply?.ticket?.reference ?? '';
        const ticket = await http()
          .get(`/api/v1/tickets/${reference}`)
          .set(bearer(agent))
          .expect(200);
        expect(
          (ticket.body.evidence as { items?: unknown[] }).items ?? ticket.body.evidence,
        ).not.toHaveLength(0);
      });

      it('shows the recap card and e-mails it; its link confirms the ticket', async () => {
        const reference = submitted.reply?.ticket?.reference ?? '';
        expect(submitted.reply?.recap?.reference).toBe(reference);
        expect(submitted.reply?.recap?.emailedTo).toMatch(/^l\*+@example\.com$/);
        const mail = await smtp.waitFor(ORDER.email);
        await http().post(confirmPath(mail)).send({ confirm: true }).expect(200);
        const ticket = await http()
          .get(`/api/v1/tickets/${reference}`)
          .set(bearer(agent))
          .expect(200);
        expect(ticket.body.validation.status).toBe('validated');
      });

      it('tells the ticket status in a later conversation once the order is proved, in plain words', async () => {
        const reference = submitted.reply?.ticket?.reference ?? '';
        const later = await openChat(t, 'fr');
        const asked = await send(later, `Où en est mon dossier ${reference} ?`);
        expect(asked.reply?.ticket).toBeUndefined();
        const turn = await send(later, `${ORDER.number} ${ORDER.email}`);
        expect(turn.reply?.ticket?.reference).toBe(reference);
        const ticket = await http()
          .get(`/api/v1/tickets/${reference}`)
          .set(bearer(agent))
          .expect(200);
        expect(turn.reply?.text).toContain(
          CONVERSATION_CATALOGS.fr[`status.${ticket.body.status as 'new'}`].replace(
            '{reference}',
            reference,
          ),
        );
      });

      it('does not tell another customer the status of that ticket', async () => {
        const reference = submitted.reply?.ticket?.reference ?? '';
        const stranger = await openChat(t, 'fr');
        const turn = await send(stranger, `Où en est le dossier ${reference} ?`);
        expect(turn.reply?.ticket).toBeUndefined();
        expect(turn.reply?.text).not.toContain(
          CONVERSATION_CATALOGS.fr['status.awaiting_technician'].slice(0, 20),
        );
      });

      it('counts a satisfaction rating in /stats', async () => {
        const before = await http().get('/api/v1/stats').set(bearer(agent)).expect(200);
        await http()
          .post(`/api/v1/chat/sessions/${chat.sessionId}/rating`)
          .set(chat.auth)
          .send({ score: 5, comment: 'Rapide et clair' })
          .expect((res) => expect([200, 201]).toContain(res.status));
        const after = await http().get('/api/v1/stats').set(bearer(agent)).expect(200);
        expect(after.body.csat.ratings).toBe(before.body.csat.ratings + 1);
      });
    });

    it('answers a wrong order/e-mail pair exactly like an unknown order', async () => {
      const wrongPair = await openChat(t, 'fr');
      await send(wrongPair, MECHANISM);
      const a = await send(wrongPair, `${ORDER.number} quelquun@example.fr`);
      const unknown = await openChat(t, 'fr');
      await send(unknown, MECHANISM);
      const b = await send(unknown, `CMD-2026-999999 ${ORDER.email}`);
      expect(a.reply?.text).toBe(b.reply?.text);
      expect(a.state).toBe(b.state);
      expect(a.reply?.text).toBe(CONVERSATION_CATALOGS.fr['claim.notFound']);
    });

    it('accepts the postcode instead of the e-mail', async () => {
      const chat = await openChat(t, 'fr');
      await send(chat, MECHANISM);
      const turn = await send(chat, `${ORDER.number} ${ORDER.postcode}`);
      expect(turn.reply?.text).toContain(ORDER.number);
      expect(['claim_evidence', 'claim_description']).toContain(turn.state);
    });

    describe('handoff to a person', () => {
      it('hands over on request; the bot then stays silent and the agent’s reply reaches the customer', async () => {
        const chat = await openChat(t, 'fr');
        const turn = await send(chat, 'Je veux parler à un conseiller');
        expect(turn.state).toBe('handoff');
        const waiting = await http()
          .get('/api/v1/chat/sessions?state=handoff')
          .set(bearer(agent))
          .expect(200);
        expect((waiting.body.items as { sessionId: string }[]).map((s) => s.sessionId)).toContain(
          chat.sessionId,
        );
        const silent = await send(chat, 'Vous êtes là ?');
        expect(silent.reply).toBeNull();
        await http()
          .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
          .set(bearer(agent))
          .send({ text: 'Bonjour, je suis Julie du service client.' })
          .expect(200);
        const history = await http()
          .get(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
          .set(chat.auth)
          .expect(200);
        expect((history.body.items as Line[]).map((m) => [m.role, m.text])).toEqual([
          ['customer', 'Je veux parler à un conseiller'],
          ['bot', turn.reply?.text],
          ['customer', 'Vous êtes là ?'],
          ['agent', 'Bonjour, je suis Julie du service client.'],
        ]);
      });
    });

    describe('the same claim in other languages gets answers in that language', () => {
      it.each<[ChatLocale, string, string]>([
        ['en', 'The mechanism of my sofa bed is stuck, it will not open anymore.', ORDER.email],
        [
          'de',
          'Der Mechanismus meines Schlafsofas klemmt, es lässt sich nicht mehr öffnen.',
          ORDER.email,
        ],
        ['it', 'Il meccanismo del mio divano letto è bloccato, non si apre più.', ORDER.email],
        ['ar', 'آلية الكنبة السرير عالقة ولا تفتح بعد الآن.', ORDER.email],
      ])('%s', async (locale, opening, proof) => {
        const chat = await openChat(t, 'fr');
        const first = await send(chat, opening);
        expect(first.state).toBe('claim_order');
        expect(first.reply?.text).toBe(CONVERSATION_CATALOGS[locale]['claim.askOrder']);
        const verified = await send(chat, `${ORDER.number} ${proof}`);
        expect(verified.reply?.text).toContain(say(locale, 'claim.verified'));
        expect(verified.reply?.evidenceRequest?.photos).toBeGreaterThan(0);
        expect(verified.reply?.text).toContain(say(locale, 'evidence.request'));
        const done = await send(chat, say(locale, 'qr.noPhoto'));
        expect(done.reply?.ticket?.reference).toMatch(REFERENCE);
        expect(done.reply?.text).toContain(
          CONVERSATION_CATALOGS[locale]['ticket.opened'].replace(
            '{reference}',
            done.reply?.ticket?.reference ?? '',
          ),
        );
      });
    });

    describe('nothing is lost', () => {
      it('keeps the conversation when its cached state is flushed from Redis', async () => {
        const chat = await openChat(t, 'fr');
        expect((await send(chat, MECHANISM)).state).toBe('claim_order');
        await t.app.get(KeyValueStore).delete(`chat:state:${chat.sessionId}`);
        const turn = await send(chat, `${ORDER.number} ${ORDER.email}`);
        expect(turn.reply?.text).toContain(ORDER.number);
      });

      it('refuses an empty message or foreign attachments with problem+json, storing nothing', async () => {
        const chat = await openChat(t, 'fr');
        const other = await openChat(t, 'fr');
        const foreign = await photo(other);
        for (const body of [
          { text: '' },
          { text: '   ' },
          { text: 'x'.repeat(2001) },
          { text: 'ok', attachmentIds: [foreign] },
          { text: 'ok', extra: 1 },
        ]) {
          const res = await http()
            .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
            .set(chat.auth)
            .send(body);
          expect(res.status).toBe(400);
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        }
        const history = await http()
          .get(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
          .set(chat.auth)
          .expect(200);
        expect(history.body.items).toEqual([]);
      });

      it('streams the reply as delta, message and done events when asked', async () => {
        const chat = await openChat(t, 'fr');
        const res = await http()
          .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
          .set(chat.auth)
          .set('Accept', 'text/event-stream')
          .send({ text: 'Quels sont les délais de livraison ?' })
          .buffer(true)
          .parse((r, done) => {
            let text = '';
            r.on('data', (c: Buffer) => (text += c.toString('utf8')));
            r.on('end', () => done(null, text));
          })
          .expect(200);
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        const events = sseEvents(res.body as string);
        const deltas = events
          .filter((e) => e.event === 'delta')
          .map((e) => e.data.text)
          .join('');
        const full = events.find((e) => e.event === 'message')?.data.reply as Line;
        expect(deltas).toBe(full.text);
        expect(events.at(-1)).toEqual({ event: 'done', data: { state: 'faq' } });
      });

      it('closes idle conversations with the scheduled clean-up', async () => {
        const chat = await openChat(t, 'fr');
        await send(chat, 'Bonjour');
        const ds = t.app.get(DataSource);
        await ds.query(
          `UPDATE chat_session SET last_activity_at = now() - interval '25 hours' WHERE id = $1`,
          [chat.sessionId],
        );
        expect(
          await t.app.get(ConversationCleanupJob).closeExpired(new Date()),
        ).toBeGreaterThanOrEqual(1);
        const [row] = await ds.query<{ state: string; closed_at: Date | null }[]>(
          'SELECT state, closed_at FROM chat_session WHERE id = $1',
          [chat.sessionId],
        );
        expect(row.state).toBe('closed');
        expect(row.closed_at).not.toBeNull();
        await http()
          .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
          .set(chat.auth)
          .send({ text: 'Allô' })
          .expect(401);
      });
    });
  });
}
