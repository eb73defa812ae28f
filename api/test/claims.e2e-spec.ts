import request from 'supertest';
import { RecapService } from '../src/claims';
import { OrdersService } from '../src/orders';
import { TicketsService } from '../src/sav';
import { bearer, staffToken } from './support/auth';
import { openChat } from './support/chat';
import { confirmPath, decodedBodies, TestSmtp } from './support/smtp';
import { putOrder } from './support/orders';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const ORDER = 'CMD-2026-910001';
const CUSTOMER = 'claire.martin@example.fr';

describe('claim recap e-mail and confirmation link (real SMTP, PostgreSQL)', () => {
  const smtp = new TestSmtp();
  let smtpPort: number;
  let t: TestApp;
  let admin: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    smtpPort = await smtp.start();
    t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` } });
    admin = await staffToken(t, 'admin');
    await putOrder(t, ORDER, {
      email: CUSTOMER,
      tier: 'gold',
      sku: 'SOFA-E2E-01',
      productName: 'Canapé test',
      unitPrice: 1200,
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  /** A claim made in a chat, as the conversation opens it. */
  async function chatTicket(locale = 'fr', description = "Le pied avant du canapé s'est cassé.") {
    const chat = await openChat(t, locale);
    const order = await t.app.get(OrdersService).findEntity(ORDER);
    if (!order) throw new Error('order missing');
    const ticket = await t.app.get(TicketsService).createFromChat({
      order,
      productSku: 'SOFA-E2E-01',
      description,
      sessionId: chat.sessionId,
      locale,
      evidence: { photos: 0, videos: 0 },
    });
    return ticket.reference;
  }

  const detail = async (reference: string) =>
    (await http().get(`/api/v1/tickets/${reference}`).set(bearer(admin)).expect(200)).body as {
      status: string;
      validation: { status: string; at: string | null; correction: string | null };
      recap: { status: string; sentAt: string | null; attempts: number };
      timeline: { kind: string; actor: string; note: string | null }[];
    };

  it('e-mails the recap with its link; the link shows it and takes one confirmation', async () => {
    const reference = await chatTicket();
    const before = smtp.inbox.length;
    const card = await t.app.get(RecapService).issue(reference, 'fr');
    expect(card).toMatchObject({ reference, emailedTo: 'c***@example.fr' });
    expect(card.title).toContain(reference);
    expect(card.lines.map((l) => l.label)).toEqual(
      expect.arrayContaining(['Référence', 'Produit', 'Garantie', 'Priorité']),
    );
    expect(card.lines.find((l) => l.label === 'Produit')?.value).toBe('Canapé test');

    expect(smtp.inbox).toHaveLength(before + 1);
    const mail = smtp.inbox[before];
    expect(mail.to).toEqual([CUSTOMER]);
    expect(decodedBodies(mail.raw)).toContain(reference);
    const link = confirmPath(mail);

    let d = await detail(reference);
    expect(d.recap).toMatchObject({ status: 'sent', attempts: 1 });
    expect(d.recap.sentAt).not.toBeNull();
    expect(d.timeline).toContainEqual(expect.objectContaining({ kind: 'recap', actor: 'system' }));
    expect(d.validation.status).toBe('pending');

    const json = await http().get(link).expect(200);
    expect(json.headers['content-type']).toMatch(/application\/json/);
    expect(json.headers['cache-control']).toBe('no-store');
    expect(json.body).toMatchObject({ reference, validation: 'pending', validatedAt: null });
    expect(json.body.recap).toEqual(card);
    expect(new Date(json.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * DAY);

    const page = await http()
      .get(link)
      .set('Accept', 'text/html,application/xhtml+xml')
      .expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.text).toContain('<html lang="fr" dir="ltr">');
    expect(page.text).toContain(reference);
    expect(page.text.match(/<form method="post"/g)).toHaveLength(3);
    expect(page.text).not.toMatch(/<script/i);

    const confirmed = await http().post(link).send({ confirm: true }).expect(200);
    expect(confirmed.body).toMatchObject({ reference, validation: 'validated' });
    d = await detail(reference);
    expect(d.validation.status).toBe('validated');
    expect(d.validation.at).not.toBeNull();
    expect(d.timeline).toContainEqual(
      expect.objectContaining({ kind: 'validation', actor: 'customer' }),
    );

    const again = await http().post(link).send({ confirm: false }).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body.validation).toBe('validated');
    expect((await detail(reference)).validation.status).toBe('validated');
  });

  it('takes a correction from the browser form and shows it was received', async () => {
    const reference = await chatTicket('ar');
    const before = smtp.inbox.length;
    await t.app.get(RecapService).issue(reference, 'ar');
    const link = confirmPath(smtp.inbox[before]);

    const page = await http().get(link).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<html lang="ar" dir="rtl">');

    const correction = "Ce n'est pas le pied mais l'accoudoir <gauche>.";
    const posted = await http()
      .post(link)
      .set('Accept', 'text/html')
      .type('form')
      .send({ confirm: 'false', correction })
      .expect(303);
    expect(posted.headers.location).toBe(link);

    const after = await http().get(link).set('Accept', 'text/html').expect(200);
    expect(after.text).not.toContain('<form');
    expect(after.text).toContain('role="status"');
    const d = await detail(reference);
    expect(d.validation).toMatchObject({ status: 'corrected', correction });
    expect(d.timeline).toContainEqual(
      expect.objectContaining({ kind: 'validation', note: `Correction du client : ${correction}` }),
    );
  });

  it('lets the customer cancel without touching the ticket status', async () => {
    const reference = await chatTicket('en');
    const before = smtp.inbox.length;
    await t.app.get(RecapService).issue(reference, 'en');
    const link = confirmPath(smtp.inbox[before]);
    const status = (await detail(reference)).status;
    await http().post(link).send({ confirm: true, correction: 'both' }).expect(400);
    const res = await http().post(link).send({ confirm: false }).expect(200);
    expect(res.body.validation).toBe('cancelled');
    const d = await detail(reference);
    expect(d.validation.status).toBe('cancelled');
    expect(d.status).toBe(status);
  });

  it('answers 404 for a tampered link and 404 for a link of nothing', async () => {
    const reference = await chatTicket();
    const before = smtp.inbox.length;
    await t.app.get(RecapService).issue(reference, 'fr');
    const link = confirmPath(smtp.inbox[before]);
    const tampered = `${link.slice(0, -3)}${link.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const res = await http().get(tampered).expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    await http().post(tampered).send({ confirm: true }).expect(404);
    const page = await http().get(tampered).set('Accept', 'text/html').expect(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    await http().get('/api/v1/claims/confirm/not-a-token').expect(404);
    expect((await detail(reference)).validation.status).toBe('pending');
  });

  it('still answers the chat when SMTP is down, and the retry job sends the recap later', async () => {
    const reference = await chatTicket();
    await smtp.stop();
    const card = await t.app.get(RecapService).issue(reference, 'fr');
    expect(card).toMatchObject({ reference, emailedTo: 'c***@example.fr' });
    expect((await detail(reference)).recap).toMatchObject({ status: 'failed', attempts: 1 });

    // Nothing is due before the backoff has passed, and nothing is lost meanwhile.
    const before = smtp.inbox.length;
    await smtp.start(smtpPort);
    expect(await t.app.get(RecapService).retryDue(new Date())).toEqual({ sent: 0, failed: 0 });
    const later = new Date(Date.now() + 5 * 60_000);
    expect(await t.app.get(RecapService).retryDue(later)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.inbox).toHaveLength(before + 1);
    expect(decodedBodies(smtp.inbox[before].raw)).toContain(reference);
    expect((await detail(reference)).recap).toMatchObject({ status: 'sent', attempts: 2 });
    // Sent once: the job does not send it again.
    expect(await t.app.get(RecapService).retryDue(later)).toEqual({ sent: 0, failed: 0 });
  });

  it('never logs the customer address nor the link', () => {
    expect(t.logs.text).not.toContain(CUSTOMER);
    expect(t.logs.text).not.toMatch(/claims\/confirm\/eyJ/);
  });
});
