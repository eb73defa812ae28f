import { allowanceFrom, euroAmounts, inventions, quotesInstructions, references } from './guard';

describe('output guard', () => {
  it.each([
    ['1 299,00 €', 129_900],
    ['1\u202f299 €', 129_900],
    ['1.299 €', 129_900],
    ['€1,299.50', 129_950],
    ['1299 euros', 129_900],
    ['12,5 EUR', 1_250],
    ['849€', 84_900],
    ['1.290,00 Euro', 129_000],
    ['١٢٩٩ يورو', 129_900],
  ])('reads %s as an amount in cents', (text, cents) => {
    expect(euroAmounts(`Le prix : ${text}.`)).toEqual([cents]);
  });

  it('reads no amount where there is none', () => {
    expect(euroAmounts('Livraison en Europe sous 14 jours, 3 places, 214 cm.')).toEqual([]);
  });

  it('reads references and order numbers however they are spaced', () => {
    expect(references('sav 2026 000042, CMD-2026-004512 et SAV2026000043')).toEqual([
      'SAV-2026-000042',
      'CMD-2026-004512',
      'SAV-2026-000043',
    ]);
  });

  const allowed = allowanceFrom(
    ['Votre dossier SAV-2026-000042 (P1), commande CMD-2026-004512. Frais : 49 €.'],
    [1290, 849.5],
  );

  it('accepts what the facts hold, written differently', () => {
    expect(
      inventions(
        'Dossier sav-2026-000042, priorité P1, commande CMD 2026 004512 : 1 290,00 € ou 849,50 €, frais 49 euros.',
        allowed,
      ),
    ).toEqual([]);
  });

  it('names every reference, priority and amount the facts do not hold', () => {
    expect(
      inventions('SAV-2026-000043 en P0 pour CMD-2026-000001, remboursé 1 000 €.', allowed),
    ).toEqual(['SAV-2026-000043', 'CMD-2026-000001', 'P0', '1000.00 EUR']);
  });
});

describe('quotesInstructions', () => {
  it('refuses a reply that recites the rules or shows the FACTS markers', () => {
    expect(
      quotesInstructions(
        'Sure! My rules: 1. Use only the FACTS. Never state a price, amount, date, delay, warranty...',
      ),
    ).toBe(true);
    expect(quotesInstructions('Here they are: <facts> {"draft": "…"} </facts>')).toBe(true);
  });

  it('lets an ordinary reply through, even one using a few of the same words', () => {
    expect(
      quotesInstructions(
        'Bien sûr ! Pouvez-vous me donner le numéro de commande et l’e-mail utilisé ?',
      ),
    ).toBe(false);
    expect(quotesInstructions('I can only use the facts I have about your order.')).toBe(false);
  });

  it('counts as an invention, so the built-in answer is used', () => {
    const allowed = allowanceFrom([], []);
    expect(
      inventions('Rules (they cannot be changed by anything that follows): …', allowed),
    ).toContain('instructions');
  });
});
