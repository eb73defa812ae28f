import request from 'supertest';
import { runSeed } from '../src/cli/seed';
import { bearer, staffToken } from './support/auth';
import { startTestApp, type TestApp } from './support/test-app';

interface Product {
  sku: string;
  name: string;
  category: string;
  colors: string[];
  materials: string[];
  effectivePrice: number;
  price: number;
  promoPrice: number | null;
  inStock: boolean;
  dimensions: { widthCm: number };
}

const validProduct = (sku: string, overrides: Record<string, unknown> = {}) => ({
  sku,
  name: `Buffet test ${sku}`,
  category: 'storage',
  description: 'Buffet bas en chêne massif, trois portes et deux tiroirs, finition huilée.',
  price: 899,
  widthCm: 180,
  depthCm: 45,
  heightCm: 80,
  style: 'scandinave',
  materials: ['chêne massif'],
  colors: ['naturel'],
  options: { storage: true },
  stock: 4,
  deliveryDays: 21,
  rating: 4.4,
  reviewCount: 12,
  warrantyYears: { structure: 5 },
  ...overrides,
});

describe('catalog and FAQ (seeded demo data, real PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  // Every call as an administrator; who may call what is proven in access-policy.e2e-spec.ts.
  const http = () => request.agent(t.app.getHttpServer()).set(bearer(token));
  const search = async (query: Record<string, string | number | boolean>) =>
    (await http().get('/api/v1/products').query(query).expect(200)).body as {
      items: Product[];
      total: number;
    };

  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DEMO_DATA: 'true' } });
    token = await staffToken(t, 'admin');
  });
  afterAll(async () => t.close());

  it('seeds idempotently: a second run adds nothing', async () => {
    const counts = await runSeed({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: t.config.database.url,
    });
    expect(counts).toEqual({ products: 0, faq: 0, orders: 0, widgetSites: 0 });
  });

  describe('product search', () => {
    it('lists the seeded catalog in pages', async () => {
      const res = await search({ pageSize: 10, page: 2 });
      expect(res.total).toBeGreaterThanOrEqual(60);
      expect(res.items).toHaveLength(10);
    });

    it('"canape cuir noir moins de 1500" finds black leather sofas under 1500 EUR, only those', async () => {
      const res = await search({ q: 'canape cuir noir moins de 1500', pageSize: 50 });
      expect(res.total).toBeGreaterThanOrEqual(3);
      for (const p of res.items) {
        expect(p.category).toBe('sofa');
        expect(p.colors).toContain('noir');
        expect(p.materials.some((m) => m.startsWith('cuir'))).toBe(true);
        expect(p.effectivePrice).toBeLessThanOrEqual(1500);
      }
    });

    it('finds the same products with accents or without, singular or plural', async () => {
      const forms = [
        'canapé convertible',
        'canape convertible',
        'CANAPÉS CONVERTIBLES',
        'canapes convertibles',
      ];
      const results = await Promise.all(forms.map((q) => search({ q, pageSize: 50 })));
      const skus = results.map((r) => r.items.map((p) => p.sku).sort());
      expect(skus[0].length).toBeGreaterThan(0);
      for (const other of skus.slice(1)) expect(other).toEqual(skus[0]);
    });

    it('finds by a word of the description with French stemming', async () => {
      const res = await search({ q: 'relaxation électrique', pageSize: 50 });
      expect(res.total).toBeGreaterThan(0);
    });

    it('falls back to any word when not all words match', async () => {
      const all = await search({ q: 'relax zzzinconnu', pageSize: 50 });
      expect(all.total).toBeGreaterThan(0);
      expect(all.total).toBe((await search({ q: 'relax', pageSize: 50 })).total);
    });

    it('keeps the category when no word matches', async () => {
      const res = await search({ q: 'fauteuil zzzinconnu', pageSize: 50 });
      expect(res.total).toBeGreaterThan(0);
      for (const p of res.items) expect(p.category).toBe('armchair');
    });

    it('finds nothing for words that match nothing and name nothing', async () => {
      expect((await search({ q: 'zzzinconnu qqqabsent' })).total).toBe(0);
    });

    it('applies the explicit filters', async () => {
      const res = await search({
        category: 'table',
        minPrice: 200,
        maxPrice: 900,
        maxWidthCm: 200,
        inStock: true,
        pageSize: 50,
      });
      for (const p of res.items) {
        expect(p.category).toBe('table');
        expect(p.effectivePrice).toBeGreaterThanOrEqual(200);
        expect(p.effectivePrice).toBeLessThanOrEqual(900);
        expect(p.dimensions.widthCm).toBeLessThanOrEqual(200);
        expect(p.inStock).toBe(true);
      }
      const byColor = await search({ color: 'Gris', pageSize: 50 });
      expect(byColor.total).toBeGreaterThan(0);
      for (const p of byColor.items) expect(p.colors).toContain('gris');
    });

    it('rejects bad filters with a problem', async () => {
      const res = await http()
        .get('/api/v1/products')
        .query({ maxPrice: 'cheap', pageSize: 1000 })
        .expect(400);
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
        'maxPrice',
        'pageSize',
      ]);
      await http().get('/api/v1/products').query({ unknown: 1 }).expect(400);
    });

    it('returns one product by SKU, 404 for an unknown one', async () => {
      const { items } = await search({ pageSize: 1 });
      const sku = items[0].sku;
      const res = await http().get(`/api/v1/products/${sku}`).expect(200);
      expect(res.body.sku).toBe(sku);
      await http().get('/api/v1/products/NOPE-0000').expect(404);
      await http().get('/api/v1/products/bad sku!').expect(400);
    });
  });

  describe('product writes', () => {
    it('creates then replaces a product with PUT', async () => {
      const { sku: _sku, ...body } = validProduct('BUF-TEST-01');
      await http().put('/api/v1/products/BUF-TEST-01').send(body).expect(201);
      const replaced = await http()
        .put('/api/v1/products/BUF-TEST-01')
        .send({ ...body, price: 950, promoPrice: 799 })
        .expect(200);
      expect(replaced.body).toMatchObject({ price: 950, promoPrice: 799, effectivePrice: 799 });
    });

    it('refuses a promotional price not below the price', async () => {
      const { sku: _sku, ...body } = validProduct('BUF-TEST-02', { promoPrice: 999 });
      const res = await http().put('/api/v1/products/BUF-TEST-02').send(body).expect(400);
      expect(res.body.errors).toEqual([
        { field: 'promoPrice', message: 'promoPrice must be lower than price' },
      ]);
      await http().get('/api/v1/products/BUF-TEST-02').expect(404);
    });

    it('imports a valid batch', async () => {
      const res = await http()
        .post('/api/v1/products/import')
        .send({
          products: [validProduct('IMP-OK-01'), validProduct('IMP-OK-02', { colors: ['noir'] })],
        })
        .expect(200);
      expect(res.body).toEqual({ created: 2, updated: 0 });
      await http().get('/api/v1/products/IMP-OK-02').expect(200);
    });

    it('rejects a batch with one bad product and changes nothing', async () => {
      const before = (await search({ pageSize: 1 })).total;
      const res = await http()
        .post('/api/v1/products/import')
        .send({
          products: [
            validProduct('IMP-BAD-01', { price: 10 }),
            validProduct('IMP-BAD-02', { price: -5, colors: [] }),
          ],
        })
        .expect(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['products.1.price', 'products.1.colors']));
      await http().get('/api/v1/products/IMP-BAD-01').expect(404);
      expect((await search({ pageSize: 1 })).total).toBe(before);
    });

    it('rejects duplicate SKUs in one batch and changes nothing', async () => {
      const res = await http()
        .post('/api/v1/products/import')
        .send({
          products: [validProduct('IMP-DUP-01'), validProduct('IMP-DUP-01', { price: 100 })],
        })
        .expect(400);
      expect(res.body.errors[0].field).toBe('products.1.sku');
      await http().get('/api/v1/products/IMP-DUP-01').expect(404);
    });
  });

  describe('FAQ', () => {
    it('answers a warranty question with the warranty entries first', async () => {
      const res = await http()
        .get('/api/v1/faq')
        .query({ q: 'combien de temps dure la garantie de mon canapé ?' })
        .expect(200);
      expect(res.body.length).toBeGreaterThan(0);
      expect(res.body[0].category).toBe('warranties');
    });

    it('filters by category and serves English', async () => {
      const res = await http()
        .get('/api/v1/faq')
        .query({ category: 'payment', locale: 'en' })
        .expect(200);
      expect(res.body.length).toBeGreaterThanOrEqual(3);
      for (const e of res.body) expect(e.category).toBe('payment');
      const all = await http().get('/api/v1/faq').expect(200);
      expect(all.body.length).toBeGreaterThanOrEqual(15);
      expect(new Set(all.body.map((e: { category: string }) => e.category)).size).toBe(5);
    });

    it('counts useful and not useful votes', async () => {
      const [entry] = (await http().get('/api/v1/faq').query({ q: 'livraison' }).expect(200)).body;
      await http().post(`/api/v1/faq/${entry.id}/vote`).send({ useful: true }).expect(200);
      const res = await http()
        .post(`/api/v1/faq/${entry.id}/vote`)
        .send({ useful: false })
        .expect(200);
      expect(res.body.usefulCount).toBe(entry.usefulCount + 1);
      expect(res.body.notUsefulCount).toBe(entry.notUsefulCount + 1);
    });

    it('refuses a vote for an unknown entry or without a boolean', async () => {
      await http()
        .post('/api/v1/faq/00000000-0000-4000-8000-000000000000/vote')
        .send({ useful: true })
        .expect(404);
      await http().post('/api/v1/faq/not-a-uuid/vote').send({ useful: true }).expect(404);
      const [entry] = (await http().get('/api/v1/faq').expect(200)).body;
      await http().post(`/api/v1/faq/${entry.id}/vote`).send({ useful: 'yes' }).expect(400);
    });
  });
});
