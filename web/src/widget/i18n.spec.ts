import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, resolveLocale, translator } from './i18n';

describe('widget message catalogs', () => {
  const reference = Object.keys(CATALOGS.fr).sort();

  it.each(LOCALES)('%s has exactly the keys of the French catalog', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(reference);
  });

  it.each(LOCALES)('%s has no empty message and keeps every placeholder', (locale) => {
    for (const key of reference) {
      const text = CATALOGS[locale][key as keyof (typeof CATALOGS)['fr']];
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(text), `${locale} ${key}`).toEqual(
        placeholders(CATALOGS.fr[key as keyof (typeof CATALOGS)['fr']]),
      );
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('product.delivery', { days: 12 })).toBe('Delivered within 12 days');
    expect(t('product.delivery')).toBe('Delivered within {days} days');
  });
});

describe('resolveLocale', () => {
  function docWithLang(lang: string | null): Document {
    const doc = document.implementation.createHTMLDocument('x');
    if (lang === null) doc.documentElement.removeAttribute('lang');
    else doc.documentElement.setAttribute('lang', lang);
    return doc;
  }

  it('prefers the locale attribute', () => {
    expect(resolveLocale('de', docWithLang('it'))).toBe('de');
  });

  it("falls back to the page's <html lang>, region stripped", () => {
    expect(resolveLocale(null, docWithLang('it-CH'))).toBe('it');
    expect(resolveLocale('xx', docWithLang('ar'))).toBe('ar');
  });

  it('falls back to French when nothing usable is given', () => {
    expect(resolveLocale(undefined, docWithLang('es'))).toBe('fr');
    expect(resolveLocale(undefined, docWithLang(null))).toBe('fr');
  });
});
