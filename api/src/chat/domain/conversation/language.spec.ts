import { detectLanguage, replyLanguage, requestedLanguage } from './language';
import type { ChatLocale } from './types';

describe('language', () => {
  it.each<[string, ChatLocale, ChatLocale]>([
    ['Bonjour, je cherche un canapé pour mon salon', 'en', 'fr'],
    ['Hello, I want a sofa for my living room', 'fr', 'en'],
    ['Guten Tag, ich suche ein Sofa für mein Wohnzimmer', 'fr', 'de'],
    ['Buongiorno, cerco un divano per il soggiorno', 'fr', 'it'],
    ['مرحبا، أبحث عن كنبة', 'fr', 'ar'],
    ['ok', 'de', 'de'],
    ['CMD-2026-004512', 'it', 'it'],
    ['jean@example.fr', 'en', 'en'],
    ['1500', 'ar', 'ar'],
    ['merci', 'en', 'en'],
  ])('%j (current %s) → %s', (text, current, expected) => {
    expect(detectLanguage(text, current)).toBe(expected);
  });

  it.each<[string, ChatLocale | undefined]>([
    ['in English please', 'en'],
    ['auf Deutsch bitte', 'de'],
    ['parlez français', 'fr'],
    ['in italiano', 'it'],
    ['بالعربية من فضلك', 'ar'],
    ['English', 'en'],
    ['Deutsch', 'de'],
    ['je cherche un canapé de style anglais moderne très joli', undefined],
  ])('%j asks for %s', (text, expected) => {
    expect(requestedLanguage(text)).toBe(expected);
  });

  it('prefers an explicit request over detection', () => {
    expect(replyLanguage('Bonjour, in English please', 'fr')).toEqual({
      locale: 'en',
      switchRequested: true,
    });
    expect(replyLanguage('ok', 'it')).toEqual({ locale: 'it', switchRequested: false });
  });
});
