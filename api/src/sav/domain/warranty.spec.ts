import fc from 'fast-check';
import { PROBLEM_CATEGORIES, type ProblemCategory, type WarrantyExclusion } from './types';
import {
  assessWarranty,
  detectExclusions,
  warrantyComponent,
  type WarrantyInput,
} from './warranty';

const day = (iso: string): Date => new Date(iso);

const assess = (input: Partial<WarrantyInput> & Pick<WarrantyInput, 'category'>) =>
  assessWarranty({ text: '', now: day('2025-01-01T12:00:00Z'), ...input });

describe('coverage by component, from the delivery date', () => {
  // Delivered 2024-03-10: the last covered day is the day before the anniversary.
  it.each([
    ['structural', 'le pied est cassé', 'structure', '2029-03-09'],
    ['mechanism', 'le mécanisme relax est bloqué', 'mechanisms', '2027-03-09'],
    ['fabric', 'le tissu se décolore', 'fabric', '2026-03-09'],
    ['cushions', "la mousse de l'assise s'affaisse", 'cushions', '2026-03-09'],
    ['smell', 'une odeur persistante', 'fabric', '2026-03-09'],
  ] as const)(
    '%s (%s) is covered as %s through %s, not the day after',
    (category, text, component, lastDay) => {
      const deliveryDate = day('2024-03-10T15:00:00Z');
      const onLastDay = assess({ category, text, deliveryDate, now: day(`${lastDay}T23:59:59Z`) });
      expect(onLastDay).toMatchObject({
        component,
        covered: true,
        expiresAt: lastDay,
        alternatives: [],
      });
      const [y, m, d] = lastDay.split('-');
      expect(onLastDay.reason).toContain(`jusqu'au ${d}/${m}/${y} inclus`);

      const next = new Date(day(lastDay).getTime() + 86_400_000);
      const dayAfter = assess({ category, text, deliveryDate, now: next });
      expect(dayAfter).toMatchObject({
        component,
        covered: false,
        expiresAt: lastDay,
        exclusions: [],
      });
      expect(dayAfter.reason).toMatch(/^Non couvert : .*a pris fin le/);
      expect(dayAfter.alternatives).toContain('Devis de réparation payant par un technicien');
    },
  );

  it('covers 2 years from 2024-03-10 through 2026-03-09, not on 2026-03-10 (the spec example)', () => {
    const deliveryDate = day('2024-03-10');
    expect(assess({ category: 'fabric', deliveryDate, now: day('2026-03-09') }).covered).toBe(true);
    expect(assess({ category: 'fabric', deliveryDate, now: day('2026-03-10') }).covered).toBe(
      false,
    );
  });

  it('keeps a 29 February start covered through 28 February', () => {
    const deliveryDate = day('2024-02-29');
    const verdict = assess({ category: 'fabric', deliveryDate, now: day('2026-02-28') });
    expect(verdict).toMatchObject({ covered: true, expiresAt: '2026-02-28' });
    expect(assess({ category: 'fabric', deliveryDate, now: day('2026-03-01') }).covered).toBe(
      false,
    );
  });

  it('prefers the delivery date to the purchase date', () => {
    const verdict = assess({
      category: 'fabric',
      purchaseDate: day('2023-01-05'),
      deliveryDate: day('2023-02-20'),
      now: day('2025-02-10'),
    });
    expect(verdict).toMatchObject({ covered: true, expiresAt: '2025-02-19' });
    expect(verdict.reason).toContain('à compter de la livraison du 20/02/2023');
  });

  it('falls back to the purchase date and says so', () => {
    const verdict = assess({
      category: 'fabric',
      purchaseDate: day('2023-01-05'),
      now: day('2025-02-10'),
    });
    expect(verdict).toMatchObject({ covered: false, expiresAt: '2025-01-04' });
    expect(verdict.reason).toContain("à compter de l'achat du 05/01/2023");
  });

  it('ignores a delivery date still to come and counts from the purchase', () => {
    const verdict = assess({
      category: 'structural',
      purchaseDate: day('2024-12-01'),
      deliveryDate: day('2025-02-01'),
      now: day('2025-01-01'),
    });
    expect(verdict.expiresAt).toBe('2029-11-30');
  });

  it.each([
    ['no date', {}],
    ['invalid dates', { purchaseDate: new Date('nope'), deliveryDate: new Date(Number.NaN) }],
    ['an implausible year (typo)', { purchaseDate: day('0224-05-01') }],
    ['a purchase in the future', { purchaseDate: day('2030-01-01') }],
    ['an invalid now', { purchaseDate: day('2024-05-01'), now: new Date('nope') }],
  ])('presumes coverage pending the invoice with %s, without expiry', (_label, dates) => {
    const verdict = assess({ category: 'mechanism', text: 'moteur en panne', ...dates });
    expect(verdict.covered).toBe(true);
    expect(verdict.expiresAt).toBeUndefined();
    expect(verdict).not.toHaveProperty('expiresAt');
    expect(verdict.reason).toMatch(/présumée.*facture/);
    expect(verdict.alternatives).toEqual([]);
  });

  it('uses a longer product warranty instead of the default', () => {
    const verdict = assess({
      category: 'structural',
      deliveryDate: day('2024-03-10'),
      now: day('2033-01-01'),
      productWarranty: { structure: 10 },
    });
    expect(verdict).toMatchObject({ covered: true, expiresAt: '2034-03-09' });
    expect(verdict.reason).toContain('de 10 ans');
  });

  it.each([
    [1, '1 an', '2025-03-09'],
    [2.5, '30 mois', '2026-09-09'],
  ])('words a product warranty of %p years as "%s"', (years, words, lastDay) => {
    const verdict = assess({
      category: 'mechanism',
      deliveryDate: day('2024-03-10'),
      now: day('2024-06-01'),
      productWarranty: { mechanisms: years },
    });
    expect(verdict.expiresAt).toBe(lastDay);
    expect(verdict.reason).toContain(`garantie mécanismes de ${words}`);
  });

  it.each([Number.NaN, -1, 0, 0.01, 1000, Infinity])(
    'ignores a meaningless product warranty of %p years',
    (years) => {
      const verdict = assess({
        category: 'structural',
        deliveryDate: day('2024-03-10'),
        productWarranty: { structure: years },
      });
      expect(verdict.expiresAt).toBe('2029-03-09');
    },
  );
});

describe('reporting windows after delivery', () => {
  // Day N after delivery is in time, day N+1 is late, whatever the hour.
  it.each([
    ['delivery', 'carton abîmé à la livraison', 3, '2025-03-13', '2025-03-14'],
    ['assembly', 'vis manquantes au montage', 14, '2025-03-24', '2025-03-25'],
    ['dimensions', 'le canapé est trop grand', 14, '2025-03-24', '2025-03-25'],
  ] as const)(
    '%s: %s must be reported within %i days',
    (category, text, _days, lastDay, firstLate) => {
      const deliveryDate = day('2025-03-10T18:00:00Z');
      const inTime = assess({ category, text, deliveryDate, now: day(`${lastDay}T23:59:59Z`) });
      expect(inTime).toMatchObject({ component: category, covered: true, expiresAt: lastDay });
      expect(inTime.reason).toMatch(/^Signalé dans les \d+ jours/);

      const late = assess({ category, text, deliveryDate, now: day(`${firstLate}T00:00:00Z`) });
      expect(late).toMatchObject({ component: category, covered: false, expiresAt: lastDay });
      expect(late.reason).toMatch(/^Non couvert : .*délai dépassé/);
      expect(late.alternatives.length).toBeGreaterThan(0);
    },
  );

  it('does not count the window from the purchase date: presumed in time pending the delivery note', () => {
    const verdict = assess({
      category: 'delivery',
      purchaseDate: day('2024-01-01'),
      now: day('2025-01-01'),
    });
    expect(verdict.covered).toBe(true);
    expect(verdict).not.toHaveProperty('expiresAt');
    expect(verdict.reason).toContain('bon de livraison');
  });

  it('does not apply product exclusions to damage found at delivery', () => {
    const verdict = assess({
      category: 'delivery',
      text: 'rayure profonde et carton mouillé à la livraison',
      deliveryDate: day('2025-01-01'),
      now: day('2025-01-02'),
    });
    expect(verdict).toMatchObject({ covered: true, exclusions: [] });
  });
});

describe('exclusions', () => {
  it.each([
    ['stain', 'Il y a une tache sur le canapé'],
    ['stain', 'UNE GROSSE TÂCHE'],
    ['stain', "l'assise est tachée"],
    ['stain', 'There is a stain on the seat'],
    ['tear', 'le tissu est déchiré'],
    ['tear', 'une déchirure sur le côté'],
    ['tear', 'the leather is torn'],
    ['tear', 'a tear in the fabric'],
    ['burn', 'une brûlure de cigarette'],
    ['burn', 'brulure sur le cuir'],
    ['burn', 'a cigarette burn'],
    ['scratch', "une rayure sur l'accoudoir"],
    ['scratch', 'le cuir est rayé'],
    ['scratch', 'a deep scratch on the arm'],
    ['misuse', "c'est un mauvais usage, je l'avoue"],
    ['misuse', 'suite à un accident'],
    ['misuse', 'misuse by the kids'],
    ['water_damage', "dégât des eaux dans l'appartement"],
    ['water_damage', "j'ai renversé de l'eau"],
    ['water_damage', "à cause de l'humidité"],
    ['water_damage', 'water got on it'],
    ['water_damage', 'the cushion is wet'],
    ['pet_damage', 'mon chat a fait ses griffes'],
    ['pet_damage', 'le chien a mordillé le coussin'],
    ['pet_damage', 'griffures sur le cuir'],
    ['pet_damage', 'my cat did this'],
    ['pet_damage', 'the dog chewed it'],
    ['pet_damage', 'claw marks everywhere'],
  ] as const)('recognises %s in "%s"', (exclusion, text) => {
    expect(detectExclusions(text)).toContain(exclusion);
  });

  it.each([
    'pas de tache',
    'aucune tache, aucune rayure',
    'sans déchirure',
    "il n'y a pas du tout de tache",
    "le cuir n'est pas rayé",
    'no stain at all',
    "it isn't torn",
    'not scratched, no water',
    'without any stains',
    'jamais eu de chat ni de chien',
  ])('respects the negation in "%s"', (text) => {
    expect(detectExclusions(text)).toEqual([]);
  });

  it.each([
    ['a purchase is not a cat', "j'ai fait l'achat en magasin"],
    ['a desk is not water', 'le bureau et le plateau sont beaux'],
    ['a burning smell is a danger sign', 'ça sent le brûlé près du moteur'],
    ['a hot motor is a danger sign', 'le moteur brûle et chauffe'],
    ['a burning smell in English', 'there is a burnt smell'],
    ['a leg is a structure word only', 'le pied est cassé'],
  ])('finds no exclusion: %s', (_label, text) => {
    expect(detectExclusions(text)).toEqual([]);
  });

  it('reads past a negation elsewhere in the sentence', () => {
    expect(detectExclusions("le pied n'est pas cassé, c'est une tache")).toEqual(['stain']);
    expect(detectExclusions('je ne peux pas nettoyer la tache')).toEqual(['stain']);
  });

  it('tolerates one typo in a long word and elisions', () => {
    expect(detectExclusions('une brulrue de cigarete')).toContain('burn');
    expect(detectExclusions("l'humidte a tout abîmé")).toContain('water_damage');
    expect(detectExclusions("d'eau")).toContain('water_damage');
  });

  it('lists several exclusions in a stable order', () => {
    expect(detectExclusions('le chat a griffé et il y a une tache')).toEqual([
      'stain',
      'pet_damage',
    ]);
  });

  it('refuses coverage even in time, says why and offers paid alternatives', () => {
    const verdict = assess({
      category: 'fabric',
      text: 'une tache de vin sur le tissu',
      deliveryDate: day('2024-10-01'),
    });
    expect(verdict).toMatchObject({ component: 'fabric', covered: false, exclusions: ['stain'] });
    expect(verdict.reason).toMatch(
      /^Non couvert : la garantie exclut les taches, même pendant sa durée \(/,
    );
    expect(verdict.alternatives).toEqual([
      'Devis de réparation payant par un technicien',
      'Housse ou élément de revêtement de remplacement payant',
      "Kit d'entretien et de détachage pour tissu ou cuir",
    ]);
  });

  it('refuses an excluded claim even without any date', () => {
    const verdict = assess({ category: 'cushions', text: 'le chien a déchiqueté le coussin' });
    expect(verdict.covered).toBe(false);
    expect(verdict.exclusions).toEqual(['tear', 'pet_damage']);
    expect(verdict.reason).toBe(
      'Non couvert : la garantie exclut les déchirures et les dégâts causés par des animaux, même pendant sa durée.',
    );
    expect(verdict.alternatives).toContain('Coussin ou bloc de mousse de remplacement payant');
  });

  it('mentions both the exclusion and the expiry when both apply', () => {
    const verdict = assess({
      category: 'structural',
      text: 'rayure sur le pied',
      deliveryDate: day('2018-01-01'),
    });
    expect(verdict.reason).toMatch(
      /exclut les rayures ; de plus, la garantie structure .* a pris fin/,
    );
  });

  it('offers a cleaning kit for a smell out of warranty', () => {
    const verdict = assess({
      category: 'smell',
      text: 'mauvaise odeur',
      deliveryDate: day('2020-01-01'),
    });
    expect(verdict.alternatives).toContain(
      "Kit d'entretien et de désodorisation du tissu ou du cuir",
    );
  });
});

describe('component inference', () => {
  it.each([
    ['unknown', 'le pied bouge', 'structure'],
    ['unknown', 'le cadre en bois', 'structure'],
    ['unknown', 'mon relax', 'mechanisms'],
    ['unknown', 'la télécommande', 'mechanisms'],
    ['unknown', 'le vérin', 'mechanisms'],
    ['unknown', 'une tache', 'fabric'],
    ['unknown', 'le cuir', 'fabric'],
    ['unknown', 'la mousse', 'cushions'],
    ['unknown', 'le coussin', 'cushions'],
    ['unknown', 'rien de précis', 'structure'],
    ['unknown', 'le pied et le relax', 'structure'],
    ['structural', 'le relax est cassé', 'mechanisms'],
    ['structural', 'le pied du relax est cassé', 'structure'],
    ['structural', "pas le pied, c'est le moteur", 'mechanisms'],
    ['mechanism', 'bloqué', 'mechanisms'],
    ['fabric', "le pied n'est pas cassé, c'est une tache", 'fabric'],
    ['fabric', 'tache sur le coussin', 'fabric'],
    ['cushions', 'coussin affaissé', 'cushions'],
    ['smell', 'odeur du cuir', 'fabric'],
    ['delivery', 'le pied est cassé à la livraison', 'delivery'],
    ['assembly', 'il manque une vis au pied', 'assembly'],
    ['dimensions', 'trop grand', 'dimensions'],
  ] as const)('%s + "%s" → %s', (category, text, component) => {
    expect(warrantyComponent(category, text)).toBe(component);
  });
});

describe('assessWarranty properties', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc
      .array(
        fc.constantFrom(
          'pas',
          'de',
          'tache',
          'no',
          'stain',
          "l'eau",
          'chat',
          'brûlé',
          'moteur',
          ',',
          'relax',
          'pied',
          'mousse',
          'TÂCHE',
          'n’est',
        ),
      )
      .map((words) => words.join(' ')),
  );
  const anyDate = fc.option(fc.date(), { nil: undefined });
  const anyYears = fc.option(
    fc.oneof(fc.double(), fc.integer({ min: -5, max: 200 }), fc.constant(Number.NaN)),
    { nil: undefined },
  );

  it('never throws and always gives a consistent verdict', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ProblemCategory>(...PROBLEM_CATEGORIES),
        anyText,
        anyDate,
        anyDate,
        fc.date(),
        anyYears,
        (category, text, purchaseDate, deliveryDate, now, years) => {
          const verdict = assessWarranty({
            category,
            text,
            purchaseDate,
            deliveryDate,
            now,
            productWarranty: {
              structure: years,
              mechanisms: years,
              fabric: years,
              cushions: years,
            },
          });
          expect(verdict.reason.length).toBeGreaterThan(0);
          if (verdict.expiresAt !== undefined) {
            expect(verdict.expiresAt).toMatch(/^\d{4,}-\d{2}-\d{2}$/);
          }
          if (verdict.covered) {
            expect(verdict.alternatives).toEqual([]);
            expect(verdict.exclusions).toEqual<WarrantyExclusion[]>([]);
          } else {
            expect(verdict.alternatives.length).toBeGreaterThan(0);
            expect(verdict.reason).toMatch(/^Non couvert/);
          }
        },
      ),
    );
  });

  it('never covers a later report when an earlier one was refused for lateness', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ProblemCategory>(...PROBLEM_CATEGORIES),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 400 }),
        (category, elapsed, more) => {
          const deliveryDate = day('2020-01-01');
          const at = (days: number) => new Date(deliveryDate.getTime() + days * 86_400_000);
          const earlier = assessWarranty({ category, text: '', deliveryDate, now: at(elapsed) });
          const later = assessWarranty({
            category,
            text: '',
            deliveryDate,
            now: at(elapsed + more),
          });
          expect(!earlier.covered && later.covered).toBe(false);
        },
      ),
    );
  });
});
