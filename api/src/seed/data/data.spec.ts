import { CUSTOMERS, FAQ, ORDERS, PRODUCTS } from '.';
import type { FaqCategory, ProductCategory, SeedProduct } from '.';

const CATEGORIES: ProductCategory[] = [
  'sofa',
  'armchair',
  'bed',
  'mattress',
  'table',
  'chair',
  'storage',
  'wardrobe',
  'bookcase',
  'tv_unit',
  'outdoor',
];
const FAQ_CATEGORIES: FaqCategory[] = ['warranties', 'delivery', 'returns', 'care', 'payment'];
/** The day the order numbers' years are computed from. */
const REFERENCE_DATE = Date.UTC(2026, 10, 25);
const DAY_MS = 86_400_000;

const effectivePrice = (p: SeedProduct): number => p.promoPrice ?? p.price;
const bySku = new Map(PRODUCTS.map((p) => [p.sku, p]));
const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);
const countBy = <T>(items: T[], key: (item: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, item) => {
    acc[key(item)] = (acc[key(item)] ?? 0) + 1;
    return acc;
  }, {});
const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
const isLowerCase = (s: string): boolean => s === s.toLowerCase() && s.trim() === s && s !== '';
const productAge = (o: { deliveredDaysAgo?: number; purchasedDaysAgo: number }): number =>
  o.deliveredDaysAgo ?? o.purchasedDaysAgo;

describe('seed products', () => {
  it('has at least 64 products with unique, well-formed SKUs', () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(64);
    expect(duplicates(PRODUCTS.map((p) => p.sku))).toEqual([]);
    for (const p of PRODUCTS) {
      expect(p.sku).toMatch(/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/);
      expect(p.sku.length).toBeLessThanOrEqual(64);
    }
  });

  it('covers every category, with more sofas, beds and armchairs', () => {
    const counts = countBy(PRODUCTS, (p) => p.category);
    expect(Object.keys(counts).sort()).toEqual([...CATEGORIES].sort());
    for (const category of CATEGORIES) {
      expect(counts[category]).toBeGreaterThanOrEqual(4);
    }
    const others = CATEGORIES.filter((c) => !['sofa', 'bed', 'armchair'].includes(c));
    const maxOther = Math.max(...others.map((c) => counts[c] ?? 0));
    for (const main of ['sofa', 'bed', 'armchair']) {
      expect(counts[main]).toBeGreaterThan(maxOther);
    }
  });

  it('has unique names and French descriptions of 2 to 4 sentences', () => {
    expect(duplicates(PRODUCTS.map((p) => p.name))).toEqual([]);
    for (const p of PRODUCTS) {
      const count = sentences(p.description).length;
      expect({ sku: p.sku, count, ok: count >= 2 && count <= 4 }).toMatchObject({ ok: true });
      expect(p.description.length).toBeGreaterThan(80);
      expect(p.description).toMatch(/[.!?]$/);
    }
    // Natural French: accents are present in the catalog text.
    expect(PRODUCTS.filter((p) => /[éèêàçôù]/.test(p.description)).length).toBeGreaterThan(
      PRODUCTS.length / 2,
    );
  });

  it('has coherent prices, with about a quarter on promotion', () => {
    for (const p of PRODUCTS) {
      expect(p.price).toBeGreaterThan(0);
      if (p.promoPrice !== undefined) {
        expect(p.promoPrice).toBeGreaterThan(0);
        expect(p.promoPrice).toBeLessThan(p.price);
      }
    }
    const share = PRODUCTS.filter((p) => p.promoPrice !== undefined).length / PRODUCTS.length;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.4);
  });

  it('has ratings in range with one decimal, and sane stock and delays', () => {
    for (const p of PRODUCTS) {
      expect(p.rating).toBeGreaterThanOrEqual(0);
      expect(p.rating).toBeLessThanOrEqual(5);
      expect(Math.round(p.rating * 10) / 10).toBe(p.rating);
      expect(Number.isInteger(p.reviewCount) && p.reviewCount >= 0).toBe(true);
      if (p.reviewCount === 0) expect(p.rating).toBe(0);
      expect(Number.isInteger(p.stock) && p.stock >= 0).toBe(true);
      expect(Number.isInteger(p.deliveryDays) && p.deliveryDays > 0).toBe(true);
    }
    expect(PRODUCTS.filter((p) => p.stock === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('has lower-case French materials and colours and positive dimensions', () => {
    for (const p of PRODUCTS) {
      expect(p.materials.length).toBeGreaterThan(0);
      expect(p.colors.length).toBeGreaterThan(0);
      expect(p.materials.every(isLowerCase)).toBe(true);
      expect(p.colors.every(isLowerCase)).toBe(true);
      for (const d of [p.widthCm, p.depthCm, p.heightCm]) {
        expect(Number.isInteger(d) && d > 0).toBe(true);
      }
    }
    expect(new Set(PRODUCTS.flatMap((p) => p.colors)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(PRODUCTS.flatMap((p) => p.materials)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(PRODUCTS.map((p) => p.style)).size).toBe(7);
  });

  it('has realistic dimensions for seats, beds and mattresses', () => {
    for (const p of PRODUCTS.filter((x) => x.category === 'sofa' || x.category === 'armchair')) {
      expect(p.seats).toBeGreaterThanOrEqual(1);
    }
    for (const p of PRODUCTS.filter((x) => x.category === 'sofa' && x.seats === 3)) {
      expect(p.widthCm).toBeGreaterThanOrEqual(190);
      expect(p.widthCm).toBeLessThanOrEqual(235);
    }
    for (const p of PRODUCTS.filter((x) => x.category === 'bed' || x.category === 'mattress')) {
      const match = /(\d{2,3}) x (\d{3})/.exec(p.name);
      expect(match).not.toBeNull();
      const [w, l] = [Number(match?.[1]), Number(match?.[2])];
      if (p.category === 'mattress') {
        expect([p.widthCm, p.depthCm]).toEqual([w, l]);
      } else {
        expect(p.widthCm).toBeGreaterThanOrEqual(w + 5);
        expect(p.widthCm).toBeLessThanOrEqual(w + 35);
        expect(p.depthCm).toBeGreaterThanOrEqual(l + 5);
        expect(p.depthCm).toBeLessThanOrEqual(l + 30);
      }
    }
  });

  it('states warranties at least as long as the defaults, per component present', () => {
    const upholstery = /tissu|cuir|velours|microfibre|lin|bouclette|coton|textilène/;
    for (const p of PRODUCTS) {
      const w = p.warrantyYears;
      expect(w.structure).toBeGreaterThanOrEqual(5);
      if (w.mechanisms !== undefined) expect(w.mechanisms).toBeGreaterThanOrEqual(3);
      if (w.fabric !== undefined) expect(w.fabric).toBeGreaterThanOrEqual(2);
      if (w.cushions !== undefined) expect(w.cushions).toBeGreaterThanOrEqual(2);
      if (p.options.convertible || p.options.relax || p.options.electric) {
        expect(w.mechanisms).toBeDefined();
      }
      if (
        ['sofa', 'armchair'].includes(p.category) &&
        p.materials.some((m) => upholstery.test(m))
      ) {
        expect(w.fabric).toBeDefined();
        expect(w.cushions).toBeDefined();
      }
    }
    expect(PRODUCTS.filter((p) => p.warrantyYears.structure > 5).length).toBeGreaterThanOrEqual(3);
  });

  it('includes convertible, relax (electric and manual) and gas-strut storage pieces', () => {
    const seating = PRODUCTS.filter((p) => p.category === 'sofa' || p.category === 'armchair');
    expect(seating.filter((p) => p.options.convertible).length).toBeGreaterThanOrEqual(3);
    expect(
      seating.filter((p) => p.options.relax && p.options.electric).length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      seating.filter((p) => p.options.relax && !p.options.electric).length,
    ).toBeGreaterThanOrEqual(2);
    const strutBeds = PRODUCTS.filter(
      (p) => p.category === 'bed' && p.options.storage && /vérins? à gaz/.test(p.description),
    );
    expect(strutBeds.length).toBeGreaterThanOrEqual(2);
    for (const p of strutBeds) expect(p.warrantyYears.mechanisms).toBeDefined();
  });

  it('has black leather sofas under and over 1500 EUR ("canapé cuir noir moins de 1500")', () => {
    const blackLeatherSofas = PRODUCTS.filter(
      (p) => p.category === 'sofa' && p.materials.includes('cuir') && p.colors.includes('noir'),
    );
    expect(blackLeatherSofas.filter((p) => effectivePrice(p) < 1500).length).toBeGreaterThanOrEqual(
      3,
    );
    expect(blackLeatherSofas.filter((p) => effectivePrice(p) > 1500).length).toBeGreaterThanOrEqual(
      1,
    );
  });
});

describe('seed FAQ', () => {
  it('has at least 20 entries with unique kebab-case slugs', () => {
    expect(FAQ.length).toBeGreaterThanOrEqual(20);
    expect(duplicates(FAQ.map((f) => f.slug))).toEqual([]);
    for (const f of FAQ) expect(f.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has at least 4 entries in each of the 5 categories', () => {
    const counts = countBy(FAQ, (f) => f.category);
    expect(Object.keys(counts).sort()).toEqual([...FAQ_CATEGORIES].sort());
    for (const c of FAQ_CATEGORIES) expect(counts[c]).toBeGreaterThanOrEqual(4);
  });

  it('has a French question and answer, an English translation and keywords', () => {
    for (const f of FAQ) {
      expect(f.question).toMatch(/ \?$/);
      expect(f.questionEn).toMatch(/[^ ]\?$/);
      expect(f.answer.length).toBeGreaterThan(100);
      expect(f.answerEn.length).toBeGreaterThan(80);
      expect(f.answerEn).not.toBe(f.answer);
      expect(f.keywords.length).toBeGreaterThanOrEqual(3);
      expect(f.keywords.every(isLowerCase)).toBe(true);
      expect(duplicates(f.keywords)).toEqual([]);
    }
  });

  it('states the warranty rules of the after-sales domain', () => {
    const bySlug = new Map(FAQ.map((f) => [f.slug, f]));
    const durations = bySlug.get('garantie-durees')?.answer ?? '';
    expect(durations).toMatch(/5 ans pour la structure/);
    expect(durations).toMatch(/3 ans pour les mécanismes/);
    expect(durations).toMatch(/2 ans pour le revêtement en tissu ou en cuir/);
    expect(durations).toMatch(/2 ans pour les coussins/);
    expect(durations).toMatch(/date de livraison/);
    const exclusions = bySlug.get('garantie-exclusions')?.answer ?? '';
    for (const word of [
      'taches',
      'déchirures',
      'brûlures',
      'rayures',
      'mauvais usage',
      'eaux',
      'animaux',
    ]) {
      expect(exclusions).toContain(word);
    }
    expect(bySlug.get('livraison-colis-abime')?.answer).toMatch(/3 jours.*livraison/);
    expect(bySlug.get('livraison-colis-abime')?.answer).toMatch(/réserves/);
    expect(bySlug.get('livraison-montage')?.answer).toMatch(/14 jours/);
    expect(bySlug.get('retour-dimensions')?.answer).toMatch(/14 jours/);
    expect(bySlug.get('retour-retractation')?.answer).toMatch(/14 jours/);
    expect(bySlug.get('paiement-plusieurs-fois')?.answer).toMatch(/3 ou 4/);
    // No answer promises a longer default than the rules.
    for (const f of FAQ) {
      expect(f.answer).not.toMatch(/mécanismes?[^.]* (?:[4-9]|10) ans/);
    }
  });
});

describe('seed customers', () => {
  it('has at least 12 customers with unique example emails', () => {
    expect(CUSTOMERS.length).toBeGreaterThanOrEqual(12);
    expect(duplicates(CUSTOMERS.map((c) => c.email))).toEqual([]);
    for (const c of CUSTOMERS) {
      expect(c.email).toMatch(/^[a-z0-9.-]+@example\.(?:com|fr)$/);
      expect(c.postcode).toMatch(/^\d{5}$/);
      expect(c.firstName.trim()).not.toBe('');
      expect(c.lastName.trim()).not.toBe('');
      if (c.phone !== undefined) expect(c.phone).toMatch(/^\+33 6 39 98 \d{2} \d{2}$/);
    }
  });

  it('has every tier at least twice', () => {
    const counts = countBy(CUSTOMERS, (c) => c.tier);
    for (const tier of ['standard', 'silver', 'gold', 'vip']) {
      expect(counts[tier]).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('seed orders', () => {
  const customers = new Map(CUSTOMERS.map((c) => [c.email, c]));

  it('has at least 24 orders with unique numbers whose year is the purchase year', () => {
    expect(ORDERS.length).toBeGreaterThanOrEqual(24);
    expect(duplicates(ORDERS.map((o) => o.number))).toEqual([]);
    for (const o of ORDERS) {
      expect(o.number).toMatch(/^CMD-\d{4}-\d{6}$/);
      const year = new Date(REFERENCE_DATE - o.purchasedDaysAgo * DAY_MS).getUTCFullYear();
      expect({ number: o.number, year: o.number.slice(4, 8) }).toEqual({
        number: o.number,
        year: String(year),
      });
    }
  });

  it('belongs to existing customers, with their postcode, and every customer has one', () => {
    for (const o of ORDERS) {
      const customer = customers.get(o.customerEmail);
      expect(customer).toBeDefined();
      expect(o.postcode).toBe(customer?.postcode);
    }
    for (const c of CUSTOMERS) {
      expect(ORDERS.some((o) => o.customerEmail === c.email)).toBe(true);
    }
  });

  it('has lines on existing SKUs at the catalog price or promotion price', () => {
    for (const o of ORDERS) {
      expect(o.lines.length).toBeGreaterThan(0);
      expect(duplicates(o.lines.map((l) => l.sku))).toEqual([]);
      for (const line of o.lines) {
        const product = bySku.get(line.sku);
        expect({ order: o.number, sku: line.sku, exists: product !== undefined }).toMatchObject({
          exists: true,
        });
        expect([product?.price, product?.promoPrice]).toContain(line.unitPrice);
        expect(Number.isInteger(line.quantity) && line.quantity > 0).toBe(true);
      }
    }
  });

  it('is delivered a few days to weeks after purchase, some not yet', () => {
    for (const o of ORDERS) {
      expect(Number.isInteger(o.purchasedDaysAgo) && o.purchasedDaysAgo >= 0).toBe(true);
      if (o.deliveredDaysAgo !== undefined) {
        const delay = o.purchasedDaysAgo - o.deliveredDaysAgo;
        expect(delay).toBeGreaterThanOrEqual(2);
        expect(delay).toBeLessThanOrEqual(70);
      }
    }
    expect(ORDERS.filter((o) => o.deliveredDaysAgo === undefined).length).toBeGreaterThanOrEqual(3);
  });

  it('covers product ages from 2 days to more than 6 years', () => {
    const ages = ORDERS.map(productAge);
    for (const age of [
      2, 5, 10, 25, 45, 80, 120, 200, 300, 400, 500, 700, 800, 1100, 1500, 1900, 2200,
    ]) {
      expect(ORDERS.some((o) => o.deliveredDaysAgo === age)).toBe(true);
    }
    expect(Math.min(...ages)).toBeLessThanOrEqual(2);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(6 * 365);
  });
});
