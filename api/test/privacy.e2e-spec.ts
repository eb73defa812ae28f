import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CronExpression, SchedulerRegistry } from '@nestjs/schedule';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CONVERSATION_CATALOGS } from '../src/chat';
import { FileStorage } from '../src/infra/storage';
import { OrdersService } from '../src/orders';
import { ChatRetention, type CustomerDataExport, type CustomerErasureView } from '../src/privacy';
import { TicketsService } from '../src/sav';
import { SeedService } from '../src/seed/seed.service';
import { apiKey, bearer, staffToken } from './support/auth';
import { type OpenChat, openChat } from './support/chat';
import { TEST_REDIS_URL } from './support/services';
import { startS3rver } from './support/s3rver';
import { startTestApp, type TestApp } from './support/test-app';
import { jpeg, uploadPhotos } from './support/uploads';

const DAY = 86_400_000;
const SKU = 'CAN-LOFT-3P-CONV-ANT';
const ERASED_TEXT = '[effacé à la demande du client]';

/** A customer, with words that appear nowhere else, so that any leftover is found. */
interface Person {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  postcode: string;
  order: string;
  /** In the claim's description. */
  marker: string;
  /** In the rating's comment. */
  ratingWord: string;
}

const YSALINE: Person = {
  email: 'ysaline.quintard@example.fr',
  firstName: 'Ysaline',
  lastName: 'Quintard',
  phone: '+33612345678',
  postcode: 'QZ-7741',
  order: 'CMD-2026-PRIV01',
  marker: 'XQZ-4417',
  ratingWord: 'Zéphyrine',
};
const OCTAVE: Person = {
  email: 'octave.brisembourg@example.fr',
  firstName: 'Octave',
  lastName: 'Brisembourg',
  phone: '+33698765432',
  postcode: 'QX-7742',
  order: 'CMD-2026-PRIV02',
  marker: 'WQK-8821',
  ratingWord: 'Aldebarane',
};

const needles = (p: Person): string[] => [
  p.email,
  p.firstName,
  p.lastName,
  p.phone,
  p.phone.slice(3),
  p.postcode,
  p.marker,
  p.ratingWord,
];

interface Turn {
  state: string;
  reply: { ticket?: { reference: string }; evidenceRequest?: { photos: number } } | null;
}

const exportPath = (email: string) =>
  `/api/v1/privacy/customers/${encodeURIComponent(email)}/export`;
const erasePath = (email: string) => `/api/v1/privacy/customers/${encodeURIComponent(email)}`;

/** Every text-like column of every table of the public schema. */
async function textColumns(db: DataSource): Promise<{ table: string; column: string }[]> {
  return db.query(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = 'public'
        AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
      ORDER BY 1, 2`,
  );
}

/** `table.column` of every cell holding one of these strings (case-insensitive). */
async function cellsHolding(db: DataSource, words: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column } of await textColumns(db)) {
    for (const word of words) {
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`,
        [word],
      );
      if (n > 0) found.push(`${table}.${column}: ${word}`);
    }
  }
  return found;
}

describe('customer privacy: export and erasure (PostgreSQL, Redis, local disk)', () => {
  let t: TestApp;
  let admin: string;
  let agent: string;
  let redis: Redis;
  const http = () => request(t.app.getHttpServer());
  const db = () => t.app.get(DataSource);

  async function say(chat: OpenChat, text: string, attachmentIds?: string[]): Promise<Turn> {
    const res = await http()
      .post(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
      .set(chat.auth)
      .send({ text, ...(attachmentIds ? { attachmentIds } : {}) });
    if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Turn;
  }

  async function pushOrder(p: Person): Promise<void> {
    await http()
      .put(`/api/v1/orders/${p.order}`)
      .set(bearer(admin))
      .send({
        // Pushed in mixed case: addresses are stored lower-cased.
        customer: {
          email: p.email.toUpperCase(),
          firstName: p.firstName,
          lastName: p.lastName,
          phone: p.phone,
          tier: 'gold',
        },
        postcode: p.postcode,
        purchaseDate: new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10),
        deliveryDate: new Date(Date.now() - 20 * DAY).toISOString().slice(0, 10),
        lines: [{ sku: SKU, productName: 'Canapé convertible Loft', quantity: 1, unitPrice: 1090 }],
      })
      .expect(201);
  }

  /** What a customer leaves behind: a claim made in the chat with photos, rated, and more. */
  async function footprintOf(p: Person): Promise<{ claim: OpenChat; other: OpenChat }> {
    await pushOrder(p);
    const claim = await openChat(t, 'fr');
    const opened = await say(
      claim,
      `Le mécanisme du convertible de mon canapé est bloqué, impossible de l'ouvrir (${p.marker}).`,
    );
    expect(opened.state).toBe('claim_order');
    const verified = await say(claim, `${p.order} ${p.email}`);
    const photos = await uploadPhotos(t, claim, verified.reply?.evidenceRequest?.photos ?? 1);
    let turn = await say(claim, '📷', photos);
    if (turn.state !== 'claim_submitted' && turn.state !== 'handoff') {
      turn = await say(claim, CONVERSATION_CATALOGS.fr['qr.noPhoto']);
    }
    const reference = turn.reply?.ticket?.reference;
    expect(reference).toMatch(/^SAV-\d{4}-\d{6}$/);
    await http()
      .post(`/api/v1/chat/sessions/${claim.sessionId}/rating`)
      .set(claim.auth)
      .send({ score: 4, comment: `Merci, ${p.ratingWord} est ravie` })
      .expect(201);
    await http()
      .patch(`/api/v1/tickets/${reference}`)
      .set(bearer(agent))
      .send({ note: `Rappeler ${p.firstName} ${p.lastName} au ${p.phone}` })
      .expect(200);
    await http()
      .post(`/api/v1/tickets/${reference}/messages`)
      .set(bearer(agent))
      .send({ text: `Bonjour ${p.firstName}, un technicien passera jeudi.` })
      .expect(201);
    // A partner's ticket on the same order, with the contact's name and phone, and a file.
    const partner = await http()
      .post('/api/v1/tickets')
      .set({ 'X-API-Key': await apiKey(t, ['tickets:write']) })
      .send({
        description: `Tache sur l'accoudoir, ${p.marker}`,
        orderNumber: p.order,
        productSku: SKU,
        customer: { email: p.email, name: `${p.firstName} ${p.lastName}`, phone: p.phone },
      })
      .expect(201);
    await http()
      .post('/api/v1/uploads')
      .set(bearer(agent))
      .field('ticketId', (partner.body as { reference: string }).reference)
      .attach('file', await jpeg(), { filename: 'a.jpg', contentType: 'image/jpeg' })
      .expect(201);
    // Another conversation, where the customer only typed the address.
    const other = await openChat(t, 'fr');
    await say(other, `Bonjour, mon adresse est ${p.email.toUpperCase()}, des nouvelles ?`);
    return { claim, other };
  }

  const exportOf = async (email: string) =>
    (await http().get(exportPath(email)).set(bearer(admin)).expect(200)).body as CustomerDataExport;

  async function redisEntries(): Promise<{ key: string; value: string }[]> {
    const keys = await redis.keys(`${t.config.redis.keyPrefix}*`);
    const entries: { key: string; value: string }[] = [];
    for (const key of keys) {
      const type = await redis.type(key);
      entries.push({ key, value: type === 'string' ? ((await redis.get(key)) ?? '') : '' });
    }
    return entries;
  }

  async function outboxTo(email: string): Promise<string[]> {
    const dir = t.config.mail.outboxDir;
    const names = await readdir(dir).catch(() => [] as string[]);
    const found: string[] = [];
    for (const name of names) {
      if ((await readFile(join(dir, name), 'utf8')).toLowerCase().includes(email)) {
        found.push(name);
      }
    }
    return found;
  }

  const countWhere = async (sql: string, params: unknown[]) =>
    (await db().query<{ n: number }[]>(sql, params))[0].n;

  let ysaline: { claim: OpenChat; other: OpenChat };
  let octave: { claim: OpenChat; other: OpenChat };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(SeedService).seed();
    admin = await staffToken(t, 'admin');
    agent = await staffToken(t, 'agent');
    redis = new Redis(TEST_REDIS_URL);
    ysaline = await footprintOf(YSALINE);
    octave = await footprintOf(OCTAVE);
  });
  afterAll(async () => {
    redis?.disconnect();
    await t?.close();
  });

  describe('access', () => {
    it.each([
      ['GET', 'export', exportPath(YSALINE.email)],
      ['DELETE', 'erasure', erasePath(YSALINE.email)],
    ])(
      '%s %s: 401 without a credential, 403 for an agent or a partner key',
      async (verb, _what, path) => {
        const call = () => (verb === 'GET' ? http().get(path) : http().delete(path));
        const anonymous = await call().expect(401);
        expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
        await call().set(bearer(agent)).expect(403);
        await call()
          .set({ 'X-API-Key': await apiKey(t, ['tickets:read', 'tickets:write']) })
          .expect(403);
        expect((await exportOf(YSALINE.email)).customers).toHaveLength(1);
      },
    );

    it.each([
      ['a word', 'not-an-address'],
      ['no domain', 'ysaline@'],
      ['over 254 characters', `${'y'.repeat(250)}@example.fr`],
    ])('refuses an address with %s: a 400 problem naming the field', async (_what, email) => {
      for (const req of [
        http().get(exportPath(email)).set(bearer(admin)),
        http().delete(erasePath(email)).set(bearer(admin)),
      ]) {
        const res = await req.expect(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.errors).toEqual([{ field: 'email', message: expect.any(String) }]);
      }
    });
  });

  describe('export', () => {
    let data: CustomerDataExport;
    let response: request.Response;

    beforeAll(async () => {
      response = await http()
        .get(exportPath('YSALINE.Quintard@Example.FR'))
        .set(bearer(admin))
        .expect(200);
      data = response.body as CustomerDataExport;
    });

    it('is a JSON download that no cache keeps', () => {
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="customer-data-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(response.headers['content-disposition']).not.toContain('ysaline');
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('holds the customer record and orders, whatever the case of the address asked for', () => {
      expect(data.email).toBe(YSALINE.email);
      expect(data.customers).toEqual([
        expect.objectContaining({
          email: YSALINE.email,
          firstName: 'Ysaline',
          lastName: 'Quintard',
          phone: YSALINE.phone,
          postcode: YSALINE.postcode,
          tier: 'gold',
        }),
      ]);
      expect(data.orders).toEqual([
        expect.objectContaining({
          number: YSALINE.order,
          postcode: YSALINE.postcode,
          lines: [expect.objectContaining({ sku: SKU, quantity: 1, unitPrice: 1090 })],
        }),
      ]);
    });

    it('holds both tickets with their contact, analysis, timeline, recap and validation', () => {
      expect(data.tickets.map((x) => x.source)).toEqual(['chat', 'partner']);
      const [chat, partner] = data.tickets;
      expect(chat.description).toContain(YSALINE.marker);
      expect(chat.contact.email).toBe(YSALINE.email);
      expect(chat.sessionId).toBe(ysaline.claim.sessionId);
      expect(chat.analysis.category).toBe('mechanism');
      expect(chat.recap.status).toBe('sent');
      expect(chat.validation.status).toBe('pending');
      expect(chat.timeline.map((e) => e.kind)).toEqual(
        expect.arrayContaining(['created', 'note', 'message', 'recap']),
      );
      expect(chat.timeline.find((e) => e.kind === 'note')?.note).toContain('Quintard');
      expect(partner.contact).toEqual({
        email: YSALINE.email,
        name: 'Ysaline Quintard',
        phone: YSALINE.phone,
      });
    });

    it('holds both conversations with their messages, including the one where the address was only typed', () => {
      expect(data.chatSessions.map((s) => s.id).sort()).toEqual(
        [ysaline.claim.sessionId, ysaline.other.sessionId].sort(),
      );
      const claim = data.chatSessions.find((s) => s.id === ysaline.claim.sessionId);
      expect(claim?.customerEmail).toBe(YSALINE.email);
      expect(claim?.messages.map((m) => m.role)).toEqual(
        expect.arrayContaining(['customer', 'bot', 'agent']),
      );
      expect(claim?.messages[0].text).toContain(YSALINE.marker);
      expect(claim?.events.length).toBeGreaterThan(0);
      const other = data.chatSessions.find((s) => s.id === ysaline.other.sessionId);
      expect(other?.customerEmail).toBeNull();
      expect(other?.messages[0].text).toContain(YSALINE.email.toUpperCase());
    });

    it('holds the rating, the files (metadata and storage keys) and the e-mail copies', async () => {
      expect(data.ratings).toEqual([
        expect.objectContaining({ sessionId: ysaline.claim.sessionId, score: 4 }),
      ]);
      expect(data.ratings[0].comment).toContain(YSALINE.ratingWord);
      expect(data.uploads.length).toBeGreaterThanOrEqual(2);
      for (const upload of data.uploads) {
        expect(upload.storageKey).toEqual(expect.any(String));
        expect(upload.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(await t.app.get(FileStorage).get(upload.storageKey)).not.toBeNull();
      }
      expect(data.uploads.some((u) => u.ticketId === data.tickets[1].id)).toBe(true);
      expect(data.emails.length).toBe((await outboxTo(YSALINE.email)).length);
      expect(data.emails.length).toBeGreaterThan(0);
      expect(data.emails[0].subject).toContain(data.tickets[0].reference);
    });

    it('holds nothing of another customer', async () => {
      const text = JSON.stringify(data);
      for (const word of needles(OCTAVE)) expect(text).not.toContain(word);
      expect(text).not.toContain(octave.claim.sessionId);
      const theirs = await exportOf(OCTAVE.email);
      for (const ticket of theirs.tickets) expect(text).not.toContain(ticket.reference);
      for (const upload of theirs.uploads) expect(text).not.toContain(upload.storageKey);
    });

    it('is empty for an address nothing is held about', async () => {
      const none = await exportOf('personne@example.fr');
      expect(none).toMatchObject({
        customers: [],
        orders: [],
        tickets: [],
        chatSessions: [],
        ratings: [],
        uploads: [],
        emails: [],
      });
    });
  });

  describe('erasure', () => {
    let before: CustomerDataExport;
    let octaveBefore: CustomerDataExport;
    let expected: Record<string, number>;
    let erased: CustomerErasureView;
    let octaveKeys: string[];

    beforeAll(async () => {
      before = await exportOf(YSALINE.email);
      octaveBefore = await exportOf(OCTAVE.email);
      const sessions = before.chatSessions.map((s) => s.id);
      const tickets = before.tickets.map((x) => x.id);
      const cached = (await redisEntries()).filter((e) =>
        sessions.some((id) => e.key === `${t.config.redis.keyPrefix}chat:state:${id}`),
      );
      octaveKeys = (await redisEntries())
        .map((e) => e.key)
        .filter((key) => key.includes(octave.claim.sessionId));
      expected = {
        customers: 1,
        orders: 1,
        tickets: 2,
        ticketNotes: await countWhere(
          'SELECT count(*)::int AS n FROM ticket_event WHERE ticket_id = ANY($1::uuid[]) AND note IS NOT NULL',
          [tickets],
        ),
        chatSessions: 2,
        chatSessionsEnded: await countWhere(
          'SELECT count(*)::int AS n FROM chat_session WHERE id = ANY($1::uuid[]) AND closed_at IS NULL',
          [sessions],
        ),
        chatMessages: await countWhere(
          'SELECT count(*)::int AS n FROM chat_message WHERE session_id = ANY($1::uuid[])',
          [sessions],
        ),
        chatEvents: await countWhere(
          'SELECT count(*)::int AS n FROM chat_event WHERE session_id = ANY($1::uuid[])',
          [sessions],
        ),
        ratings: 1,
        uploads: before.uploads.length,
        cacheKeys: cached.length,
        emails: (await outboxTo(YSALINE.email)).length,
      };
      const res = await http()
        .delete(erasePath('Ysaline.Quintard@EXAMPLE.fr'))
        .set(bearer(admin))
        .expect(200);
      erased = res.body as CustomerErasureView;
    });

    it('counts what it erased, by kind', () => {
      expect(expected.chatSessionsEnded).toBe(2);
      expect(expected.cacheKeys).toBeGreaterThan(0);
      expect(expected.ticketNotes).toBeGreaterThan(0);
      expect(erased.counts).toEqual(expected);
      expect(Date.parse(erased.erasedAt)).not.toBeNaN();
    });

    it('leaves none of the customer’s words in any text column of any table', async () => {
      expect(await cellsHolding(db(), needles(YSALINE))).toEqual([]);
    });

    it('deletes the files from storage, the cached conversation state and the e-mail copies', async () => {
      for (const upload of before.uploads) {
        expect(await t.app.get(FileStorage).get(upload.storageKey)).toBeNull();
      }
      const entries = await redisEntries();
      for (const session of before.chatSessions) {
        expect(entries.filter((e) => e.key.includes(session.id))).toEqual([]);
      }
      for (const word of needles(YSALINE)) {
        expect(entries.filter((e) => e.value.toLowerCase().includes(word.toLowerCase()))).toEqual(
          [],
        );
      }
      expect(await outboxTo(YSALINE.email)).toEqual([]);
    });

    it('ends the conversations: their tokens are refused', async () => {
      for (const chat of [ysaline.claim, ysaline.other]) {
        await http()
          .get(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
          .set(chat.auth)
          .expect(401);
      }
    });

    it('keeps the tickets, orders and conversations for statistics, without the person', async () => {
      const [chat] = before.tickets;
      const ticket = await http()
        .get(`/api/v1/tickets/${chat.reference}`)
        .set(bearer(agent))
        .expect(200);
      expect(ticket.body).toMatchObject({
        description: ERASED_TEXT,
        category: 'mechanism',
        customer: { email: null, name: null, phone: null },
      });
      expect(
        (ticket.body.timeline as { note: string | null }[]).every(
          (e) => e.note === null || e.note === ERASED_TEXT,
        ),
      ).toBe(true);
      const [order] = await db().query<{ postcode: string; email: string }[]>(
        `SELECT o.postcode, c.email FROM customer_order o JOIN customer c ON c.id = o.customer_id
          WHERE o.number = $1`,
        [YSALINE.order],
      );
      expect(order.email).toMatch(/^erased-[0-9a-f-]{36}@erased\.invalid$/);
      expect(order.postcode).toMatch(/^#[0-9a-f]{15}$/);
      const [session] = await db().query<{ state: string; message_count: number }[]>(
        'SELECT state, message_count FROM chat_session WHERE id = $1',
        [ysaline.claim.sessionId],
      );
      expect(session.state).toBe('closed');
      expect(session.message_count).toBeGreaterThan(0);
      const [rating] = await db().query<{ score: number; comment: string | null }[]>(
        'SELECT score, comment FROM chat_rating WHERE session_id = $1',
        [ysaline.claim.sessionId],
      );
      expect(rating).toEqual({ score: 4, comment: null });
    });

    it('leaves the order unprovable: neither the old address nor an empty proof opens a claim', async () => {
      for (const proof of [YSALINE.email, YSALINE.postcode, '']) {
        await expect(t.app.get(OrdersService).verify(YSALINE.order, proof)).rejects.toThrow(
          /No order matches/,
        );
      }
    });

    it('then exports nothing, and erases nothing more (idempotent)', async () => {
      const after = await exportOf(YSALINE.email);
      expect(after).toMatchObject({
        customers: [],
        orders: [],
        tickets: [],
        chatSessions: [],
        ratings: [],
        uploads: [],
        emails: [],
      });
      const again = await http().delete(erasePath(YSALINE.email)).set(bearer(admin)).expect(200);
      expect(Object.values((again.body as CustomerErasureView).counts)).toEqual(Array(12).fill(0));
    });

    it('answers zero counts for an address nothing is held about', async () => {
      const res = await http()
        .delete(erasePath('personne@example.fr'))
        .set(bearer(admin))
        .expect(200);
      expect(Object.values((res.body as CustomerErasureView).counts).every((n) => n === 0)).toBe(
        true,
      );
    });

    it('leaves another customer untouched', async () => {
      const after = await exportOf(OCTAVE.email);
      expect({ ...after, exportedAt: '' }).toEqual({ ...octaveBefore, exportedAt: '' });
      for (const upload of after.uploads) {
        expect(await t.app.get(FileStorage).get(upload.storageKey)).not.toBeNull();
      }
      expect(await outboxTo(OCTAVE.email)).not.toEqual([]);
      const keys = (await redisEntries()).map((e) => e.key);
      for (const key of octaveKeys) expect(keys).toContain(key);
      expect(await cellsHolding(db(), [OCTAVE.email, OCTAVE.marker])).toEqual(
        expect.arrayContaining([
          `customer.email: ${OCTAVE.email}`,
          `ticket.description: ${OCTAVE.marker}`,
          `chat_message.text: ${OCTAVE.marker}`,
        ]),
      );
    });

    it('writes an audit line with the hashed address and the administrator, never the address', () => {
      const hash = createHash('sha256').update(YSALINE.email).digest('hex');
      const audit = t.logs
        .records()
        .filter((r) => r.privacyEvent === 'customer_data_erased' && r.subjectSha256 === hash);
      expect(audit.length).toBeGreaterThanOrEqual(1);
      expect(audit[0].actor).toMatch(/^user:[0-9a-f-]{36}$/);
      // Nor in the access log's URLs, where clients percent-encode the @.
      const logs = t.logs.text.toLowerCase();
      for (const p of [YSALINE, OCTAVE]) {
        expect(logs).not.toContain(p.email);
        expect(logs).not.toContain(p.lastName.toLowerCase());
      }
    });
  });

  describe('retention of conversations (CHAT_RETENTION_DAYS, 365 by default)', () => {
    const retention = () => t.app.get(ChatRetention);
    const later = (days: number) => new Date(Date.now() + days * DAY);
    const messagesOf = (sessionId: string) =>
      countWhere('SELECT count(*)::int AS n FROM chat_message WHERE session_id = $1', [sessionId]);

    /** A conversation with a line from the customer, and optionally a claim. */
    async function conversation(withClaim = false): Promise<{ id: string; ticketId?: string }> {
      const chat = await openChat(t, 'fr');
      await say(chat, 'Bonjour, je cherche un canapé gris');
      if (!withClaim) return { id: chat.sessionId };
      const order = await t.app.get(OrdersService).findEntity('CMD-2026-011338');
      if (!order) throw new Error('seeded order missing');
      const ticket = await t.app.get(TicketsService).createFromChat({
        order,
        productSku: SKU,
        description: 'Le mécanisme est bloqué.',
        sessionId: chat.sessionId,
        locale: 'fr',
        evidence: { photos: 0, videos: 0 },
      });
      const [{ id }] = await db().query<{ id: string }[]>(
        'SELECT id FROM ticket WHERE reference = $1',
        [ticket.reference],
      );
      return { id: chat.sessionId, ticketId: id };
    }

    let orphan: { id: string };
    let openClaim: { id: string; ticketId?: string };
    let closedClaim: { id: string; ticketId?: string };
    let recentlyClosed: { id: string; ticketId?: string };

    beforeAll(async () => {
      orphan = await conversation();
      openClaim = await conversation(true);
      closedClaim = await conversation(true);
      recentlyClosed = await conversation(true);
      await db().query("UPDATE ticket SET status = 'closed' WHERE id = $1", [closedClaim.ticketId]);
      // Closed 300 days from now: within the retention period when the purge below runs.
      await db().query(
        "UPDATE ticket SET status = 'cancelled', updated_at = now() + interval '300 days' WHERE id = $1",
        [recentlyClosed.ticketId],
      );
      await db().query(
        "INSERT INTO chat_rating (session_id, score, comment) VALUES ($1, 5, 'Parfait, merci')",
        [orphan.id],
      );
    });

    it('runs every night', () => {
      expect(t.app.get(SchedulerRegistry).getCronJob('privacy-retention').cronTime.source).toBe(
        CronExpression.EVERY_DAY_AT_3AM,
      );
    });

    it('keeps every transcript until the retention period has passed', async () => {
      expect(await retention().purge(later(364))).toEqual({ conversations: 0, messages: 0 });
      for (const c of [orphan, openClaim, closedClaim, recentlyClosed]) {
        expect(await messagesOf(c.id)).toBeGreaterThan(0);
      }
    });

    it('then purges finished conversations, and spares those a claim still needs', async () => {
      const orphanMessages = await messagesOf(orphan.id);
      const closedMessages = await messagesOf(closedClaim.id);
      const purged = await retention().purge(later(366));
      expect(purged.messages).toBeGreaterThanOrEqual(orphanMessages + closedMessages);
      expect(await messagesOf(orphan.id)).toBe(0);
      expect(await messagesOf(closedClaim.id)).toBe(0);
      expect(await messagesOf(openClaim.id)).toBeGreaterThan(0);
      expect(await messagesOf(recentlyClosed.id)).toBeGreaterThan(0);
      const [session] = await db().query<
        { context: unknown; customer_email: string | null; message_count: number }[]
      >('SELECT context, customer_email, message_count FROM chat_session WHERE id = $1', [
        orphan.id,
      ]);
      expect(session).toEqual({ context: {}, customer_email: null, message_count: 1 });
      const [rating] = await db().query<{ score: number; comment: string | null }[]>(
        'SELECT score, comment FROM chat_rating WHERE session_id = $1',
        [orphan.id],
      );
      expect(rating).toEqual({ score: 5, comment: null });
      const entries = await redisEntries();
      expect(entries.filter((e) => e.key.includes(orphan.id))).toEqual([]);
      expect(
        await countWhere('SELECT count(*)::int AS n FROM chat_event WHERE session_id = $1', [
          orphan.id,
        ]),
      ).toBe(0);
    });

    it('purges nothing more when run again', async () => {
      expect(await retention().purge(later(366))).toEqual({ conversations: 0, messages: 0 });
      expect(await messagesOf(openClaim.id)).toBeGreaterThan(0);
    });

    it('purges a claim’s conversation once the claim has been finished for the retention period', async () => {
      await retention().purge(later(300 + 366));
      expect(await messagesOf(recentlyClosed.id)).toBe(0);
      expect(await messagesOf(openClaim.id)).toBeGreaterThan(0);
    });
  });
});

describe('customer privacy on the embedded database with S3-compatible storage', () => {
  const BUCKET = 'mdf-privacy';
  let s3: { endpoint: string; stop: () => Promise<void> };
  let t: TestApp;

  beforeAll(async () => {
    s3 = await startS3rver(BUCKET);
    t = await startTestApp({
      env: {
        DATABASE_URL: '',
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: BUCKET,
        // s3rver's fixed account.
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        S3_FORCE_PATH_STYLE: 'true',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await s3?.stop();
  });

  it('exports a claim with its file, then erases it and deletes the object', async () => {
    const http = () => request(t.app.getHttpServer());
    const admin = await staffToken(t, 'admin');
    const email = 'leonce.marchadier@example.fr';
    await http()
      .put('/api/v1/orders/CMD-2026-PRIV03')
      .set(bearer(admin))
      .send({
        customer: { email, firstName: 'Léonce', lastName: 'Marchadier', tier: 'standard' },
        postcode: 'QW-7743',
        purchaseDate: new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10),
        lines: [{ sku: 'TAB-TEST-01', quantity: 1, unitPrice: 300 }],
      })
      .expect(201);
    const ticket = await http()
      .post('/api/v1/tickets')
      .set(bearer(admin))
      .send({
        description: 'Le plateau de la table est fendu.',
        orderNumber: 'CMD-2026-PRIV03',
        customer: { email, name: 'Léonce Marchadier' },
      })
      .expect(201);
    await http()
      .post('/api/v1/uploads')
      .set(bearer(admin))
      .field('ticketId', (ticket.body as { reference: string }).reference)
      .attach('file', await jpeg(), { filename: 'a.jpg', contentType: 'image/jpeg' })
      .expect(201);
    expect(t.app.get(FileStorage).kind).toBe('s3');

    const data = (
      await http().get(`/api/v1/privacy/customers/${email}/export`).set(bearer(admin)).expect(200)
    ).body as CustomerDataExport;
    expect(data.tickets).toHaveLength(1);
    expect(data.uploads).toHaveLength(1);
    const key = data.uploads[0].storageKey;
    expect(await t.app.get(FileStorage).get(key)).not.toBeNull();

    const erased = (
      await http().delete(`/api/v1/privacy/customers/${email}`).set(bearer(admin)).expect(200)
    ).body as CustomerErasureView;
    expect(erased.counts).toMatchObject({ customers: 1, orders: 1, tickets: 1, uploads: 1 });
    expect(await t.app.get(FileStorage).get(key)).toBeNull();
    expect(await cellsHolding(t.app.get(DataSource), [email, 'Marchadier', 'QW-7743'])).toEqual([]);
  });
});
