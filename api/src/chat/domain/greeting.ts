import { type ChatLocale, DEFAULT_CHAT_LOCALE } from './locales';
import { CHAT_MESSAGES } from './messages';

/** A site's own greeting per language; any of them may be missing. */
export type SiteGreeting = Partial<Record<ChatLocale, string>>;

/**
 * The first words of a conversation: the site's greeting in the customer's
 * language, else the site's French one (its voice matters more than the
 * language), else the catalog's greeting in that language, else in French.
 */
export function greetingFor(site: SiteGreeting, locale: ChatLocale): string {
  const own = (l: ChatLocale) => {
    const text = site[l]?.trim();
    return text ? text : undefined;
  };
  return (
    own(locale) ??
    own(DEFAULT_CHAT_LOCALE) ??
    CHAT_MESSAGES[locale]?.greeting ??
    CHAT_MESSAGES[DEFAULT_CHAT_LOCALE].greeting
  );
}
