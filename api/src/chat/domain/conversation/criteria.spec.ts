import { extractCriteria, hasCriteria, mergeCriteria, relaxCriteria } from './criteria';
import type { ShoppingCriteria } from './types';

describe('criteria', () => {
  it.each<[string, ReturnType<typeof extractCriteria>]>([
    [
      'Je cherche un canapé 3 places gris pas plus de 220 cm de large à moins de 1500 €',
      { category: 'sofa', seats: 3, colors: ['gris'], maxWidthCm: 220, maxPrice: 1500 },
    ],
    [
      'un canapé-lit scandinave pour une famille avec enfants',
      {
        category: 'sofa',
        options: ['convertible'],
        style: 'scandinave',
        usage: ['famille', 'enfants'],
      },
    ],
    ['lit avec coffre en chêne', { category: 'bed', options: ['storage'], material: 'chêne' }],
    [
      'fauteuil relax électrique en cuir',
      { category: 'armchair', options: ['relax'], material: 'cuir' },
    ],
    ['je ne veux pas de cuir', { excludedMaterials: ['cuir'] }],
    [
      'a 4-seater leather sofa under 800, we have pets',
      { category: 'sofa', seats: 4, material: 'cuir', maxPrice: 800, usage: ['animaux'] },
    ],
    [
      'a grey bookshelf for a small space, 2m20 max',
      { category: 'bookcase', colors: ['gris'], usage: ['petit espace'], maxWidthCm: 220 },
    ],
    [
      'Ich suche ein graues Schlafsofa unter 900 Euro',
      { category: 'sofa', options: ['convertible'], colors: ['gris'], maxPrice: 900 },
    ],
    [
      'Cerco un divano letto blu per un monolocale, massimo 1000 euro',
      {
        category: 'sofa',
        options: ['convertible'],
        colors: ['bleu'],
        usage: ['petit espace'],
        maxPrice: 1000,
      },
    ],
    ['أبحث عن كنبة رمادية', { category: 'sofa', colors: ['gris'] }],
    ['moins cher', { cheaper: true }],
    ['un meuble TV industriel', { category: 'tv_unit', style: 'industriel' }],
  ])('reads %j', (text, expected) => {
    expect(extractCriteria(text)).toEqual(expected);
  });

  it('tells whether a message says anything about the product', () => {
    expect(hasCriteria(extractCriteria('bonjour'))).toBe(false);
    expect(hasCriteria(extractCriteria('plutôt en gris'))).toBe(true);
    expect(hasCriteria(extractCriteria('je ne veux pas de noir'))).toBe(true);
  });

  it('merges across turns: colour replaced, usages added, a new category resets its specifics', () => {
    let c: ShoppingCriteria = {};
    c = mergeCriteria(c, extractCriteria('un canapé 3 places en cuir noir pour la famille'));
    expect(c).toEqual({
      category: 'sofa',
      seats: 3,
      material: 'cuir',
      colors: ['noir'],
      usage: ['famille'],
    });
    c = mergeCriteria(c, extractCriteria('plutôt en gris, on a un chien'));
    expect(c).toEqual({
      category: 'sofa',
      seats: 3,
      material: 'cuir',
      colors: ['gris'],
      usage: ['famille', 'animaux'],
    });
    c = mergeCriteria(c, extractCriteria('et un fauteuil ?'));
    expect(c).toEqual({ category: 'armchair', colors: ['gris'], usage: ['famille', 'animaux'] });
  });

  it('merges in English', () => {
    let c = mergeCriteria({}, extractCriteria('I need a sofa bed under 1000'));
    c = mergeCriteria(c, extractCriteria('in blue please'));
    expect(c).toEqual({
      category: 'sofa',
      options: ['convertible'],
      maxPrice: 1000,
      colors: ['bleu'],
    });
  });

  it('goes cheaper than the cards shown, else 20 % under the budget', () => {
    expect(mergeCriteria({ category: 'sofa' }, { cheaper: true }, [990, 1290]).maxPrice).toBe(989);
    expect(mergeCriteria({ category: 'sofa', maxPrice: 1000 }, { cheaper: true }).maxPrice).toBe(
      800,
    );
    expect(mergeCriteria({ category: 'sofa' }, { cheaper: true })).toEqual({ category: 'sofa' });
  });

  it('drops a colour the customer rules out', () => {
    expect(
      mergeCriteria({ category: 'sofa', colors: ['noir', 'gris'] }, extractCriteria('pas de noir')),
    ).toEqual({ category: 'sofa', colors: ['gris'] });
  });

  it('relaxes the least important criterion, never the budget', () => {
    expect(relaxCriteria({ category: 'sofa', colors: ['gris'], maxPrice: 900 })).toEqual({
      criteria: { category: 'sofa', maxPrice: 900 },
      dropped: 'colors',
    });
    expect(relaxCriteria({ category: 'sofa', seats: 3, maxWidthCm: 200 })?.dropped).toBe('seats');
    expect(relaxCriteria({ category: 'sofa', maxPrice: 900 })).toBeUndefined();
  });
});
