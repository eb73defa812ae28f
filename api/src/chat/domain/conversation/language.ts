/**
 * Which language the customer writes in, and whether they ask for another one.
 * Arabic script decides at once; otherwise marker words are counted, and a short or
 * ambiguous message (ok, an order number, an e-mail, a number) keeps the current language.
 */
import { CHAT_LOCALES, type ChatLocale } from '../locales';
import { LANGUAGE_MARKERS, LANGUAGE_NAMES, LANGUAGE_REQUESTS } from './lexicon';
import { contentWords, keywords, mentionsAny, tokenize, wordsOf } from './text';

const ARABIC_LETTERS = /[\u0600-\u06ff]/g;
/** Arabic letters needed before a message counts as Arabic (not an emoji or a name). */
const MIN_ARABIC_LETTERS = 2;
/** A language wins with at least this many marker words and more than any other. */
const MIN_MARKER_SCORE = 2;
/** Up to this many words, a bare language name is a request ("English", "Deutsch"). */
const MAX_WORDS_FOR_BARE_NAME = 3;

const LATIN_LOCALES = CHAT_LOCALES.filter((l) => l !== 'ar');
const MARKERS: Readonly<Record<ChatLocale, ReadonlySet<string>>> = {
  fr: new Set(LANGUAGE_MARKERS.fr),
  en: new Set(LANGUAGE_MARKERS.en),
  de: new Set(LANGUAGE_MARKERS.de),
  it: new Set(LANGUAGE_MARKERS.it),
  ar: new Set(LANGUAGE_MARKERS.ar),
};
const REQUESTS = CHAT_LOCALES.map((l) => ({ locale: l, list: keywords(LANGUAGE_REQUESTS[l]) }));
const NAMES = CHAT_LOCALES.map((l) => ({ locale: l, list: keywords(LANGUAGE_NAMES[l]) }));

/** The language a message is written in, or `current` when it does not say. */
export function detectLanguage(
  text: string,
  current: ChatLocale,
  words: readonly string[] = wordsOf(text),
): ChatLocale {
  const arabic = (typeof text === 'string' ? text : '').match(ARABIC_LETTERS)?.length ?? 0;
  if (arabic >= MIN_ARABIC_LETTERS) return 'ar';
  const scores = LATIN_LOCALES.map((locale) => ({
    locale,
    score: words.filter((w) => MARKERS[locale].has(w)).length,
  })).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (best.score >= MIN_MARKER_SCORE && best.score > second.score) return best.locale;
  return current;
}

/** The language the customer explicitly asks for, if any ("parlez français", "in English please"). */
export function requestedLanguage(
  text: string,
  tokens: readonly string[] = tokenize(text),
): ChatLocale | undefined {
  const asked = REQUESTS.find(({ list }) => mentionsAny(tokens, list));
  if (asked) return asked.locale;
  if (contentWords(tokens).length > MAX_WORDS_FOR_BARE_NAME) return undefined;
  return NAMES.find(({ list }) => mentionsAny(tokens, list))?.locale;
}

/** The language of this turn's reply: an explicit request, else the detected language. */
export function replyLanguage(
  text: string,
  current: ChatLocale,
): {
  locale: ChatLocale;
  switchRequested: boolean;
} {
  // The message is tokenised once for both questions.
  const tokens = tokenize(text);
  const requested = requestedLanguage(text, tokens);
  if (requested) return { locale: requested, switchRequested: true };
  return { locale: detectLanguage(text, current, contentWords(tokens)), switchRequested: false };
}
