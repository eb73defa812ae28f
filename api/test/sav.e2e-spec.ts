import request from 'supertest';
import { OrdersService, toOrderView } from '../src/orders';
import { apiKey, bearer, staffToken } from './support/auth';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

const order = (overrides: Record<string, unknown> = {}) => ({
  customer: {
    email: 'Claire.Martin@Example.fr',
    firstName: 'Claire',
    lastName: 'Martin',
    tier: 'vip',
  },
  postcode: '69003',
  purchaseDate: isoDaysAgo(40),
  deliveryDate: isoDaysAgo(20),
  lines: [{ sku: 'SOFA-E2E-01', productName: 'Canapé test', quantity: 1, unitPrice: 3200 }],
  ...overrides,
});

describe('after-sales analysis and tickets (real PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  // Every call as an administrator; who may call what is proven in access-policy.e2e-spec.ts.
  const http = () => request.agent(t.app.getHttpServer()).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp();
    token = await staffToken(t, 'admin');
    await http().put('/api/v1/orders/CMD-2026-900001').send(order()).expect(201);
  });
  afterAll(async () => t.close());

  describe('POST /sav/analyze', () => {
    it('assesses a broken leg: structural P1, every factor explained, technician', async () => {
      const res = await http()
        .post('/api/v1/sav/analyze')
        .send({
          description: "Le pied avant du canapé s'est cassé, on ne peut plus s'asseoir dessus.",
          purchaseDate: isoDaysAgo(200),
          customerTier: 'standard',
          productValue: 900,
        })
        .expect(200)
        .expect('Content-Type', 'application/json; charset=utf-8');
      const a = res.body;
      expect(a.category).toBe('structural');
      expect(a.severity).toBe('P1');
      expect(a.factors).toHaveLength(8);
      expect(a.score).toBe(a.factors.reduce((s: number, f: { points: number }) => s + f.points, 0));
      expect(a.warranty).toMatchObject({ component: 'structure', covered: true });
      expect(a.evidence).toMatchObject({ photos: 3, videos: 1 });
      expect(a.sla).toEqual(expect.objectContaining({ responseHours: expect.any(Number) }));
      expect(['technician', 'escalate']).toContain(a.decision.action);
    });

    it('treats danger as P0 and escalates', async () => {
      const res = await http()
        .post('/api/v1/sav/analyze')
        .send({
          description:
            'Le moteur du relax fait des étincelles et de la fumée, mon fils était assis dessus !',
        })
        .expect(200);
      expect(res.body.priority).toBe('P0');
      expect(res.body.decision.action).toBe('escalate');
      expect(res.body.sla).toEqual({ responseHours: 4, interventionHours: 24 });
    });

    it('takes dates, price and tier from a pushed order instead of the body', async () => {
      const body = {
        description: 'Le tissu de l’assise est décoloré par endroits.',
        orderNumber: 'CMD-2026-900001',
        productSku: 'SOFA-E2E-01',
        purchaseDate: isoDaysAgo(2000),
        customerTier: 'standard',
        productValue: 100,
      };
      const withOrder = (await http().post('/api/v1/sav/analyze').send(body).expect(200)).body;
      const factor = (a: { factors: { name: string; points: number }[] }, name: string) =>
        a.factors.find((f) => f.name === name)?.points;
      expect(factor(withOrder, 'customerTier')).toBe(15);
      expect(factor(withOrder, 'productValue')).toBe(5);
      expect(factor(withOrder, 'productAge')).toBe(18);
      expect(withOrder.warranty.covered).toBe(true);

      const { orderNumber: _o, productSku: _s, ...withoutOrder } = body;
      const alone = (await http().post('/api/v1/sav/analyze').send(withoutOrder).expect(200)).body;
      expect(factor(alone, 'customerTier')).toBe(5);
      expect(factor(alone, 'productValue')).toBe(2);
      expect(factor(alone, 'productAge')).toBe(5);
      expect(alone.warranty.covered).toBe(false);
    });

    it('rejects invalid input with the fields named', async () => {
      const res = await http()
        .post('/api/v1/sav/analyze')
        .send({ description: '', customerTier: 'platinum', previousClaims: -1, extra: 1 })
        .expect(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(
        expect.arrayContaining(['customerTier', 'description', 'extra', 'previousClaims']),
      );
    });

    it('checks bodies that are not flat objects as every other route does', async () => {
      const post = (body: string) =>
        http().post('/api/v1/sav/analyze').set('Content-Type', 'application/json').send(body);
      const nested = await post(
        JSON.stringify({ description: 'Le pied est cassé.', customer: { email: 'a@b.fr' } }),
      ).expect(400);
      expect(nested.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(nested.body.errors).toEqual([
        { field: 'customer', message: 'property customer should not exist' },
      ]);
      const list = await post(JSON.stringify([{ description: 'Le pied est cassé.' }])).expect(400);
      expect(list.body.errors.length).toBeGreaterThan(0);
      // The pipe strips prototype keys before it checks the rest, and the claim is analysed.
      const proto = await post(
        '{"description":"Le pied du canapé est cassé.","__proto__":{"isAdmin":true}}',
      ).expect(200);
      expect(proto.body.category).toBe('structural');
      // Form fields are strings: the numbers are refused as they are in JSON.
      const form = await http()
        .post('/api/v1/sav/analyze')
        .type('form')
        .send({ description: 'Le pied est cassé.', previousClaims: '2' })
        .expect(400);
      expect(form.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'previousClaims',
        'previousClaims',
        'previousClaims',
      ]);
    });

    it('reads a day from its dates, and refuses the other ways ISO 8601 writes one', async () => {
      const analyze = (purchaseDate: string) =>
        http()
          .post('/api/v1/sav/analyze')
          .send({ description: 'Le pied du canapé est cassé.', purchaseDate });
      const age = (body: { factors: { name: string; detail: string }[] }) =>
        body.factors.find((f) => f.name === 'productAge')!.detail;
      const day = (await analyze(isoDaysAgo(40)).expect(200)).body;
      const withTime = (await analyze(`${isoDaysAgo(40)}T18:30:00+02:00`).expect(200)).body;
      expect(age(withTime)).toBe(age(day));
      expect(age(day)).not.toMatch(/inconnue/);
      // A week date, an ordinal date, the basic format, a day that does not exist: each was
      // taken before and read as no date at all.
      for (const date of ['2026-W05-3', '2026-123', '20260502', '2025-02-29']) {
        const res = await analyze(date).expect(400);
        expect(res.body.errors).toEqual([
          {
            field: 'purchaseDate',
            message: 'purchaseDate must be a date YYYY-MM-DD, optionally followed by a time',
          },
        ]);
      }
    });
  });

  describe('orders', () => {
    it('replaces an order on a second push and validates dates', async () => {
      const res = await http()
        .put('/api/v1/orders/CMD-2026-900002')
        .send(order({ lines: [{ sku: 'CHA-E2E-01', quantity: 4, unitPrice: 89.9 }] }))
        .expect(201);
      expect(res.body).toMatchObject({ number: 'CMD-2026-900002', total: 359.6 });
      expect(res.body.customer.email).toBe('claire.martin@example.fr');
      // What a push answers is what is stored: the same order read back from the database.
      const stored = async () =>
        toOrderView((await t.app.get(OrdersService).findEntity('CMD-2026-900002'))!);
      expect(res.body).toEqual(await stored());
      const replaced = await http()
        .put('/api/v1/orders/CMD-2026-900002')
        .send(
          order({
            customer: { email: 'Paul.DURAND@example.fr', tier: 'gold', phone: '0612345678' },
            postcode: '69 003',
            purchaseDate: isoDaysAgo(30),
            deliveryDate: undefined,
            lines: [
              { sku: 'TAB-E2E-01', productName: 'Table test', quantity: 1, unitPrice: 499.99 },
              { sku: 'CHA-E2E-01', quantity: 2, unitPrice: 0.01 },
            ],
          }),
        )
        .expect(200);
      expect(replaced.body).toEqual(await stored());
      expect(replaced.body).toMatchObject({
        customer: { email: 'paul.durand@example.fr', firstName: null, tier: 'gold' },
        purchaseDate: isoDaysAgo(30),
        deliveryDate: null,
        total: 500.01,
        lines: [{ sku: 'TAB-E2E-01' }, { sku: 'CHA-E2E-01', productName: null }],
      });
      const bad = await http()
        .put('/api/v1/orders/CMD-2026-900003')
        .send(order({ purchaseDate: isoDaysAgo(1), deliveryDate: isoDaysAgo(5) }))
        .expect(400);
      expect(bad.body.errors[0].field).toBe('deliveryDate');
      await http().put('/api/v1/orders/bad number').send(order()).expect(400);
      // A week date is ten characters of ISO 8601 too: the database refused it (a 500).
      const week = await http()
        .put('/api/v1/orders/CMD-2026-900003')
        .send(order({ purchaseDate: '2026-W05-3' }))
        .expect(400);
      expect(week.body.errors).toEqual([
        { field: 'purchaseDate', message: 'purchaseDate must be a date YYYY-MM-DD' },
      ]);
      expect(await t.app.get(OrdersService).findEntity('CMD-2026-900003')).toBeNull();
    });
  });

  describe('tickets', () => {
    let reference: string;

    it('opens a ticket with a reference, SLA deadlines and a timeline', async () => {
      const res = await http()
        .post('/api/v1/tickets')
        .send({
          description: "Le cadre du canapé est fendu, il s'affaisse quand on s'assoit.",
          orderNumber: 'CMD-2026-900001',
          productSku: 'SOFA-E2E-01',
          customer: { email: 'claire.martin@example.fr' },
        })
        .expect(201);
      reference = res.body.reference;
      expect(reference).toMatch(/^SAV-\d{4}-\d{6}$/);
      expect(res.body.customer.name).toBe('Claire Martin');
      expect(res.body.analysis.category).toBe('structural');
      expect(new Date(res.body.sla.responseDueAt).getTime()).toBeGreaterThan(Date.now());
      const steps = res.body.timeline.map((e: { to: string | null }) => e.to).filter(Boolean);
      expect(steps.slice(0, 3)).toEqual([
        'problem_analysis',
        'warranty_check',
        'evidence_collection',
      ]);
    });

    it('gives consecutive references', async () => {
      const res = await http()
        .post('/api/v1/tickets')
        .send({
          description: 'Petite tache sur le coussin.',
          orderNumber: 'CMD-2026-900001',
          customer: { email: 'claire.martin@example.fr' },
        })
        .expect(201);
      expect(Number(res.body.reference.slice(-6))).toBe(Number(reference.slice(-6)) + 1);
    });

    it('answers a wrong e-mail exactly like an unknown order', async () => {
      const wrong = await http()
        .post('/api/v1/tickets')
        .send({
          description: 'Pied cassé',
          orderNumber: 'CMD-2026-900001',
          customer: { email: 'other@example.fr' },
        })
        .expect(404);
      const unknown = await http()
        .post('/api/v1/tickets')
        .send({
          description: 'Pied cassé',
          orderNumber: 'CMD-2026-999999',
          customer: { email: 'claire.martin@example.fr' },
        })
        .expect(404);
      expect(wrong.body.detail).toBe(unknown.body.detail);
    });

    it('lists the queue with filters', async () => {
      const all = await http().get('/api/v1/tickets').expect(200);
      expect(all.body.total).toBe(2);
      const byQ = await http().get('/api/v1/tickets').query({ q: reference }).expect(200);
      expect(byQ.body.items.map((i: { reference: string }) => i.reference)).toEqual([reference]);
      const structural = await http()
        .get('/api/v1/tickets')
        .query({ category: 'structural' })
        .expect(200);
      expect(
        structural.body.items.every((i: { category: string }) => i.category === 'structural'),
      ).toBe(true);
      const breached = await http().get('/api/v1/tickets').query({ breached: true }).expect(200);
      expect(breached.body.total).toBe(0);
    });

    it("lists one agent's tickets, or the ones nobody is assigned to", async () => {
      const refs = (res: request.Response) =>
        (res.body.items as { reference: string }[]).map((i) => i.reference);
      const me = (await http().get('/api/v1/auth/me').expect(200)).body.id as string;
      const all = await http().get('/api/v1/tickets').expect(200);
      const assigned = await http()
        .patch(`/api/v1/tickets/${reference}`)
        .send({ assigneeId: me })
        .expect(200);
      expect(assigned.body.assigneeId).toBe(me);
      const mine = await http().get('/api/v1/tickets').query({ assigneeId: me }).expect(200);
      expect(refs(mine)).toEqual([reference]);
      const nobodys = await http().get('/api/v1/tickets').query({ assigneeId: 'none' }).expect(200);
      expect(refs(nobodys)).not.toContain(reference);
      expect(nobodys.body.total).toBe(all.body.total - 1);
      const bad = await http().get('/api/v1/tickets').query({ assigneeId: 'someone' }).expect(400);
      expect(bad.body.errors).toEqual([
        { field: 'assigneeId', message: 'assigneeId must be a uuid or none' },
      ]);
      await http().patch(`/api/v1/tickets/${reference}`).send({ assigneeId: null }).expect(200);
      const again = await http().get('/api/v1/tickets').query({ assigneeId: 'none' }).expect(200);
      expect(refs(again)).toContain(reference);
    });

    it('says when the customer was first answered and when the claim was resolved', async () => {
      const res = await http().get('/api/v1/tickets').query({ q: reference }).expect(200);
      expect(res.body.items[0].sla).toMatchObject({ respondedAt: null, resolvedAt: null });
    });

    it('refuses an illegal transition with 409 and changes nothing', async () => {
      const before = (await http().get(`/api/v1/tickets/${reference}`).expect(200)).body;
      const res = await http()
        .patch(`/api/v1/tickets/${reference}`)
        .send({ status: 'closed' })
        .expect(409);
      expect(res.body).toMatchObject({ status: 409, from: before.status, to: 'closed' });
      const after = (await http().get(`/api/v1/tickets/${reference}`).expect(200)).body;
      expect(after.status).toBe(before.status);
      expect(after.timeline).toHaveLength(before.timeline.length);
    });

    it('records legal changes on the timeline', async () => {
      const res = await http()
        .patch(`/api/v1/tickets/${reference}`)
        .send({ status: 'cancelled', note: 'Doublon du dossier précédent.', priority: 'P3' })
        .expect(200);
      expect(res.body.status).toBe('cancelled');
      expect(res.body.priority).toBe('P3');
      const last = res.body.timeline.slice(-2);
      expect(last.map((e: { kind: string }) => e.kind)).toEqual([
        'status_change',
        'priority_change',
      ]);
      expect(last[0].note).toBe('Doublon du dossier précédent.');
      // The change is signed by the administrator who made it.
      expect(last[0].actor).toMatch(/^user:[0-9a-f-]{36}$/);
    });

    it('records a partner system as the source and author of the tickets it opens', async () => {
      const res = await request(t.app.getHttpServer())
        .post('/api/v1/tickets')
        .set('X-API-Key', await apiKey(t, ['tickets:write']))
        .send({
          description: 'Le pied de la table est cassé.',
          orderNumber: 'CMD-2026-900001',
          productSku: 'SOFA-E2E-01',
          customer: { email: 'claire.martin@example.fr' },
        })
        .expect(201);
      expect(res.body.source).toBe('partner');
      expect(res.body.timeline[0].actor).toMatch(/^key:[0-9a-f-]{36}$/);
    });

    it('answers 404 for unknown or malformed references', async () => {
      await http().get('/api/v1/tickets/SAV-2026-999999').expect(404);
      await http().get('/api/v1/tickets/DROP TABLE').expect(404);
      await http().patch('/api/v1/tickets/SAV-2026-999999').send({ note: 'x' }).expect(404);
    });
  });
});
