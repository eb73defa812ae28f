import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChatSessionsService } from '../src/chat';
import { OrdersService } from '../src/orders';
import { TicketsService } from '../src/sav';
import { renderDossierPdf, TicketWorkspaceService } from '../src/tickets';
import { apiKey, bearer, staffToken } from './support/auth';
import { type OpenChat, openChat } from './support/chat';
import { putOrder } from './support/orders';
import { startTestApp, type TestApp } from './support/test-app';
import { jpeg } from './support/uploads';

const ORDER = 'CMD-2026-920001';
const CUSTOMER = 'lea.bernard@example.fr';

/** supertest buffers binary bodies with this parser. */
function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The text of an uncompressed pdfkit file: hex strings of its TJ operators, kerning dropped. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1').replace(/>\s*-?\d+(?:\.\d+)?\s*</g, '');
  return [...raw.matchAll(/\[<([0-9a-f]+)>\s*-?\d*(?:\.\d+)?\]\s*TJ/g)]
    .map((m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1'))
    .join('\n');
}

describe("the agents' ticket workspace (real PostgreSQL)", () => {
  let t: TestApp;
  let admin: string;
  let agent: string;
  let chat: OpenChat;
  let reference: string;
  let photoSha: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp();
    admin = await staffToken(t, 'admin');
    agent = await staffToken(t, 'agent');
    await putOrder(t, ORDER, {
      email: CUSTOMER,
      firstName: 'Léa',
      lastName: 'Bernard',
      tier: 'silver',
      postcode: '75011',
      purchasedDaysAgo: 60,
      deliveredDaysAgo: 50,
      sku: 'SOFA-WS-01',
      productName: 'Canapé Oslo',
      unitPrice: 1500,
    });
    chat = await openChat(t, 'ar');
    await t.app
      .get(ChatSessionsService)
      .appendMessage(chat.sessionId, 'customer', 'الكنبة مكسورة، الرجل الأمامية انكسرت');
    const order = await t.app.get(OrdersService).findEntity(ORDER);
    if (!order) throw new Error('order missing');
    reference = (
      await t.app.get(TicketsService).createFromChat({
        order,
        productSku: 'SOFA-WS-01',
        description: "Le pied avant du canapé s'est cassé net.",
        sessionId: chat.sessionId,
        locale: 'ar',
        evidence: { photos: 0, videos: 0 },
      })
    ).reference;
    const photo = await jpeg();
    const uploaded = await http()
      .post('/api/v1/uploads')
      .set(bearer(admin))
      .field('ticketId', reference)
      .attach('file', photo, { filename: 'pied.jpg', contentType: 'image/jpeg' })
      .expect(201);
    photoSha = (uploaded.body as { sha256: string }).sha256;
  });
  afterAll(async () => t?.close());

  it('shows the ticket with its conversation, evidence, recap and validation', async () => {
    const res = await http().get(`/api/v1/tickets/${reference}`).set(bearer(agent)).expect(200);
    const d = res.body;
    expect(d).toMatchObject({
      reference,
      source: 'chat',
      sessionId: chat.sessionId,
      locale: 'ar',
      validation: { status: 'pending', at: null, correction: null },
      recap: { status: 'pending', sentAt: null, attempts: 0 },
    });
    expect(d.analysis.factors).toHaveLength(8);
    expect(d.timeline[0]).toMatchObject({ kind: 'created' });
    expect(d.messages).toEqual([
      expect.objectContaining({ role: 'customer', text: 'الكنبة مكسورة، الرجل الأمامية انكسرت' }),
    ]);
    expect(d.evidence).toEqual([
      expect.objectContaining({ kind: 'photo', sha256: photoSha, scanStatus: expect.any(String) }),
    ]);
    expect(photoSha).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers 404 for an unknown or malformed reference', async () => {
    await http().get('/api/v1/tickets/SAV-2020-999999').set(bearer(agent)).expect(404);
    await http().get('/api/v1/tickets/nonsense').set(bearer(agent)).expect(404);
    await http().get('/api/v1/tickets/SAV-2020-999999/dossier').set(bearer(agent)).expect(404);
  });

  it("delivers an agent's message to the customer's chat and notes it on the ticket", async () => {
    const text = 'Bonjour, un technicien passera jeudi matin.';
    const sent = await http()
      .post(`/api/v1/tickets/${reference}/messages`)
      .set(bearer(agent))
      .send({ text: `  ${text}  ` })
      .expect(201);
    expect(sent.body).toMatchObject({ role: 'agent', text, id: expect.any(String) });

    const transcript = await http()
      .get(`/api/v1/chat/sessions/${chat.sessionId}/messages`)
      .set(chat.auth)
      .expect(200);
    expect(transcript.body.items.at(-1)).toMatchObject({ id: sent.body.id, role: 'agent', text });

    const d = (await http().get(`/api/v1/tickets/${reference}`).set(bearer(admin)).expect(200))
      .body;
    expect(d.timeline).toContainEqual(
      expect.objectContaining({
        kind: 'message',
        note: text,
        actor: expect.stringMatching(/^user:/),
      }),
    );
    expect(d.messages.at(-1)).toMatchObject({ role: 'agent', text });
    const [row] = await t.app
      .get(DataSource)
      .query<{ first_response_at: Date | null }[]>(
        'SELECT first_response_at FROM ticket WHERE reference = $1',
        [reference],
      );
    expect(row?.first_response_at).not.toBeNull();
    const answered = (
      await http().get(`/api/v1/tickets/${reference}`).set(bearer(admin)).expect(200)
    ).body;
    expect(answered.sla.respondedAt).toBe(row?.first_response_at?.toISOString());
    expect(answered.sla.responseBreached).toBe(false);

    await http()
      .post(`/api/v1/tickets/${reference}/messages`)
      .set(bearer(agent))
      .send({ text: '   ' })
      .expect(400);
  });

  it('refuses to message a ticket that has no conversation (partner ticket): 409', async () => {
    const partner = await http()
      .post('/api/v1/tickets')
      .set('X-API-Key', await apiKey(t, ['tickets:write']))
      .send({
        description: 'Le coussin de l’assise s’est affaissé.',
        orderNumber: ORDER,
        customer: { email: CUSTOMER },
      })
      .expect(201);
    const res = await http()
      .post(`/api/v1/tickets/${partner.body.reference}/messages`)
      .set(bearer(agent))
      .send({ text: 'Bonjour' })
      .expect(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const d = (
      await http().get(`/api/v1/tickets/${partner.body.reference}`).set(bearer(agent)).expect(200)
    ).body;
    expect(d).toMatchObject({ messages: [], evidence: [], recap: { status: 'none' } });
  });

  it('gives the complete claim file as JSON', async () => {
    const res = await http()
      .get(`/api/v1/tickets/${reference}/dossier`)
      .set(bearer(agent))
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const f = res.body;
    expect(f.reference).toBe(reference);
    expect(f.customer).toMatchObject({ email: CUSTOMER, tier: 'silver', postcode: '75011' });
    expect(f.order).toMatchObject({
      number: ORDER,
      lines: [expect.objectContaining({ sku: 'SOFA-WS-01', productName: 'Canapé Oslo' })],
    });
    expect(f.analysis.factors).toHaveLength(8);
    expect(f.analysis.score).toBe(
      f.analysis.factors.reduce((s: number, x: { points: number }) => s + x.points, 0),
    );
    expect(f.warranty).toMatchObject({ component: 'structure' });
    expect(f.evidence).toEqual([expect.objectContaining({ sha256: photoSha })]);
    expect(f.timeline.length).toBeGreaterThan(1);
    expect(f.transcript.map((m: { role: string }) => m.role)).toEqual(['customer', 'agent']);
    expect(f.recap).toMatchObject({ status: 'pending' });
    expect(f.validation).toMatchObject({ status: 'pending' });
  });

  it('gives the claim file as a PDF download, Arabic included', async () => {
    const res = await http()
      .get(`/api/v1/tickets/${reference}/dossier`)
      .set(bearer(agent))
      .set('Accept', 'application/pdf')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${reference}.pdf"`);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(`(Dossier ${reference})`);

    // Uncompressed, the text operators are readable: the '?' note is there for the Arabic.
    const dossier = await t.app.get(TicketWorkspaceService).dossier(reference);
    const text = pdfText(await renderDossierPdf(dossier, { compress: false }));
    expect(text).toContain(`Dossier de réclamation ${reference}`);
    expect(text).toMatch(/\d+ caractère\(s\) que la police du PDF ne sait pas dessiner/);
    expect(text).toContain('????? ?????'); // the customer's Arabic message, replaced
    expect(text).toContain('Bonjour, un technicien passera jeudi matin.');
  });

  it('is for staff and ticket-reading partners only', async () => {
    await http().get(`/api/v1/tickets/${reference}`).set(chat.auth).expect(403);
    await http().get(`/api/v1/tickets/${reference}/dossier`).expect(401);
    const reader = await apiKey(t, ['tickets:read']);
    await http().get(`/api/v1/tickets/${reference}`).set('X-API-Key', reader).expect(200);
    await http().get(`/api/v1/tickets/${reference}/dossier`).set('X-API-Key', reader).expect(200);
    await http()
      .post(`/api/v1/tickets/${reference}/messages`)
      .set('X-API-Key', await apiKey(t, ['tickets:write']))
      .send({ text: 'Bonjour' })
      .expect(403);
    await http()
      .post(`/api/v1/tickets/${reference}/messages`)
      .set(chat.auth)
      .send({ text: 'Bonjour' })
      .expect(403);
  });
});
