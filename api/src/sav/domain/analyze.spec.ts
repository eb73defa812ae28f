import fc from 'fast-check';
import { analyzeClaim, asksForHuman } from './analyze';

const NOW = new Date('2026-11-25T10:00:00Z');

describe('asksForHuman', () => {
  it.each([
    'Je veux parler à quelqu’un de votre service',
    'je voudrais parler a un conseiller svp',
    'Passez-moi un humain !',
    'Can I speak to a real person?',
    'I want to talk to someone',
  ])('hears a request for a person: %s', (text) => expect(asksForHuman(text)).toBe(true));

  it.each(['Le pied est cassé', 'Merci pour votre aide', 'the leg is broken'])(
    'does not invent one: %s',
    (text) => expect(asksForHuman(text)).toBe(false),
  );
});

describe('analyzeClaim', () => {
  it('puts every rule together for a broken leg on a recent sofa', () => {
    const a = analyzeClaim({
      description: "Le pied du canapé s'est cassé, on ne peut plus s'asseoir.",
      now: NOW,
      deliveryDate: new Date('2026-11-20T00:00:00Z'),
      customerTier: 'gold',
      previousClaims: 0,
      productValue: 1800,
    });
    expect(a.category).toBe('structural');
    expect(a.severity).toBe('P1');
    expect(a.factors.map((f) => f.name)).toEqual([
      'category',
      'severity',
      'productAge',
      'warranty',
      'customerTier',
      'criticalWords',
      'previousClaims',
      'productValue',
    ]);
    // 30 + 20 + 20 + 15 + 12 + 0 + 10 + 3
    expect(a.score).toBe(110);
    expect(a.priority).toBe('P0');
    expect(a.decision.action).toBe('escalate');
    expect(a.evidence.completeness).toBeNull();
  });

  it('escalates when the customer asks for a person', () => {
    const a = analyzeClaim({
      description: 'Petite tache sur le coussin, je veux parler à un conseiller.',
      now: NOW,
      deliveryDate: new Date('2026-10-01T00:00:00Z'),
    });
    expect(a.customerAskedForHuman).toBe(true);
    expect(a.decision.action).toBe('escalate');
  });

  it('measures evidence completeness when files are known', () => {
    const a = analyzeClaim({
      description: 'Le coussin de l’assise est affaissé.',
      now: NOW,
      evidence: { photos: 1, videos: 0 },
    });
    expect(a.evidence.completeness).toBe(50);
  });

  it('never throws, whatever the text and dates', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.option(fc.date({ noInvalidDate: false }), { nil: undefined }),
        (description, date) => {
          const a = analyzeClaim({ description, now: NOW, purchaseDate: date, deliveryDate: date });
          expect(a.score).toBe(a.factors.reduce((s, f) => s + f.points, 0));
        },
      ),
      { numRuns: 200 },
    );
  });
});
