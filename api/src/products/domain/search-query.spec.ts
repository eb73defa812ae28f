import fc from 'fast-check';
import { fold, parseProductQuery } from './search-query';

describe('parseProductQuery', () => {
  it('reads category, material, colour and budget from a shopper sentence', () => {
    expect(parseProductQuery('canape cuir noir moins de 1500')).toEqual({
      category: 'sofa',
      maxPrice: 1500,
      colors: ['noir'],
      materials: ['cuir'],
      terms: [],
    });
  });

  it.each([
    ['Canapés en CUIR noirs < 1 500 €', { category: 'sofa', maxPrice: 1500, colors: ['noir'] }],
    ['canapé à moins de 1499,90 euros', { category: 'sofa', maxPrice: 1499.9 }],
    ['fauteuil relax jusqu’à 800 €', { category: 'armchair', maxPrice: 800, terms: ['relax'] }],
    [
      'table chêne entre 300 et 700 euros',
      { category: 'table', minPrice: 300, maxPrice: 700, materials: ['chêne'] },
    ],
    [
      'black leather sofa under 2000',
      { category: 'sofa', maxPrice: 2000, colors: ['noir'], materials: ['cuir'] },
    ],
    ['lit coffre 1200€ max', { category: 'bed', maxPrice: 1200, terms: ['coffre'] }],
    ['armoire plus de 500', { category: 'wardrobe', minPrice: 500 }],
    [
      'canapé convertible moins de 210 cm',
      { category: 'sofa', maxWidthCm: 210, terms: ['convertible'] },
    ],
  ])('%s', (text, expected) => {
    expect(parseProductQuery(text)).toMatchObject(expected);
  });

  it('keeps unknown words for full-text search, without stop words', () => {
    expect(parseProductQuery('je cherche un canapé scandinave pour le salon').terms).toEqual([
      'scandinave',
      'salon',
    ]);
  });

  it('folds accents, case and elisions', () => {
    expect(fold("L'ÉTAGÈRE d’angle")).toBe(' etagere d angle');
  });

  it('never throws and never returns a negative or absurd budget', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const q = parseProductQuery(text);
        for (const v of [q.minPrice, q.maxPrice, q.maxWidthCm]) {
          if (v !== undefined) expect(v >= 0 && v < 1_000_000).toBe(true);
        }
      }),
    );
  });
});
