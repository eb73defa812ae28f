import fc from 'fast-check';
import type { ClaimAnalysis } from '../../../sav';
import { CHAT_LOCALES, type ChatLocale } from '../locales';
import { CONVERSATION_STATES } from '../states';
import { BuiltInConversationEngine } from './index';
import { CATALOGS, t } from './catalog';
import { evidenceCountWords, slaSentence, ticketStatusSentence } from './phrases';
import { normalise } from './text';
import {
  emptyContext,
  type ConversationContext,
  type ConversationState,
  type ConversationTools,
  type FaqAnswer,
  type ProductCard,
  type ShoppingCriteria,
  type TicketSummary,
  type TurnAttachment,
  type TurnResult,
  type VerifiedOrder,
} from './types';

const NOW = new Date('2026-03-02T10:00:00Z');
const HOUR = 3_600_000;

// ------------------------------------------------------------------ fake tools

function card(
  over: Partial<ProductCard> & Pick<ProductCard, 'sku' | 'name' | 'category' | 'price'>,
): ProductCard {
  return {
    promoPrice: null,
    dimensions: { widthCm: 200, depthCm: 90, heightCm: 85 },
    seats: null,
    colors: ['gris'],
    materials: ['tissu'],
    inStock: true,
    deliveryDays: 14,
    rating: 4.5,
    reviewCount: 12,
    ...over,
  };
}

const PRODUCTS: { card: ProductCard; options: string[] }[] = [
  {
    card: card({
      sku: 'CAN-OSLO-3P-GRI',
      name: 'Canapé 3 places Oslo',
      category: 'sofa',
      price: 1290,
      seats: 3,
      dimensions: { widthCm: 214, depthCm: 92, heightCm: 84 },
    }),
    options: [],
  },
  {
    card: card({
      sku: 'CAN-MILANO-CUIR',
      name: 'Canapé Milano cuir',
      category: 'sofa',
      price: 2490,
      seats: 3,
      colors: ['noir'],
      materials: ['cuir'],
      dimensions: { widthCm: 230, depthCm: 95, heightCm: 80 },
    }),
    options: ['relax'],
  },
  {
    card: card({
      sku: 'CAN-NIDO-2P',
      name: 'Canapé convertible Nido',
      category: 'sofa',
      price: 890,
      promoPrice: 790,
      seats: 2,
      colors: ['beige', 'gris'],
      dimensions: { widthCm: 160, depthCm: 88, heightCm: 82 },
    }),
    options: ['convertible'],
  },
  {
    card: card({
      sku: 'FAU-LOUNGE',
      name: 'Fauteuil Lounge relax',
      category: 'armchair',
      price: 590,
      seats: 1,
      colors: ['bleu'],
    }),
    options: ['relax'],
  },
  {
    card: card({
      sku: 'LIT-NORD-160',
      name: 'Lit Nord 160 avec coffre',
      category: 'bed',
      price: 890,
      colors: ['blanc'],
      materials: ['chêne massif'],
    }),
    options: ['storage'],
  },
];

const FAQ: (FaqAnswer & { words: string[] })[] = [
  {
    id: 'faq-warranty',
    question: 'Quelle est la durée de la garantie ?',
    answer: 'Nos meubles sont garantis 5 ans pour la structure et 2 ans pour les tissus.',
    category: 'warranties',
    words: ['garantie', 'warranty', 'garanzia', 'ضمان'],
  },
  {
    id: 'faq-delivery',
    question: 'Quels sont les délais de livraison ?',
    answer: 'La livraison prend de 2 à 6 semaines selon le modèle.',
    category: 'delivery',
    words: ['delais', 'delivery times'],
  },
];

const ORDERS: (VerifiedOrder & { email: string; postcode: string })[] = [
  {
    number: 'CMD-2026-004512',
    email: 'jean.dupont@example.fr',
    postcode: '75011',
    purchaseDate: '2026-01-10',
    deliveryDate: '2026-02-01',
    lines: [
      { sku: 'CAN-OSLO-3P-GRI', name: 'Canapé 3 places Oslo', category: 'sofa' },
      { sku: 'FAU-LOUNGE', name: 'Fauteuil Lounge relax', category: 'armchair' },
    ],
  },
  {
    number: 'CMD-2026-000777',
    email: 'marie@example.fr',
    postcode: '69003',
    purchaseDate: '2026-02-10',
    deliveryDate: '2026-02-20',
    lines: [{ sku: 'LIT-NORD-160', name: 'Lit Nord 160 avec coffre', category: 'bed' }],
  },
];

const SLA: Record<string, { responseHours: number; interventionHours: number }> = {
  P0: { responseHours: 4, interventionHours: 24 },
  P1: { responseHours: 24, interventionHours: 48 },
  P2: { responseHours: 120, interventionHours: 168 },
  P3: { responseHours: 168, interventionHours: 336 },
};

const has = (text: string, words: string[]) => words.some((w) => normalise(text).includes(w));

/** A ClaimAnalysis-shaped answer read from a few words, enough to drive every branch of the flow. */
function fakeAnalysis(description: string): ClaimAnalysis {
  const structural = has(description, ['cass', 'broken', 'kaputt', 'rott', 'مكسور']);
  const smell = has(description, ['odeur', 'smell']);
  const danger = has(description, ['blesse', 'injur']);
  const angry = has(description, ['inadmissible', 'scandal', 'outrageous']);
  const human = has(description, ['conseiller', 'human']);
  const category = structural ? 'structural' : smell ? 'smell' : 'fabric';
  const priority = danger ? 'P0' : structural ? 'P1' : 'P2';
  const evidence = structural
    ? {
        photos: 3,
        videos: 1,
        shots: [
          'Photo du meuble en entier',
          'Photo en gros plan de la casse',
          'Photo du contexte (pièce, sol, position d’utilisation)',
          'Vidéo montrant la casse ou le jeu de la structure',
        ],
      }
    : smell
      ? { photos: 0, videos: 0, shots: [] }
      : {
          photos: 3,
          videos: 0,
          shots: [
            'Photo en gros plan du défaut',
            'Photo du meuble en entier',
            'Photo prise à la lumière du jour',
          ],
        };
  const action = angry || human || danger ? 'escalate' : structural ? 'technician' : 'auto_resolve';
  return {
    category,
    confidence: 0.9,
    severity: priority,
    symptoms: [],
    priority,
    score: 70,
    factors: [{ name: 'criticalWords', points: danger ? 10 : 0, detail: '' }],
    sla: SLA[priority],
    tone: { level: danger ? 'urgent' : angry ? 'angry' : 'calm', urgency: 'low', signals: [] },
    warranty: {
      component: 'structure',
      covered: true,
      exclusions: [],
      reason: '',
      alternatives: [],
    },
    evidence: { ...evidence, request: '', completeness: null, canProceed: true },
    decision: {
      action,
      resolutionType:
        action === 'escalate'
          ? 'human_intervention'
          : action === 'technician'
            ? 'technician_dispatch'
            : smell
              ? 'customer_education'
              : 'auto_repair',
      reasons: [],
    },
    customerAskedForHuman: human,
  };
}

interface FakeTools extends ConversationTools {
  calls: { name: string; args: unknown[] }[];
}

function fakeTools(options: { failOn?: keyof ConversationTools } = {}): FakeTools {
  const calls: FakeTools['calls'] = [];
  const verified = new Set<string>();
  const opened = new Map<string, TicketSummary & { order: string }>();
  const existing = new Map<string, TicketSummary & { order: string }>([
    [
      'SAV-2026-000017',
      {
        reference: 'SAV-2026-000017',
        status: 'awaiting_technician',
        priority: 'P1',
        responseDueAt: '',
        interventionDueAt: '',
        order: 'CMD-2026-004512',
      },
    ],
  ]);
  let sequence = 42;
  const record = (name: keyof ConversationTools, ...args: unknown[]) => {
    calls.push({ name, args });
    if (options.failOn === name) throw new Error('tool down');
  };
  return {
    calls,
    async searchProducts(criteria: ShoppingCriteria, limit: number) {
      record('searchProducts', criteria, limit);
      return PRODUCTS.filter(({ card: p, options: opts }) => {
        const price = p.promoPrice ?? p.price;
        return (
          (!criteria.category || p.category === criteria.category) &&
          (criteria.maxPrice === undefined || price <= criteria.maxPrice) &&
          (criteria.minPrice === undefined || price >= criteria.minPrice) &&
          (criteria.maxWidthCm === undefined || p.dimensions.widthCm <= criteria.maxWidthCm) &&
          (criteria.seats === undefined || p.seats === criteria.seats) &&
          (!criteria.colors?.length || criteria.colors.some((c) => p.colors.includes(c))) &&
          (!criteria.material || p.materials.some((m) => m.includes(criteria.material!))) &&
          (criteria.options ?? []).every((o) => opts.includes(o))
        );
      })
        .map(({ card: p }) => p)
        .sort((a, b) => (a.promoPrice ?? a.price) - (b.promoPrice ?? b.price))
        .slice(0, limit);
    },
    async findFaq(question: string, locale: ChatLocale) {
      record('findFaq', question, locale);
      const found = FAQ.find((f) => has(question, f.words));
      return found
        ? { id: found.id, question: found.question, answer: found.answer, category: found.category }
        : null;
    },
    async verifyOrder(orderNumber: string, proof: string) {
      record('verifyOrder', orderNumber, proof);
      const order = ORDERS.find(
        (o) => o.number === orderNumber && (o.email === proof || o.postcode === proof),
      );
      if (!order) return null;
      verified.add(order.number);
      return {
        number: order.number,
        purchaseDate: order.purchaseDate,
        deliveryDate: order.deliveryDate,
        lines: order.lines,
      };
    },
    async analyzeClaim(claim) {
      record('analyzeClaim', claim);
      return fakeAnalysis(claim.description);
    },
    async openTicket(claim) {
      record('openTicket', claim);
      const analysis = fakeAnalysis(claim.description);
      const reference = `SAV-2026-${String(sequence++).padStart(6, '0')}`;
      const sla = analysis.sla;
      const ticket = {
        reference,
        status: 'new' as const,
        priority: analysis.priority,
        responseDueAt: new Date(NOW.getTime() + sla.responseHours * HOUR).toISOString(),
        interventionDueAt: new Date(NOW.getTime() + sla.interventionHours * HOUR).toISOString(),
      };
      opened.set(reference, { ...ticket, order: claim.orderNumber });
      return {
        ticket,
        recap: {
          reference,
          title: 'Récapitulatif',
          lines: [],
          nextSteps: [],
          deadline: ticket.interventionDueAt,
          emailedTo: 'j***@example.fr',
        },
        decision: analysis.decision,
      };
    },
    async ticketStatus(reference: string) {
      record('ticketStatus', reference);
      const ticket = opened.get(reference) ?? existing.get(reference);
      if (!ticket || (!opened.has(reference) && !verified.has(ticket.order))) return null;
      const { order: _order, ...summary } = ticket;
      return summary;
    },
  };
}

// ------------------------------------------------------------------ conversation helper

const engine = new BuiltInConversationEngine();

interface Message {
  text: string;
  attachments?: TurnAttachment[];
}

async function converse(
  messages: (string | Message)[],
  start: {
    locale?: ChatLocale;
    state?: ConversationState;
    context?: Partial<ConversationContext>;
    tools?: FakeTools;
  } = {},
): Promise<{ results: TurnResult[]; last: TurnResult; tools: FakeTools }> {
  const tools = start.tools ?? fakeTools();
  let state: ConversationState = start.state ?? 'browsing';
  let context: ConversationContext = { ...emptyContext(start.locale ?? 'fr'), ...start.context };
  const results: TurnResult[] = [];
  for (const m of messages) {
    const message = typeof m === 'string' ? { text: m } : m;
    const result = await engine.respond(
      {
        sessionId: 's1',
        state,
        context,
        text: message.text,
        attachments: message.attachments ?? [],
        now: NOW,
      },
      tools,
    );
    results.push(result);
    state = result.state;
    context = result.context;
  }
  return { results, last: results[results.length - 1], tools };
}

const photos = (n: number, scanStatus: TurnAttachment['scanStatus'] = 'clean'): TurnAttachment[] =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i}`, kind: 'photo', scanStatus }));
const video = (scanStatus: TurnAttachment['scanStatus'] = 'clean'): TurnAttachment => ({
  id: 'v1',
  kind: 'video',
  scanStatus,
});

// ------------------------------------------------------------------ tests

describe('BuiltInConversationEngine', () => {
  it('is named builtin and counts turns', async () => {
    expect(engine.name).toBe('builtin');
    const { results } = await converse(['Bonjour', 'ok']);
    expect(results.map((r) => r.context.turns)).toEqual([1, 2]);
  });

  it('greets with the four starting points in the customer language', async () => {
    const { last } = await converse(['Bonjour']);
    expect(last.state).toBe('browsing');
    expect(last.reply?.text).toBe(t('fr', 'greeting.reply'));
    expect(last.reply?.quickReplies).toEqual([
      t('fr', 'menu.find'),
      t('fr', 'menu.claim'),
      t('fr', 'menu.status'),
      t('fr', 'menu.faq'),
    ]);
  });

  describe('language', () => {
    it.each<[string, ChatLocale]>([
      ['Hello, I am looking for a sofa', 'en'],
      ['Guten Tag, ich suche ein Sofa', 'de'],
      ['Buongiorno, cerco un divano', 'it'],
      ['مرحبا، أبحث عن كنبة', 'ar'],
    ])('answers %s in %s', async (text, locale) => {
      const { last } = await converse([text]);
      expect(last.context.locale).toBe(locale);
      expect(last.reply?.text).toContain(t(locale, 'products.found'));
    });

    it('keeps the language on a short or ambiguous message', async () => {
      const { results } = await converse([
        'Hello, I need help with my order please',
        'ok',
        'CMD-2026-004512',
      ]);
      expect(results.map((r) => r.context.locale)).toEqual(['en', 'en', 'en']);
    });

    it.each<[string, ChatLocale]>([
      ['in English please', 'en'],
      ['auf Deutsch', 'de'],
      ['parlez français', 'fr'],
      ['in italiano per favore', 'it'],
      ['بالعربية', 'ar'],
    ])('switches on request: %s', async (text, locale) => {
      const start: ChatLocale = locale === 'fr' ? 'en' : 'fr';
      const { results } = await converse([text, 'ok'], { locale: start });
      expect(results[0].reply?.text).toBe(t(locale, 'language.switched'));
      expect(results[1].context.locale).toBe(locale);
    });
  });

  describe('FAQ first', () => {
    it('answers a question from the FAQ with its id and follow-up choices', async () => {
      const { last, tools } = await converse(['Quelle est la durée de la garantie ?']);
      expect(last.state).toBe('faq');
      expect(last.reply?.faq).toEqual({
        id: 'faq-warranty',
        question: 'Quelle est la durée de la garantie ?',
      });
      expect(last.reply?.text).toContain('garantis 5 ans');
      expect(last.reply?.quickReplies).toEqual([t('fr', 'qr.yesThanks'), t('fr', 'qr.handoff')]);
      expect(tools.calls.filter((c) => c.name === 'findFaq')).toHaveLength(1);
    });

    it('says so when the FAQ has no answer', async () => {
      const { last } = await converse(['Comment payer en plusieurs fois ?']);
      expect(last.reply?.text).toBe(t('fr', 'faq.notFound'));
    });

    it('does not ask the FAQ for a claim', async () => {
      const { tools } = await converse(['Pourquoi le pied de mon canapé est cassé ?']);
      expect(tools.calls.some((c) => c.name === 'findFaq')).toBe(false);
    });

    it('opens the FAQ menu with sample questions', async () => {
      const { last } = await converse([t('fr', 'menu.faq')]);
      expect(last.reply?.text).toBe(t('fr', 'faq.menu'));
      expect(last.reply?.quickReplies).toContain(t('fr', 'faq.q.warranty'));
    });

    it('"Oui, merci" after an answer asks for a rating, and a digit is acknowledged', async () => {
      const { results } = await converse([
        'Quelle est la garantie ?',
        t('fr', 'qr.yesThanks'),
        '4',
      ]);
      expect(results[1].reply?.ratingRequest).toBe(true);
      expect(results[1].context.awaitingRating).toBe(true);
      expect(results[2].reply?.text).toBe(t('fr', 'rating.thanks'));
      expect(results[2].context.awaitingRating).toBe(false);
      expect(results[2].rating).toBe(4);
      expect(results[1].rating).toBeUndefined();
    });
  });

  describe('product advice', () => {
    it('summarises the criteria and shows cards', async () => {
      const { last, tools } = await converse([
        'Je cherche un canapé 3 places gris à moins de 1500 €',
      ]);
      expect(last.reply?.products?.map((p) => p.sku)).toEqual(['CAN-OSLO-3P-GRI']);
      expect(last.reply?.text).toContain('canapé, 3 places, couleur gris, moins de 1');
      expect(last.context.lastProducts).toEqual(['CAN-OSLO-3P-GRI']);
      expect(tools.calls.find((c) => c.name === 'searchProducts')?.args).toEqual([
        { category: 'sofa', seats: 3, colors: ['gris'], maxPrice: 1500 },
        3,
      ]);
    });

    it('merges criteria across turns and goes cheaper than the cards shown', async () => {
      const { results } = await converse(['Je cherche un canapé', 'plutôt en gris', 'moins cher']);
      expect(results[1].context.criteria).toEqual({ category: 'sofa', colors: ['gris'] });
      expect(results[1].reply?.products?.map((p) => p.sku)).toEqual([
        'CAN-NIDO-2P',
        'CAN-OSLO-3P-GRI',
      ]);
      expect(results[2].context.criteria.maxPrice).toBe(789);
    });

    it('asks one question with categories when the request is vague', async () => {
      const { last } = await converse([t('fr', 'menu.find')]);
      expect(last.reply?.text).toBe(t('fr', 'products.askCategory'));
      expect(last.reply?.quickReplies).toContain('Canapé');
    });

    it('relaxes the least important criterion once and says which', async () => {
      const { last, tools } = await converse(['un fauteuil rouge']);
      expect(last.reply?.text).toContain(
        t('fr', 'products.relaxed', { criterion: t('fr', 'relax.colors') }),
      );
      expect(last.reply?.products?.map((p) => p.sku)).toEqual(['FAU-LOUNGE']);
      expect(tools.calls.filter((c) => c.name === 'searchProducts')).toHaveLength(2);
    });

    it('says when nothing matches even after relaxing', async () => {
      const { last } = await converse(['une armoire']);
      expect(last.reply?.text).toContain(t('fr', 'products.none'));
      expect(last.reply?.products).toBeUndefined();
    });

    it('honours "je ne veux pas de cuir"', async () => {
      const { results } = await converse([
        'un canapé en cuir',
        'finalement je ne veux pas de cuir',
      ]);
      expect(results[0].context.criteria.material).toBe('cuir');
      expect(results[1].context.criteria.material).toBeUndefined();
    });
  });

  describe('claim in French', () => {
    it('runs order check, product choice, description, evidence and ticket', async () => {
      const { results, tools } = await converse([
        'Bonjour, j’ai un problème avec ma commande',
        'cmd 2026 004512',
        'jean.dupont@example.fr',
        '1',
        'Le pied de mon canapé est cassé depuis hier',
        { text: '', attachments: photos(2) },
        { text: 'voilà', attachments: [...photos(1), video()] },
      ]);
      const [start, number, proof, product, description, files, done] = results;
      expect(start.state).toBe('claim_order');
      expect(start.reply?.text).toBe(t('fr', 'claim.askOrder'));
      expect(number.reply?.text).toBe(t('fr', 'claim.askProof', { order: 'CMD-2026-004512' }));
      expect(number.context.claim?.orderNumber).toBe('CMD-2026-004512');
      expect(proof.reply?.quickReplies).toEqual(['Canapé 3 places Oslo', 'Fauteuil Lounge relax']);
      expect(proof.context.verifiedOrders).toEqual(['CMD-2026-004512']);
      expect(JSON.stringify(proof.context)).not.toContain('jean.dupont');
      expect(product.state).toBe('claim_description');
      expect(product.context.claim?.productSku).toBe('CAN-OSLO-3P-GRI');
      expect(description.state).toBe('claim_evidence');
      expect(description.reply?.evidenceRequest).toEqual({
        photos: 3,
        videos: 1,
        shots: t('fr', 'shots.structural').split('\n'),
        received: { photos: 0, videos: 0 },
      });
      expect(tools.calls.find((c) => c.name === 'analyzeClaim')?.args[0]).toEqual({
        description: 'Le pied de mon canapé est cassé depuis hier',
        orderNumber: 'CMD-2026-004512',
        productSku: 'CAN-OSLO-3P-GRI',
      });
      expect(files.state).toBe('claim_evidence');
      expect(files.reply?.text).toContain(
        t('fr', 'evidence.missing', { missing: evidenceCountWords('fr', 1, 1) }),
      );
      expect(done.state).toBe('claim_submitted');
      expect(done.reply?.text).toContain(
        'Votre dossier SAV-2026-000042 est enregistré. Priorité haute : un conseiller vous répond sous 24 h et une intervention est prévue sous 48 h.',
      );
      expect(done.reply?.text).toContain(t('fr', 'decision.technician'));
      expect(done.reply?.ticket).toEqual({
        reference: 'SAV-2026-000042',
        status: 'new',
        priority: 'P1',
      });
      expect(done.reply?.recap?.reference).toBe('SAV-2026-000042');
      expect(done.context.tickets).toEqual(['SAV-2026-000042']);
      expect(done.context.claim).toEqual({
        verificationFailures: 0,
        evidence: { photos: 0, videos: 0 },
        ticketReference: 'SAV-2026-000042',
      });
    });

    it('keeps the first message as the description and takes the only product', async () => {
      const { results, tools } = await converse([
        'Le pied de mon lit est cassé',
        'CMD-2026-000777 69003',
      ]);
      expect(results[1].state).toBe('claim_evidence');
      expect(results[1].reply?.text).toContain(
        t('fr', 'claim.verified', { order: 'CMD-2026-000777' }),
      );
      expect(tools.calls.find((c) => c.name === 'analyzeClaim')?.args[0]).toMatchObject({
        description: 'Le pied de mon lit est cassé',
        productSku: 'LIT-NORD-160',
      });
    });

    it('opens the ticket at once when no evidence is needed', async () => {
      const { results } = await converse([
        'Mon lit a une forte odeur',
        'CMD-2026-000777 marie@example.fr',
      ]);
      expect(results[1].state).toBe('claim_submitted');
      expect(results[1].reply?.text).toContain(t('fr', 'resolution.customer_education'));
      expect(results[1].reply?.text).toContain('sous 5 jours');
    });

    it('opens the ticket when the customer has no photo', async () => {
      const { last } = await converse([
        'Il y a une tache sur mon lit',
        'CMD-2026-000777 marie@example.fr',
        "Je n'ai pas de photo",
      ]);
      expect(last.state).toBe('claim_submitted');
      expect(last.reply?.ticket?.reference).toBe('SAV-2026-000042');
    });

    it('refuses infected files and asks again for unverified ones', async () => {
      const { last } = await converse([
        'Il y a une tache sur mon lit',
        'CMD-2026-000777 marie@example.fr',
        {
          text: '',
          attachments: [...photos(1, 'infected'), ...photos(1, 'error'), ...photos(1, 'pending')],
        },
      ]);
      expect(last.state).toBe('claim_evidence');
      expect(last.reply?.text).toContain(t('fr', 'evidence.infected.one'));
      expect(last.reply?.text).toContain(t('fr', 'evidence.unverified.one'));
      expect(last.reply?.evidenceRequest?.received).toEqual({ photos: 1, videos: 0 });
    });

    it('adds later details to the description', async () => {
      const { last } = await converse([
        'Il y a une tache sur mon lit',
        'CMD-2026-000777 marie@example.fr',
        'elle est apparue après une semaine',
      ]);
      expect(last.context.claim?.description).toBe(
        'Il y a une tache sur mon lit\nelle est apparue après une semaine',
      );
      expect(last.reply?.text).toContain(t('fr', 'evidence.detailsNoted'));
    });

    it('apologises to an angry customer, warns of danger and hands over on escalation', async () => {
      const angry = await converse([
        'C’est inadmissible, mon lit a une tache',
        'CMD-2026-000777 marie@example.fr',
      ]);
      expect(angry.last.reply?.text).toContain(t('fr', 'empathy.angry'));
      const danger = await converse([
        'Mon lit s’est cassé et mon fils est blessé',
        'CMD-2026-000777 marie@example.fr',
        'skip',
      ]);
      expect(danger.results[1].reply?.text).toContain(t('fr', 'safety.stop'));
      expect(danger.last.state).toBe('handoff');
      expect(danger.last.handoff).toEqual({ reason: 'escalation' });
      expect(danger.last.reply?.text).toContain('Priorité maximale');
    });

    it('still collects the claim when the description asks for a person', async () => {
      const { results } = await converse([
        'J’ai un problème',
        'CMD-2026-000777 marie@example.fr',
        'Le lit est cassé, je veux parler à un conseiller',
        "c'est tout",
      ]);
      expect(results[2].state).toBe('claim_evidence');
      expect(results[3].state).toBe('handoff');
      expect(results[3].handoff).toEqual({ reason: 'escalation' });
    });

    it('cancel leaves the claim for browsing', async () => {
      const { last } = await converse(['J’ai un problème avec ma commande', 'laisse tomber']);
      expect(last.state).toBe('browsing');
      expect(last.reply?.text).toBe(t('fr', 'cancel.done'));
      expect(last.context.claim).toBeUndefined();
    });

    it('asks for the number when only the proof is given, and keeps no proof', async () => {
      const { last } = await converse(['Je veux faire une réclamation', '75011']);
      expect(last.reply?.text).toBe(t('fr', 'claim.askNumber'));
      expect(JSON.stringify(last.context)).not.toContain('75011');
    });

    it('asks again for an unrecognised product', async () => {
      const { last } = await converse(['J’ai un souci', 'CMD-2026-004512 75011', 'la table']);
      expect(last.reply?.text).toBe(t('fr', 'claim.productNotUnderstood'));
      const byName = await converse([
        'J’ai un souci',
        'CMD-2026-004512 75011',
        'le fauteuil lounge',
      ]);
      expect(byName.last.context.claim?.productSku).toBe('FAU-LOUNGE');
    });
  });

  describe('order verification', () => {
    it('gives the same answer for an unknown order and a wrong pair', async () => {
      const unknown = await converse([
        'J’ai un problème',
        'CMD-2026-999999 jean.dupont@example.fr',
      ]);
      const wrongPair = await converse(['J’ai un problème', 'CMD-2026-004512 pirate@example.fr']);
      expect(unknown.last.reply).toEqual(wrongPair.last.reply);
      expect(unknown.last.state).toBe(wrongPair.last.state);
      expect(unknown.last.reply?.text).toBe(t('fr', 'claim.notFound'));
      expect(unknown.last.context.claim?.verificationFailures).toBe(1);
    });

    it('hands over after three failures', async () => {
      const { last } = await converse([
        'J’ai un problème',
        'CMD-2026-004512 a@b.fr',
        'CMD-2026-004512 c@d.fr',
        'CMD-2026-004512 e@f.fr',
      ]);
      expect(last.state).toBe('handoff');
      expect(last.handoff).toEqual({ reason: 'repeated_failure' });
      expect(last.reply?.text).toBe(t('fr', 'handoff.repeatedFailure'));
    });
  });

  describe('claim in English', () => {
    it('runs the whole claim in English', async () => {
      const { results } = await converse(
        [
          'Hello, the leg of my bed is broken',
          'My order is CMD-2026-000777 and my email is marie@example.fr',
          { text: 'here they are', attachments: [...photos(3), video()] },
        ],
        { locale: 'fr' },
      );
      expect(results[0].context.locale).toBe('en');
      expect(results[0].reply?.text).toBe(t('en', 'claim.askOrder'));
      expect(results[1].reply?.evidenceRequest?.shots).toEqual(
        t('en', 'shots.structural').split('\n'),
      );
      expect(results[2].reply?.text).toContain(
        'Your claim SAV-2026-000042 has been registered. High priority: an advisor will reply within 24 hours and an intervention is planned within 48 hours.',
      );
    });
  });

  describe.each<[ChatLocale, string[]]>([
    [
      'de',
      [
        'Guten Tag, mein Bett ist kaputt',
        'Meine Bestellung ist CMD-2026-000777, die E-Mail ist marie@example.fr',
        'Ich habe kein Foto',
      ],
    ],
    [
      'it',
      [
        'Buongiorno, il mio letto è rotto',
        'Il mio ordine è CMD-2026-000777, la mia e-mail è marie@example.fr',
        'Non ho foto',
      ],
    ],
    [
      'ar',
      ['مرحبا، سريري مكسور', 'رقم الطلب CMD-2026-000777 والبريد marie@example.fr', 'ليس لدي صور'],
    ],
  ])('claim in %s', (locale, messages) => {
    it('replies in that language at every step', async () => {
      const { results } = await converse(messages, { locale: 'fr' });
      expect(results.map((r) => r.context.locale)).toEqual([locale, locale, locale]);
      expect(results[0].reply?.text).toBe(t(locale, 'claim.askOrder'));
      expect(results[1].reply?.text).toContain(
        t(locale, 'claim.verified', { order: 'CMD-2026-000777' }),
      );
      expect(results[1].reply?.evidenceRequest?.shots).toEqual(
        t(locale, 'shots.structural').split('\n'),
      );
      expect(results[2].state).toBe('claim_submitted');
      expect(results[2].reply?.text).toContain(
        t(locale, 'ticket.opened', { reference: 'SAV-2026-000042' }),
      );
      expect(results[2].reply?.text).toContain(
        slaSentence(
          locale,
          {
            priority: 'P1',
            responseDueAt: new Date(NOW.getTime() + 24 * HOUR).toISOString(),
            interventionDueAt: new Date(NOW.getTime() + 48 * HOUR).toISOString(),
          },
          NOW,
        ),
      );
    });
  });

  describe('ticket status', () => {
    it('tells the status of a ticket opened in this conversation', async () => {
      const { last } = await converse([
        'Mon lit a une forte odeur',
        'CMD-2026-000777 marie@example.fr',
        'Où en est mon dossier ?',
      ]);
      expect(last.reply?.text).toBe(ticketStatusSentence('fr', 'new', 'SAV-2026-000042'));
      expect(last.reply?.ticket).toEqual({
        reference: 'SAV-2026-000042',
        status: 'new',
        priority: 'P2',
      });
    });

    it('asks for proof of the order before telling the status of another ticket', async () => {
      const { results, tools } = await converse([
        'où en est mon dossier sav-2026-000017 ?',
        'CMD-2026-004512',
        '75011',
      ]);
      expect(results[0].state).toBe('claim_order');
      expect(results[0].reply?.text).toBe(t('fr', 'status.needOwnership'));
      expect(results[1].reply?.text).toBe(t('fr', 'claim.askProof', { order: 'CMD-2026-004512' }));
      expect(results[2].state).toBe('browsing');
      expect(results[2].reply?.text).toContain(
        ticketStatusSentence('fr', 'awaiting_technician', 'SAV-2026-000017'),
      );
      expect(tools.calls.filter((c) => c.name === 'ticketStatus')).toHaveLength(2);
      expect(results[2].context.pendingTicketReference).toBeUndefined();
    });

    it('says when the ticket is not on the proven order', async () => {
      const { last } = await converse([
        'status of my claim SAV-2026-000017',
        'CMD-2026-000777 marie@example.fr',
      ]);
      expect(last.reply?.text).toContain(
        t('en', 'status.notOnOrder', { reference: 'SAV-2026-000017' }),
      );
    });

    it('answers a status question asked in the middle of a claim, and the claim goes on', async () => {
      const { results, tools } = await converse([
        'Bonjour, j’ai un problème avec ma commande',
        'CMD-2026-004512 jean.dupont@example.fr',
        '1',
        'Le pied de mon canapé est cassé depuis hier',
        'Au fait, où en est mon dossier SAV-2026-000017 ?',
        'Et le dossier SAV-2026-000099 ?',
      ]);
      const [, , , described, asked, unknown] = results;
      expect(described.state).toBe('claim_evidence');
      expect(asked.state).toBe('claim_evidence');
      expect(asked.reply?.text).toContain(
        ticketStatusSentence('fr', 'awaiting_technician', 'SAV-2026-000017'),
      );
      expect(asked.context.claim?.description).toBe('Le pied de mon canapé est cassé depuis hier');
      expect(asked.context.claim?.analysis).toBeDefined();
      expect(unknown.state).toBe('claim_evidence');
      expect(unknown.reply?.text).toBe(
        t('fr', 'status.notOnOrder', { reference: 'SAV-2026-000099' }),
      );
      expect(tools.calls.filter((c) => c.name === 'analyzeClaim')).toHaveLength(1);
    });

    it('asks for the reference when none is known', async () => {
      const { last } = await converse(['status of my claim please']);
      expect(last.reply?.text).toBe(t('en', 'status.askReference'));
    });
  });

  describe('handoff', () => {
    it.each<[string, ChatLocale]>([
      ['je veux parler à un conseiller', 'fr'],
      ['a human please', 'en'],
      ['Ich möchte einen Mitarbeiter', 'de'],
      ['vorrei un operatore per favore', 'it'],
      ['أريد التحدث إلى موظف', 'ar'],
    ])('hands over on request: %s', async (text, locale) => {
      const { last } = await converse([text], { locale });
      expect(last.state).toBe('handoff');
      expect(last.handoff).toEqual({ reason: 'customer_request' });
      expect(last.reply?.text).toBe(t(locale, 'handoff.ack'));
    });

    it('does not hand over when the customer says they do not want a person', async () => {
      const { last } = await converse(['je ne veux pas parler à un conseiller, je cherche un lit']);
      expect(last.state).toBe('browsing');
    });

    it('stays silent in handoff until asked back', async () => {
      const { results } = await converse(['Bonjour ?', 'vous êtes là ?', "Revenir à l'assistant"], {
        state: 'handoff',
      });
      expect(results[0].reply).toBeNull();
      expect(results[1].reply).toBeNull();
      expect(results[1].state).toBe('handoff');
      expect(results[2].state).toBe('browsing');
      expect(results[2].reply?.text).toBe(t('fr', 'handoff.back'));
    });

    it('hands over during evidence collection after opening the ticket', async () => {
      const { last } = await converse([
        'Il y a une tache sur mon lit',
        'CMD-2026-000777 marie@example.fr',
        'je veux un conseiller',
      ]);
      expect(last.state).toBe('handoff');
      expect(last.handoff).toEqual({ reason: 'customer_request' });
      expect(last.reply?.ticket?.reference).toBe('SAV-2026-000042');
    });
  });

  it('answers politely in a closed conversation', async () => {
    const { last } = await converse(['Bonjour'], { state: 'closed' });
    expect(last.state).toBe('closed');
    expect(last.reply?.text).toBe(t('fr', 'closed.reply'));
  });

  it('offers a rating on goodbye', async () => {
    const { last } = await converse(['Merci, au revoir']);
    expect(last.reply?.ratingRequest).toBe(true);
    expect(last.context.awaitingRating).toBe(true);
    expect(last.reply?.quickReplies).toEqual(['1', '2', '3', '4', '5']);
  });

  it('falls back with the menu when nothing is understood', async () => {
    const { last } = await converse(['zzz']);
    expect(last.reply?.text).toBe(t('fr', 'fallback.reply'));
  });

  it('survives a failing tool with an apology and the previous context', async () => {
    const tools = fakeTools({ failOn: 'searchProducts' });
    const { last } = await converse(['Je cherche un canapé'], { tools });
    expect(last.reply?.text).toBe(t('fr', 'technical.error'));
    expect(last.state).toBe('browsing');
    expect(last.context.criteria).toEqual({});
  });

  it('is deterministic', async () => {
    const script = [
      'Bonjour',
      'Le pied de mon lit est cassé',
      'CMD-2026-000777 69003',
      { text: '', attachments: photos(3) },
    ];
    const a = await converse(script);
    const b = await converse(script);
    expect(a.results).toEqual(b.results);
  });

  it('every quick reply of every catalog is understood as what it offers', async () => {
    for (const locale of CHAT_LOCALES) {
      const say = (key: keyof typeof CATALOGS.fr) => CATALOGS[locale][key];
      const expectations: [string, ConversationState, (r: TurnResult) => boolean][] = [
        [say('menu.find'), 'browsing', (r) => r.reply?.text === t(locale, 'products.askCategory')],
        [say('menu.claim'), 'browsing', (r) => r.state === 'claim_order'],
        [say('menu.status'), 'browsing', (r) => r.reply?.text === t(locale, 'status.askReference')],
        [say('menu.faq'), 'browsing', (r) => r.reply?.text === t(locale, 'faq.menu')],
        [say('qr.handoff'), 'browsing', (r) => r.state === 'handoff'],
        [say('qr.yesThanks'), 'faq', (r) => r.reply?.ratingRequest === true],
        [say('qr.cancel'), 'claim_order', (r) => r.state === 'browsing'],
        [say('qr.backToAssistant'), 'handoff', (r) => r.state === 'browsing'],
      ];
      for (const [text, state, check] of expectations) {
        const { last } = await converse([text], { locale, state });
        expect({ locale, text, ok: check(last) }).toEqual({ locale, text, ok: true });
      }
      const noPhoto = await converse(
        ['Il y a une tache sur mon lit', 'CMD-2026-000777 marie@example.fr', say('qr.noPhoto')],
        { locale },
      );
      expect({ locale, state: noPhoto.last.state }).toEqual({ locale, state: 'claim_submitted' });
      const cheaper = await converse([`${say('category.sofa')}`, say('qr.cheaper')], { locale });
      expect({ locale, max: cheaper.last.context.criteria.maxPrice }).toEqual({ locale, max: 789 });
    }
  });

  it('never crashes: any text, any state, any locale gives a valid state and a reply or null', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.constantFrom(...CONVERSATION_STATES),
        fc.constantFrom(...CHAT_LOCALES),
        fc.array(
          fc.record({
            id: fc.string(),
            kind: fc.constantFrom('photo', 'video', 'document'),
            scanStatus: fc.constantFrom('pending', 'clean', 'infected', 'unscanned', 'error'),
          }),
          { maxLength: 3 },
        ),
        async (text, state, locale, attachments) => {
          const context: ConversationContext = {
            ...emptyContext(locale),
            claim: {
              verificationFailures: 0,
              evidence: { photos: 0, videos: 0 },
              orderNumber: 'CMD-2026-000777',
              verified: state === 'claim_evidence' || state === 'claim_description',
              analysis: fakeAnalysis('cassé'),
            },
          };
          const result = await engine.respond(
            { sessionId: 's', state, context, text, attachments, now: NOW },
            fakeTools(),
          );
          expect(CONVERSATION_STATES).toContain(result.state);
          expect(CHAT_LOCALES).toContain(result.context.locale);
          if (result.reply !== null) expect(typeof result.reply.text).toBe('string');
          expect(result.reply !== null || result.state === 'handoff').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
