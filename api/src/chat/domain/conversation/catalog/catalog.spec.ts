import { CHAT_LOCALES } from '../../locales';
import { fill } from './catalog';
import { CATALOGS, capitalise, formatAmount, joinList, t, tCount } from './index';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const frenchKeys = Object.keys(CATALOGS.fr).sort();

  it.each(CHAT_LOCALES)('%s has exactly the keys of the French catalog', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(frenchKeys);
  });

  it.each(CHAT_LOCALES)('%s fills the same placeholders and has no empty text', (locale) => {
    for (const key of frenchKeys as (keyof typeof CATALOGS.fr)[]) {
      const text = CATALOGS[locale][key];
      expect({ key, empty: text.trim().length === 0 }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(CATALOGS.fr[key]),
      });
    }
  });

  it.each(CHAT_LOCALES)('%s gives as many evidence shots per category as French', (locale) => {
    for (const key of frenchKeys.filter((k) =>
      k.startsWith('shots.'),
    ) as (keyof typeof CATALOGS.fr)[]) {
      expect(CATALOGS[locale][key].split('\n')).toHaveLength(CATALOGS.fr[key].split('\n').length);
    }
  });

  it('Arabic texts are written in Arabic script', () => {
    for (const text of Object.values(CATALOGS.ar)) {
      if (/^[\d{}\s\w.,:;()…/-]*$/.test(text)) continue;
      expect(text).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('a {x} b {y}', { x: 1 })).toBe('a 1 b {y}');
    expect(t('fr', 'ticket.opened', { reference: 'SAV-2026-000001' })).toBe(
      'Votre dossier SAV-2026-000001 est enregistré.',
    );
    expect(t('xx' as never, 'menu.find')).toBe(CATALOGS.fr['menu.find']);
  });

  it('counts, lists, amounts and capitals in the language', () => {
    expect(tCount('fr', 'evidence.photos', 1)).toBe('1 photo');
    expect(tCount('fr', 'evidence.photos', 3)).toBe('3 photos');
    expect(joinList('fr', ['a', 'b', 'c'])).toBe('a, b et c');
    expect(joinList('en', ['a', 'b'], 'or')).toBe('a or b');
    expect(joinList('de', ['a'])).toBe('a');
    expect(formatAmount('en', 1500)).toBe('1,500');
    expect(formatAmount('de', 1500)).toBe('1.500');
    expect(formatAmount('ar', 1500)).toMatch(/^1.?500$/);
    expect(capitalise('canapé')).toBe('Canapé');
  });
});
