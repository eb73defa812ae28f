import { greetingFor } from './greeting';
import { CHAT_LOCALES } from './locales';
import { CHAT_MESSAGES } from './messages';

describe('greetingFor', () => {
  const site = { fr: 'Bienvenue sur la boutique !', en: 'Welcome to the shop!' };

  it("uses the site's greeting in the customer's language", () => {
    expect(greetingFor(site, 'en')).toBe('Welcome to the shop!');
    expect(greetingFor(site, 'fr')).toBe('Bienvenue sur la boutique !');
  });

  it("falls back to the site's French greeting when it has none in that language", () => {
    expect(greetingFor(site, 'de')).toBe('Bienvenue sur la boutique !');
    expect(greetingFor(site, 'ar')).toBe('Bienvenue sur la boutique !');
  });

  it('treats a blank site greeting as missing', () => {
    expect(greetingFor({ fr: 'Salut', en: '   ' }, 'en')).toBe('Salut');
  });

  it("falls back to the catalog's greeting in that language when the site has no French one", () => {
    expect(greetingFor({ en: 'Hi' }, 'it')).toBe(CHAT_MESSAGES.it.greeting);
    expect(greetingFor({}, 'fr')).toBe(CHAT_MESSAGES.fr.greeting);
  });

  it('ends at the French catalog greeting for a locale the catalog does not know', () => {
    expect(greetingFor({}, 'es' as never)).toBe(CHAT_MESSAGES.fr.greeting);
  });

  it('has a non-empty catalog greeting in every chat language', () => {
    for (const locale of CHAT_LOCALES) {
      expect(CHAT_MESSAGES[locale].greeting.trim().length).toBeGreaterThan(10);
      expect(greetingFor({}, locale)).toBe(CHAT_MESSAGES[locale].greeting);
    }
  });
});
