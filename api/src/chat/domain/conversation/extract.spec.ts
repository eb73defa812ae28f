import {
  extractBudget,
  extractEmail,
  extractOrderNumber,
  extractOrderProof,
  extractPostcode,
  extractQuantities,
  extractRating,
  extractSeats,
  extractTicketReference,
  extractWidth,
  ORDER_NUMBER_SHAPE,
  redactContact,
} from './extract';
import { normalise } from './text';

describe('extract', () => {
  it.each([
    ['CMD-2026-004512', 'CMD-2026-004512'],
    ['ma commande cmd-2026-004512 svp', 'CMD-2026-004512'],
    ['cmd 2026 004512', 'CMD-2026-004512'],
    ['CMD2026004512', 'CMD-2026-004512'],
    ['Commande : Cmd - 2026 - 004512.', 'CMD-2026-004512'],
  ])('reads the order number in %j', (text, expected) => {
    const number = extractOrderNumber(text);
    expect(number).toBe(expected);
    expect(ORDER_NUMBER_SHAPE.test(number ?? '')).toBe(true);
  });

  it('takes a free-form order number only when it was asked for', () => {
    expect(extractOrderNumber('ORD778899')).toBeUndefined();
    expect(extractOrderNumber('c’est ord778899', true)).toBe('ORD778899');
    expect(extractOrderNumber('75011', true)).toBeUndefined();
    expect(extractOrderNumber('jean@ex4mple.fr', true)).toBeUndefined();
    expect(extractOrderNumber('mon dossier SAV-2026-000042')).toBeUndefined();
  });

  it.each([
    ['où en est mon dossier SAV-2026-000042 ?', 'SAV-2026-000042'],
    ['sav 2026 000042', 'SAV-2026-000042'],
    ['status of my claim', undefined],
  ])('reads the ticket reference in %j', (text, expected) => {
    expect(extractTicketReference(text)).toBe(expected);
  });

  it('reads e-mails and French postcodes, never from an order number, a reference or a price', () => {
    expect(extractEmail('écrivez à Jean.Dupont@Example.fr merci')).toBe('jean.dupont@example.fr');
    expect(extractPostcode('CMD-2026-004512 75011')).toBe('75011');
    expect(extractPostcode('CMD-2026-045120')).toBeUndefined();
    expect(extractPostcode('SAV-2026-000042')).toBeUndefined();
    expect(extractPostcode('moins de 12000 €')).toBeUndefined();
    expect(extractPostcode('00123')).toBeUndefined();
    expect(extractOrderProof('CMD-2026-004512 a@b.fr 75011')).toBe('a@b.fr');
    expect(extractOrderProof('CMD-2026-004512 13008')).toBe('13008');
  });

  it('removes contact details from a description', () => {
    expect(redactContact('cassé, a@b.fr et 75011')).toBe('cassé, et');
    expect(redactContact('le pied est cassé')).toBe('le pied est cassé');
  });

  it.each([
    ['moins de 1500 €', { maxPrice: 1500 }],
    ['under 800', { maxPrice: 800 }],
    ['under £900', { maxPrice: 900 }],
    ['max 1 200 euros', { maxPrice: 1200 }],
    ['budget 2000', { maxPrice: 2000 }],
    ['pas plus de 1500 €', { maxPrice: 1500 }],
    ['plus de 500 €', { minPrice: 500 }],
    ['entre 500 € et 1000 € maximum', { minPrice: 500, maxPrice: 1000 }],
    ['between €500 and €1,000', { minPrice: 500, maxPrice: 1000 }],
    ['zwischen 500 und 900 Euro', { minPrice: 500, maxPrice: 900 }],
    ['unter 900 Euro', { maxPrice: 900 }],
    ['meno di 700 euro', { maxPrice: 700 }],
    ['1,5k max', { maxPrice: 1500 }],
    ['max 1,5k', { maxPrice: 1500 }],
    ['1200 €', { maxPrice: 1200 }],
    ['3 places', {}],
    ['pas plus de 180 de large', {}],
  ])('reads the budget in %j', (text, expected) => {
    expect(extractBudget(normalise(text))).toEqual(expected);
  });

  it.each([
    ['2m20', 220],
    ['220 cm', 220],
    ['pas plus de 180 de large', 180],
    ['2,5 m', 250],
    ['largeur max 200', 200],
    ['1.8 de large', 180],
    ['3 places', undefined],
  ])('reads the width in %j', (text, expected) => {
    expect(extractWidth(normalise(text)).widthCm).toBe(expected);
  });

  it.each([
    ['3 places', 3],
    ['4-seater', 4],
    ['trois places', 3],
    ['3-Sitzer', 3],
    ['divano 2 posti', 2],
    ['كنبة 3 مقاعد', 3],
    ['٣ مقاعد', 3],
    ['un canapé', undefined],
    ['99 places', undefined],
  ])('reads the seats in %j', (text, expected) => {
    expect(extractSeats(normalise(text))).toBe(expected);
  });

  it('reads several quantities at once', () => {
    expect(extractQuantities('canapé 3 places, 2m20 max, moins de 1500 €')).toEqual({
      seats: 3,
      maxWidthCm: 220,
      maxPrice: 1500,
    });
  });

  it.each([
    ['4', 4],
    ['5/5', 5],
    ['3 étoiles', 3],
    ['⭐⭐', 2],
    ['6', undefined],
    ['4 places', undefined],
  ])('reads the rating in %j', (text, expected) => {
    expect(extractRating(text)).toBe(expected);
  });
});
