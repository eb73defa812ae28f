/**
 * How the conversation engine reads a customer message: one normalisation
 * (case, accents, apostrophes, Arabic letter variants, Arabic-Indic digits)
 * and one matcher for keyword lists (plurals, one-letter typos in long words,
 * expressions of several words, simple negation). Pure and total.
 */
import { distance } from 'fastest-levenshtein';
import { foldAccents } from '../../../common/text/fold';

/** Only the beginning of a message is read: it bounds the cost of any input. */
export const MAX_READ_CHARS = 2000;
/** A clause boundary in the token stream; a negation never reaches past it. */
const BREAK = '|';
/** One-letter typos are forgiven only in long words: short ones have too many real neighbours. */
const MIN_FUZZY_LENGTH = 6;
/** How many words before a keyword a negation word may stand ("je ne veux pas de cuir"). */
const NEGATION_REACH = 3;

const ARABIC_LETTER = /[\u0600-\u06ff]/;

export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'pas',
  'ne',
  'n',
  'sans',
  'aucun',
  'aucune',
  'jamais',
  'ni',
  'no',
  'not',
  'don',
  'doesn',
  'didn',
  'isn',
  'aren',
  'without',
  'never',
  'kein',
  'keine',
  'keinen',
  'nicht',
  'ohne',
  'non',
  'senza',
  'nessun',
  'nessuna',
  'لا',
  'ليس',
  'بدون',
  'غير',
]);

const CLAUSE_WORDS: ReadonlySet<string> = new Set(['mais', 'but', 'aber', 'ma', 'però', 'لكن']);

/** Lower case, no accents, Arabic letter variants unified, digits in ASCII. */
export function normalise(text: string): string {
  return foldAccents((typeof text === 'string' ? text : '').slice(0, MAX_READ_CHARS))
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ـ/g, '');
}

/** Words of a message, with clause boundaries (punctuation, "mais", "but"…) kept as breaks. */
export function tokenize(text: string): string[] {
  const spaced = normalise(text)
    .replace(/[’'`´]/g, ' ')
    .replace(/[.,;:!?¿¡؟،؛()[\]{}"«»\n\r\t]+/g, ` ${BREAK} `)
    .replace(/[^\p{L}\p{N}|]+/gu, ' ');
  return spaced
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => (CLAUSE_WORDS.has(w) ? BREAK : w));
}

/** The content words only (no clause breaks). */
export function wordsOf(text: string): string[] {
  return contentWords(tokenize(text));
}

/** The content words of an already tokenised message. */
export function contentWords(tokens: readonly string[]): string[] {
  return tokens.filter((w) => w !== BREAK);
}

const isArabic = (word: string): boolean => ARABIC_LETTER.test(word);
const endsWithVowel = (word: string): boolean => /[aeiou]$/.test(word);

/** Plural and inflection endings a keyword may take (canapé/canapés, Tisch/Tische, divano/divani). */
const ENDINGS = ['s', 'x', 'e', 'es', 'en', 'n'];

/**
 * One word against one keyword word. A trailing "*" in the keyword means "starts with";
 * Arabic keywords match inside a word, which carries its article and prefixes (الكنبة, وكنبة).
 */
export function wordMatches(word: string, keyword: string): boolean {
  if (keyword.endsWith('*')) return word.startsWith(keyword.slice(0, -1));
  if (word === keyword) return true;
  if (isArabic(keyword)) return keyword.length >= 3 && word.includes(keyword);
  if (ENDINGS.some((ending) => word === keyword + ending)) return true;
  if (
    keyword.length >= 5 &&
    word.length === keyword.length &&
    endsWithVowel(word) &&
    endsWithVowel(keyword) &&
    word.slice(0, -1) === keyword.slice(0, -1)
  ) {
    return true;
  }
  return (
    keyword.length >= MIN_FUZZY_LENGTH &&
    Math.abs(word.length - keyword.length) <= 1 &&
    distance(word, keyword) <= 1
  );
}

/** A keyword list entry, prepared once: its words, and whether it carries its own negation. */
export interface Keyword {
  readonly text: string;
  readonly words: readonly string[];
  readonly selfNegated: boolean;
}

export function keyword(text: string): Keyword {
  const words = wordsOf(text.replace(/\*/g, 'STAR')).map((w) => w.replace(/star$/, '*'));
  return { text, words, selfNegated: words.some((w) => NEGATION_WORDS.has(w)) };
}

export function keywords(list: readonly string[]): Keyword[] {
  return list.map(keyword).filter((k) => k.words.length > 0);
}

export interface KeywordHit {
  keyword: Keyword;
  /** Index of the first word in the token stream. */
  index: number;
  negated: boolean;
}

/** A negation word shortly before, in the same clause, and not part of the keyword itself. */
function negatedAt(tokens: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - NEGATION_REACH; i -= 1) {
    if (tokens[i] === BREAK) return false;
    if (NEGATION_WORDS.has(tokens[i])) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Matching every keyword against every token costs too much on a chat's event loop, so each
// keyword word is indexed once under the keys a matching token can reach (itself, its stem
// without a final vowel, its one-letter deletions), and a token only meets the candidates its
// own keys find. `wordMatches` still decides each candidate: the index only narrows the search.

/** Every keyword word seen in a list, indexed under the keys a matching token looks up. */
const wordsByKey = new Map<string, string[]>();
const registeredWords = new Set<string>();
/** Keyword words ending in "*", with their prefix: few enough to try one by one. */
const prefixWords: { word: string; prefix: string }[] = [];
/** Arabic keyword words long enough to be found inside a word. */
const infixWords: string[] = [];
/** The longest word indexed for typos: a token longer by two letters or more is no typo of any. */
let longestFuzzyWord = 0;
/** Bumped whenever a word is added, so that earlier token readings are read again. */
let indexVersion = 0;

/** One-letter deletions of a word: two words one edit apart share one of them (or each other). */
function deletionsOf(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i += 1) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

function indexUnder(key: string, word: string): void {
  const words = wordsByKey.get(key);
  if (!words) wordsByKey.set(key, [word]);
  else if (!words.includes(word)) words.push(word);
}

function registerWord(word: string): void {
  if (registeredWords.has(word)) return;
  registeredWords.add(word);
  indexVersion += 1;
  if (word.endsWith('*')) {
    prefixWords.push({ word, prefix: word.slice(0, -1) });
    return;
  }
  indexUnder(word, word);
  if (isArabic(word)) {
    if (word.length >= 3) infixWords.push(word);
    return;
  }
  if (word.length >= 5 && endsWithVowel(word)) indexUnder(word.slice(0, -1), word);
  if (word.length >= MIN_FUZZY_LENGTH) {
    longestFuzzyWord = Math.max(longestFuzzyWord, word.length);
    for (const variant of deletionsOf(word)) indexUnder(variant, word);
  }
}

/** The keyword words (of every list seen so far) one token matches. */
function wordsMatchedBy(token: string): ReadonlySet<string> {
  const candidates = new Set<string>();
  const lookUp = (key: string): void => {
    const words = wordsByKey.get(key);
    if (words) for (const word of words) candidates.add(word);
  };
  // Itself, itself without a plural ending or a final vowel, and, when its length allows a
  // one-letter typo of a keyword, its deletions (a 2000-letter token is not worth them).
  lookUp(token);
  lookUp(token.slice(0, -1));
  lookUp(token.slice(0, -2));
  if (token.length >= MIN_FUZZY_LENGTH - 1 && token.length <= longestFuzzyWord + 1) {
    for (const variant of deletionsOf(token)) lookUp(variant);
  }
  if (isArabic(token)) for (const word of infixWords) candidates.add(word);
  const matched = new Set<string>();
  for (const word of candidates) if (wordMatches(token, word)) matched.add(word);
  // What wordMatches decides for a word ending in "*".
  for (const { word, prefix } of prefixWords) if (token.startsWith(prefix)) matched.add(word);
  return matched;
}

/** Tokens come back turn after turn ("je", "canape"): what they match is kept, within bounds. */
const MAX_CACHED_TOKENS = 5000;
const MAX_CACHED_TOKEN_LENGTH = 40;
const matchedByToken = new Map<string, ReadonlySet<string>>();
let cachedVersion = 0;

function cachedWordsMatchedBy(token: string): ReadonlySet<string> {
  if (cachedVersion !== indexVersion || matchedByToken.size >= MAX_CACHED_TOKENS) {
    matchedByToken.clear();
    cachedVersion = indexVersion;
  }
  const known = matchedByToken.get(token);
  if (known) return known;
  const words = wordsMatchedBy(token);
  if (token.length <= MAX_CACHED_TOKEN_LENGTH) matchedByToken.set(token, words);
  return words;
}

const NO_WORDS: ReadonlySet<string> = new Set();

interface TokenReading {
  readonly version: number;
  readonly tokens: readonly string[];
  readonly matched: readonly ReadonlySet<string>[];
}

/** The words each token matches, kept with the token array: a turn reads its tokens once. */
const tokenReadings = new WeakMap<readonly string[], TokenReading>();

const sameTokens = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((token, i) => token === b[i]);

function readTokens(tokens: readonly string[]): readonly ReadonlySet<string>[] {
  const known = tokenReadings.get(tokens);
  if (known && known.version === indexVersion && sameTokens(known.tokens, tokens)) {
    return known.matched;
  }
  const matched = tokens.map((token) => (token === BREAK ? NO_WORDS : cachedWordsMatchedBy(token)));
  tokenReadings.set(tokens, { version: indexVersion, tokens: [...tokens], matched });
  return matched;
}

/** A keyword list, indexed by its first word (positions kept, so hits keep the list's order). */
interface ListIndex {
  readonly length: number;
  readonly byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** Entries without any word: they occur everywhere. */
  readonly wordless: readonly number[];
}

const listIndexes = new WeakMap<readonly Keyword[], ListIndex>();

function indexOfList(list: readonly Keyword[]): ListIndex {
  const known = listIndexes.get(list);
  if (known && known.length === list.length) return known;
  const byFirstWord = new Map<string, number[]>();
  const wordless: number[] = [];
  list.forEach((kw, position) => {
    kw.words.forEach(registerWord);
    if (kw.words.length === 0) {
      wordless.push(position);
      return;
    }
    const positions = byFirstWord.get(kw.words[0]);
    if (positions) positions.push(position);
    else byFirstWord.set(kw.words[0], [position]);
  });
  const index = { length: list.length, byFirstWord, wordless };
  listIndexes.set(list, index);
  return index;
}

/**
 * Calls `onHit` for every place a keyword of the list occurs, first position first and, at one
 * position, in the list's order; stops as soon as `onHit` returns true.
 */
function scanKeywords(
  tokens: readonly string[],
  list: readonly Keyword[],
  onHit: (hit: KeywordHit) => boolean,
): void {
  const index = indexOfList(list);
  const matched = readTokens(tokens);
  for (let at = 0; at < tokens.length; at += 1) {
    let positions: readonly number[] = index.wordless;
    let merged = false;
    for (const word of matched[at]) {
      const found = index.byFirstWord.get(word);
      if (!found) continue;
      merged = positions.length > 0;
      positions = merged ? positions.concat(found) : found;
    }
    if (positions.length === 0) continue;
    // Several first words matched here: the hits still come in the list's order.
    if (merged) positions = [...positions].sort((a, b) => a - b);
    for (const position of positions) {
      const kw = list[position];
      if (!restMatches(tokens, matched, at, kw)) continue;
      const hit = { keyword: kw, index: at, negated: !kw.selfNegated && negatedAt(tokens, at) };
      if (onHit(hit)) return;
    }
  }
}

/** The keyword's words after its first one, on the tokens that follow (the first one matched). */
function restMatches(
  tokens: readonly string[],
  matched: readonly ReadonlySet<string>[],
  at: number,
  kw: Keyword,
): boolean {
  if (at + kw.words.length > tokens.length) return false;
  for (let offset = 1; offset < kw.words.length; offset += 1) {
    const token = tokens[at + offset];
    if (token === BREAK || !matched[at + offset].has(kw.words[offset])) return false;
  }
  return true;
}

/** Every place a keyword of the list occurs in the tokens, first position first. */
export function findKeywords(tokens: readonly string[], list: readonly Keyword[]): KeywordHit[] {
  const hits: KeywordHit[] = [];
  scanKeywords(tokens, list, (hit) => {
    hits.push(hit);
    return false;
  });
  return hits;
}

/** A keyword of the list occurs and is not negated. */
export function mentions(tokens: readonly string[], list: readonly Keyword[]): boolean {
  let found = false;
  scanKeywords(tokens, list, (hit) => (found = !hit.negated));
  return found;
}

/** A keyword of the list occurs, negated or not. */
export function mentionsAny(tokens: readonly string[], list: readonly Keyword[]): boolean {
  let found = false;
  scanKeywords(tokens, list, () => (found = true));
  return found;
}
