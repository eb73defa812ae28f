/** Every bot text in the five chat languages, and the helpers that compose them. */
import type { ChatLocale } from '../../locales';
import { ar } from './ar';
import { fill, type Catalog, type CatalogKey, type Params } from './catalog';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { it } from './it';

export type { Catalog, CatalogKey, Params };

export const CATALOGS: Readonly<Record<ChatLocale, Catalog>> = { fr, en, de, it, ar };

/** The text for a key in a language (French when the language is unknown), filled in. */
export function t(locale: ChatLocale, key: CatalogKey, params?: Params): string {
  const catalog = CATALOGS[locale] ?? CATALOGS.fr;
  return fill(catalog[key], params);
}

/** Singular or plural form of a counted text ("1 photo" / "3 photos"). */
export function tCount(
  locale: ChatLocale,
  key:
    | 'evidence.photos'
    | 'evidence.videos'
    | 'evidence.received'
    | 'evidence.infected'
    | 'evidence.unverified',
  count: number,
): string {
  return t(locale, count === 1 ? (`${key}.one` as const) : (`${key}.other` as const), { count });
}

/** "a, b et c" in the language. */
export function joinList(
  locale: ChatLocale,
  items: readonly string[],
  conjunction: 'and' | 'or' = 'and',
): string {
  if (items.length <= 1) return items.join('');
  const word = t(locale, conjunction === 'and' ? 'list.and' : 'list.or');
  return `${items.slice(0, -1).join(', ')}${word}${items[items.length - 1]}`;
}

const NUMBER_LOCALES: Readonly<Record<ChatLocale, string>> = {
  fr: 'fr-FR',
  en: 'en-GB',
  de: 'de-DE',
  it: 'it-IT',
  ar: 'ar-u-nu-latn',
};

const AMOUNT_FORMATS = new Map<string, Intl.NumberFormat>();

/** A whole amount with the language's digit grouping (1 500, 1,500, 1.500). */
export function formatAmount(locale: ChatLocale, amount: number): string {
  const tag = NUMBER_LOCALES[locale] ?? 'fr-FR';
  // Building a NumberFormat costs far more than using one: one per language, made once.
  let format = AMOUNT_FORMATS.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    AMOUNT_FORMATS.set(tag, format);
  }
  return format.format(amount);
}

/** First letter in upper case, for a label used as a quick reply. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
