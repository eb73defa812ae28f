import fc from 'fast-check';
import { decide, type DecisionInput } from './decision';
import {
  PRIORITIES,
  PROBLEM_CATEGORIES,
  TONES,
  WARRANTY_EXCLUSIONS,
  type WarrantyVerdict,
} from './types';

const covered: WarrantyVerdict = {
  component: 'fabric',
  covered: true,
  expiresAt: '2026-03-09',
  exclusions: [],
  reason: "Couvert par la garantie tissu/cuir, valable jusqu'au 09/03/2026 inclus.",
  alternatives: [],
};

const notCovered: WarrantyVerdict = {
  component: 'fabric',
  covered: false,
  expiresAt: '2026-03-09',
  exclusions: ['stain'],
  reason: 'Non couvert : la garantie exclut les taches, même pendant sa durée.',
  alternatives: ['Devis de réparation payant par un technicien', "Kit d'entretien et de détachage"],
};

/** A covered P2 fabric claim with complete evidence: auto-resolved unless a rule says otherwise. */
const base: DecisionInput = {
  priority: 'P2',
  score: 50,
  tone: 'calm',
  customerAskedForHuman: false,
  category: 'fabric',
  warranty: covered,
  evidenceComplete: true,
  disputesCoverage: false,
};

const decideWith = (input: Partial<DecisionInput>) => decide({ ...base, ...input });

describe('escalation to a human', () => {
  it.each([
    ['priority P0', { priority: 'P0', score: 50 }, /Priorité P0/],
    ['score 85', { priority: 'P1', score: 85 }, /Score de priorité 85/],
    ['an angry customer', { tone: 'angry' }, /colère/],
    ['a request for a person', { customerAskedForHuman: true }, /parler à un conseiller/],
    [
      'a disputed refusal',
      { warranty: notCovered, disputesCoverage: true },
      /conteste le refus de garantie/,
    ],
  ] as const)('escalates on %s alone', (_label, input, reason) => {
    const decision = decideWith(input);
    expect(decision.action).toBe('escalate');
    expect(decision.resolutionType).toBe('human_intervention');
    expect(decision.reasons).toHaveLength(1);
    expect(decision.reasons[0]).toMatch(reason);
  });

  it('does not escalate at score 84 by the score alone', () => {
    expect(decideWith({ priority: 'P1', category: 'structural', score: 84 }).action).toBe(
      'technician',
    );
  });

  it.each(['calm', 'concerned', 'frustrated', 'urgent'] as const)(
    'does not escalate a %s tone by itself',
    (tone) => {
      expect(decideWith({ tone }).action).toBe('auto_resolve');
    },
  );

  it('ignores a dispute when the claim is covered', () => {
    expect(decideWith({ disputesCoverage: true }).action).toBe('auto_resolve');
  });

  it('lists every escalation rule that fired, and the technician a P1 structural case needs', () => {
    const decision = decideWith({
      priority: 'P1',
      score: 90,
      tone: 'angry',
      customerAskedForHuman: true,
      category: 'structural',
      warranty: notCovered,
      disputesCoverage: true,
    });
    expect(decision.action).toBe('escalate');
    expect(decision.reasons).toEqual([
      "Score de priorité 90 (seuil d'escalade 85)",
      'Client en colère : un conseiller reprend la main',
      'Le client demande à parler à un conseiller',
      'Le client conteste le refus de garantie',
      "Structure en priorité P1 : intervention d'un technicien à prévoir",
    ]);
  });

  it('escalates a dangerous structural case rather than only sending a technician', () => {
    const decision = decideWith({ priority: 'P0', score: 95, category: 'structural' });
    expect(decision.action).toBe('escalate');
    expect(decision.reasons[0]).toMatch(/Priorité P0/);
  });
});

describe('technician', () => {
  it.each(['structural', 'mechanism'] as const)(
    'sends a technician for a covered %s claim at P1',
    (category) => {
      const decision = decideWith({ priority: 'P1', score: 70, category });
      expect(decision).toMatchObject({
        action: 'technician',
        resolutionType: 'technician_dispatch',
      });
      expect(decision.reasons[0]).toMatch(/priorité P1 : intervention d'un technicien/);
      expect(decision.reasons).toContain(covered.reason);
    },
  );

  // Spec silent: a technician visit is a warranty service, so out of warranty a person first
  // offers the paid quote.
  it('sends a P1 structural claim out of warranty to a person who offers a paid quote', () => {
    const decision = decideWith({
      priority: 'P1',
      score: 70,
      category: 'structural',
      warranty: notCovered,
    });
    expect(decision).toMatchObject({ action: 'escalate', resolutionType: 'human_intervention' });
    expect(decision.reasons[0]).toMatch(/hors garantie : un conseiller propose un devis/);
    expect(decision.reasons).toContain(`Hors garantie : ${notCovered.reason}`);
  });

  it.each(['P2', 'P3'] as const)(
    'repairs a covered structural claim at %s without a visit',
    (priority) => {
      expect(decideWith({ priority, category: 'structural' })).toMatchObject({
        action: 'auto_resolve',
        resolutionType: 'auto_repair',
      });
    },
  );
});

describe('automatic resolution', () => {
  it.each([
    ['cushions', 'spare_parts_order', /Coussin de remplacement/],
    ['fabric', 'auto_repair', /revêtement/],
    ['assembly', 'spare_parts_order', /pièces manquantes/],
    ['smell', 'customer_education', /aérer la pièce.*2 à 3 semaines/],
    ['dimensions', 'auto_refund', /échange ou de retour dans le délai légal/],
    ['delivery', 'auto_replacement', /Remplacement/],
    ['structural', 'auto_repair', /structure/],
    ['mechanism', 'auto_repair', /mécanisme/],
  ] as const)('resolves a covered %s claim by %s', (category, resolutionType, reason) => {
    for (const priority of ['P2', 'P3'] as const) {
      const decision = decideWith({ priority, category });
      expect(decision).toMatchObject({ action: 'auto_resolve', resolutionType });
      expect(decision.reasons[0]).toMatch(
        new RegExp(
          `Priorité ${priority}, preuves complètes, score 50 inférieur à 70, sous garantie`,
        ),
      );
      expect(decision.reasons[1]).toMatch(reason);
    }
  });

  it('auto-resolves at score 69 but not at 70', () => {
    expect(decideWith({ score: 69 }).action).toBe('auto_resolve');
    const decision = decideWith({ score: 70 });
    expect(decision.action).toBe('escalate');
    expect(decision.reasons[0]).toMatch(/Score de priorité 70 trop élevé/);
  });

  it('sends incomplete evidence to a person', () => {
    const decision = decideWith({ evidenceComplete: false });
    expect(decision).toMatchObject({ action: 'escalate', resolutionType: 'human_intervention' });
    expect(decision.reasons).toEqual(['Preuves incomplètes', 'Examen par un conseiller']);
  });

  it('sends an unidentified problem to a person', () => {
    const decision = decideWith({ category: 'unknown', priority: 'P3' });
    expect(decision.action).toBe('escalate');
    expect(decision.reasons[0]).toMatch(/Catégorie non identifiée/);
  });

  it('does not repair fabric when an exclusion was found', () => {
    const decision = decideWith({ warranty: { ...covered, exclusions: ['stain'] } });
    expect(decision.action).toBe('escalate');
    expect(decision.reasons).toContain('Exclusion de garantie relevée');
  });

  it.each(['P2', 'P3'] as const)(
    'answers an undisputed refusal at %s with the paid alternatives',
    (priority) => {
      const decision = decideWith({ priority, warranty: notCovered, evidenceComplete: false });
      expect(decision).toMatchObject({ action: 'auto_resolve', resolutionType: 'not_covered' });
      expect(decision.reasons).toEqual([
        `Hors garantie : ${notCovered.reason}`,
        `Alternatives payantes proposées : ${notCovered.alternatives.join(' ; ')}`,
      ]);
    },
  );
});

describe('everything else goes to a person', () => {
  it.each([
    'delivery',
    'cushions',
    'fabric',
    'assembly',
    'dimensions',
    'smell',
    'unknown',
  ] as const)('escalates a covered %s claim at P1', (category) => {
    const decision = decideWith({ priority: 'P1', score: 66, category });
    expect(decision).toMatchObject({ action: 'escalate', resolutionType: 'human_intervention' });
    expect(decision.reasons[0]).toMatch(/en priorité P1 : examen par un conseiller/);
  });

  it('escalates a P1 claim out of warranty with the alternatives for the agent', () => {
    const decision = decideWith({
      priority: 'P1',
      score: 66,
      category: 'delivery',
      warranty: notCovered,
    });
    expect(decision.action).toBe('escalate');
    expect(decision.reasons).toContain(`Hors garantie : ${notCovered.reason}`);
  });
});

describe('decide properties', () => {
  const anyWarranty = fc.record({
    component: fc.constantFrom('structure', 'fabric', 'delivery' as const),
    covered: fc.boolean(),
    exclusions: fc.subarray([...WARRANTY_EXCLUSIONS]),
    reason: fc.string(),
    alternatives: fc.array(fc.string(), { maxLength: 3 }),
  });
  const anyInput: fc.Arbitrary<DecisionInput> = fc.record({
    priority: fc.constantFrom(...PRIORITIES),
    score: fc.oneof(fc.integer({ min: 0, max: 130 }), fc.double()),
    tone: fc.constantFrom(...TONES),
    customerAskedForHuman: fc.boolean(),
    category: fc.constantFrom(...PROBLEM_CATEGORIES),
    warranty: anyWarranty,
    evidenceComplete: fc.boolean(),
    disputesCoverage: fc.option(fc.boolean(), { nil: undefined }),
  });

  it('never throws, always explains, and pairs each action with its resolution', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const decision = decide(input);
        expect(decision.reasons.length).toBeGreaterThan(0);
        if (decision.action === 'escalate')
          expect(decision.resolutionType).toBe('human_intervention');
        if (decision.action === 'technician') {
          expect(decision.resolutionType).toBe('technician_dispatch');
        }
        if (decision.action === 'auto_resolve') {
          expect(['P2', 'P3']).toContain(input.priority);
          expect(decision.resolutionType).not.toMatch(/human_intervention|technician_dispatch/);
        }
      }),
    );
  });

  it('always puts a person on P0, score ≥ 85, angry or human-requested claims', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const mustEscalate =
          input.priority === 'P0' ||
          input.score >= 85 ||
          input.tone === 'angry' ||
          input.customerAskedForHuman;
        if (mustEscalate) expect(decide(input).action).toBe('escalate');
      }),
    );
  });

  it('never auto-resolves a covered claim without complete evidence', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const decision = decide({ ...input, evidenceComplete: false });
        if (decision.action === 'auto_resolve') expect(decision.resolutionType).toBe('not_covered');
      }),
    );
  });
});
