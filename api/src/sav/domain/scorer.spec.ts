import fc from 'fast-check';
import { productAgeDays, priorityFromScore, scorePriority, type PriorityInput } from './scorer';
import {
  CUSTOMER_TIERS,
  PRIORITIES,
  PRIORITY_FACTORS,
  PROBLEM_CATEGORIES,
  type PriorityFactorName,
  type PriorityLevel,
} from './types';

/** The lowest-scoring input: 5+5+5+5+5+0+3+2 = 30 points. */
const base: PriorityInput = {
  category: 'unknown',
  severity: 'P3',
  productAgeDays: undefined,
  warrantyCovered: false,
  customerTier: 'standard',
  criticalWords: false,
  previousClaims: 3,
  productValue: undefined,
};

const factor = (input: Partial<PriorityInput>, name: PriorityFactorName) => {
  const found = scorePriority({ ...base, ...input }).factors.find((f) => f.name === name);
  if (!found) throw new Error(`factor ${name} missing`);
  return found;
};

const day = (iso: string): Date => new Date(iso);

describe('scorePriority factors', () => {
  it.each([
    ['structural', 30],
    ['mechanism', 25],
    ['delivery', 20],
    ['dimensions', 18],
    ['cushions', 15],
    ['assembly', 15],
    ['fabric', 10],
    ['smell', 8],
    ['unknown', 5],
  ] as const)('gives category %s %i points', (category, points) => {
    expect(factor({ category }, 'category').points).toBe(points);
  });

  it.each([
    ['P0', 25],
    ['P1', 20],
    ['P2', 10],
    ['P3', 5],
  ] as const)('gives initial severity %s %i points', (severity, points) => {
    expect(factor({ severity }, 'severity').points).toBe(points);
  });

  it.each([
    [0, 20],
    [6, 20],
    [7, 18],
    [29, 18],
    [30, 15],
    [89, 15],
    [90, 10],
    [364, 10],
    [365, 8],
    [729, 8],
    [730, 5],
    [5000, 5],
  ])('gives a product %i days old %i points', (productAgeDays, points) => {
    const f = factor({ productAgeDays }, 'productAge');
    expect(f.points).toBe(points);
    expect(f.detail).toContain(`${productAgeDays} jour`);
  });

  it.each([undefined, Number.NaN, Infinity, -1])(
    'gives an unknown or incoherent age (%p) 5 points and says the date is unknown',
    (productAgeDays) => {
      const f = factor({ productAgeDays }, 'productAge');
      expect(f.points).toBe(5);
      expect(f.detail).toMatch(/inconnue/);
    },
  );

  it.each([
    [true, 15],
    [false, 5],
  ])('gives warranty covered=%p %i points', (warrantyCovered, points) => {
    expect(factor({ warrantyCovered }, 'warranty').points).toBe(points);
  });

  it.each([
    ['vip', 15],
    ['gold', 12],
    ['silver', 8],
    ['standard', 5],
  ] as const)('gives a %s customer %i points', (customerTier, points) => {
    expect(factor({ customerTier }, 'customerTier').points).toBe(points);
  });

  it.each([
    [true, 10],
    [false, 0],
  ])('gives critical words=%p %i points', (criticalWords, points) => {
    expect(factor({ criticalWords }, 'criticalWords').points).toBe(points);
  });

  it.each([
    [0, 10],
    [1, 8],
    [2, 5],
    [3, 3],
    [4, 3],
    [50, 3],
    [Number.NaN, 10],
    [-2, 10],
  ])('gives %p previous claims %i points', (previousClaims, points) => {
    expect(factor({ previousClaims }, 'previousClaims').points).toBe(points);
  });

  it.each([
    [undefined, 2],
    [Number.NaN, 2],
    [0, 2],
    [1000, 2],
    [1001, 3],
    [2000, 3],
    [2001, 4],
    [3000, 4],
    [3001, 5],
    [12000, 5],
  ])('gives a product worth %p EUR %i points', (productValue, points) => {
    expect(factor({ productValue }, 'productValue').points).toBe(points);
  });

  it('says when the value is unknown', () => {
    expect(factor({ productValue: undefined }, 'productValue').detail).toMatch(/inconnue/);
  });

  it('lists the eight factors in the spec order, each with a French detail', () => {
    const { factors } = scorePriority(base);
    expect(factors.map((f) => f.name)).toEqual([...PRIORITY_FACTORS]);
    for (const f of factors) expect(f.detail).toMatch(/: \d+ points?$/);
    expect(factors[0].detail).toBe('Catégorie non identifiée : 5 points');
  });
});

describe('priority thresholds', () => {
  it.each([
    // smell 8 + P3 5 + unknown age 5 + not covered 5 + silver 8 + no danger 0 + 1 claim 8 + >3000 € 5
    [
      { category: 'smell', customerTier: 'silver', previousClaims: 1, productValue: 3001 },
      44,
      'P3',
    ],
    // same with no previous claim (10) and >2000 € (4)
    [
      { category: 'smell', customerTier: 'silver', previousClaims: 0, productValue: 2001 },
      45,
      'P2',
    ],
    // structural 30 + P2 10 + 5 + 5 + 5 + 0 + 2 claims 5 + >2000 € 4
    [{ category: 'structural', severity: 'P2', previousClaims: 2, productValue: 2001 }, 64, 'P2'],
    [{ category: 'structural', severity: 'P2', previousClaims: 2, productValue: 3001 }, 65, 'P1'],
    // structural 30 + P1 20 + 5 + covered 15 + 5 + 0 + 5 + 4
    [
      {
        category: 'structural',
        severity: 'P1',
        warrantyCovered: true,
        previousClaims: 2,
        productValue: 2001,
      },
      84,
      'P1',
    ],
    [
      {
        category: 'structural',
        severity: 'P1',
        warrantyCovered: true,
        previousClaims: 2,
        productValue: 3001,
      },
      85,
      'P0',
    ],
  ] as const)('scores %j at %i points, priority %s', (input, score, priority) => {
    const result = scorePriority({ ...base, ...input });
    expect(result.score).toBe(score);
    expect(result.priority).toBe(priority);
  });

  it.each([
    [0, 'P3'],
    [44, 'P3'],
    [45, 'P2'],
    [64, 'P2'],
    [65, 'P1'],
    [84, 'P1'],
    [85, 'P0'],
    [130, 'P0'],
  ] as const)('maps score %i to %s', (score, priority) => {
    expect(priorityFromScore(score, 'P3')).toBe(priority);
  });

  it('makes a P0 severity P0 whatever the score', () => {
    const result = scorePriority({ ...base, severity: 'P0' });
    expect(result.score).toBe(50);
    expect(result.priority).toBe('P0');
  });

  it('does not let critical words alone force P0: they add 10 points', () => {
    const result = scorePriority({ ...base, criticalWords: true });
    expect(result.score).toBe(40);
    expect(result.priority).toBe('P3');
  });
});

describe('productAgeDays', () => {
  const now = day('2025-06-15T10:00:00Z');

  it('counts from the delivery date first', () => {
    expect(productAgeDays(day('2025-06-05'), day('2025-01-01'), now)).toBe(10);
  });

  it('falls back to the purchase date', () => {
    expect(productAgeDays(undefined, day('2025-06-01'), now)).toBe(14);
  });

  it('counts UTC calendar days, not 24-hour periods', () => {
    expect(
      productAgeDays(day('2025-06-14T23:59:00Z'), undefined, day('2025-06-15T00:01:00Z')),
    ).toBe(1);
    expect(
      productAgeDays(day('2025-06-15T00:00:00Z'), undefined, day('2025-06-15T23:59:59Z')),
    ).toBe(0);
  });

  it('ignores a delivery still to come and uses the purchase date', () => {
    expect(productAgeDays(day('2025-06-20'), day('2025-06-10'), now)).toBe(5);
  });

  it.each([
    ['no date', undefined, undefined, now],
    ['invalid dates', new Date('nope'), new Date(Number.NaN), now],
    ['an implausible year', new Date('0224-06-01'), undefined, now],
    ['an invalid now', day('2025-06-01'), undefined, new Date('nope')],
  ])('is unknown with %s', (_label, delivery, purchase, at) => {
    expect(productAgeDays(delivery, purchase, at)).toBeUndefined();
  });

  it('falls back to purchase when the delivery date is invalid', () => {
    expect(productAgeDays(new Date('nope'), day('2025-06-01'), now)).toBe(14);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const anyNumber = fc.oneof(
  fc.integer({ min: -10, max: 5000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0),
);

const anyInput: fc.Arbitrary<PriorityInput> = fc.record({
  category: fc.constantFrom(...PROBLEM_CATEGORIES),
  severity: fc.constantFrom(...PRIORITIES),
  productAgeDays: fc.option(anyNumber, { nil: undefined }),
  warrantyCovered: fc.boolean(),
  customerTier: fc.constantFrom(...CUSTOMER_TIERS),
  criticalWords: fc.boolean(),
  previousClaims: anyNumber,
  productValue: fc.option(anyNumber, { nil: undefined }),
});

const rank = (p: PriorityLevel): number => 3 - PRIORITIES.indexOf(p);

/** Two values of one factor, the second strictly better (scores more) than the first. */
const betterPairs: Record<
  PriorityFactorName,
  fc.Arbitrary<[Partial<PriorityInput>, Partial<PriorityInput>]>
> = {
  category: fc
    .tuple(fc.constantFrom(...PROBLEM_CATEGORIES), fc.constantFrom(...PROBLEM_CATEGORIES))
    .filter(
      ([a, b]) =>
        factor({ category: a }, 'category').points < factor({ category: b }, 'category').points,
    )
    .map(([a, b]) => [{ category: a }, { category: b }]),
  severity: fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
    .filter(([a, b]) => a > b)
    .map(([a, b]) => [{ severity: PRIORITIES[a] }, { severity: PRIORITIES[b] }]),
  productAge: fc
    .tuple(
      fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
      fc.integer({ min: 0, max: 4000 }),
    )
    .filter(([older, younger]) => older === undefined || younger < older)
    .map(([older, younger]) => [{ productAgeDays: older }, { productAgeDays: younger }]),
  warranty: fc.constant([{ warrantyCovered: false }, { warrantyCovered: true }]),
  customerTier: fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
    .filter(([a, b]) => a < b)
    .map(([a, b]) => [{ customerTier: CUSTOMER_TIERS[a] }, { customerTier: CUSTOMER_TIERS[b] }]),
  criticalWords: fc.constant([{ criticalWords: false }, { criticalWords: true }]),
  previousClaims: fc
    .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))
    .filter(([more, fewer]) => fewer < more)
    .map(([more, fewer]) => [{ previousClaims: more }, { previousClaims: fewer }]),
  productValue: fc
    .tuple(
      fc.option(fc.integer({ min: 0, max: 10000 }), { nil: undefined }),
      fc.integer({ min: 0, max: 10000 }),
    )
    .filter(([cheaper, dearer]) => cheaper === undefined || dearer > cheaper)
    .map(([cheaper, dearer]) => [{ productValue: cheaper }, { productValue: dearer }]),
};

describe('scorePriority properties', () => {
  it('always equals the sum of its eight factors and lies within 0–130', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { score, factors } = scorePriority(input);
        expect(factors).toHaveLength(8);
        expect(score).toBe(factors.reduce((sum, f) => sum + f.points, 0));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(130);
        expect(Number.isInteger(score)).toBe(true);
      }),
    );
  });

  it('reaches exactly 30 at worst and 130 at best', () => {
    expect(scorePriority(base).score).toBe(30);
    expect(
      scorePriority({
        category: 'structural',
        severity: 'P0',
        productAgeDays: 0,
        warrantyCovered: true,
        customerTier: 'vip',
        criticalWords: true,
        previousClaims: 0,
        productValue: 5000,
      }).score,
    ).toBe(130);
  });

  it.each([...PRIORITY_FACTORS])(
    'never lowers the priority when the %s factor gets strictly better',
    (name) => {
      fc.assert(
        fc.property(anyInput, betterPairs[name], (input, [worse, better]) => {
          const low = scorePriority({ ...input, ...worse });
          const high = scorePriority({ ...input, ...better });
          expect(high.score).toBeGreaterThanOrEqual(low.score);
          expect(rank(high.priority)).toBeGreaterThanOrEqual(rank(low.priority));
        }),
      );
    },
  );

  it('never throws, whatever the dates', () => {
    const anyDate = fc.option(fc.date(), { nil: undefined });
    fc.assert(
      fc.property(anyDate, anyDate, fc.date(), (delivery, purchase, now) => {
        const age = productAgeDays(delivery, purchase, now);
        expect(age === undefined || (Number.isInteger(age) && age >= 0)).toBe(true);
      }),
    );
  });
});
