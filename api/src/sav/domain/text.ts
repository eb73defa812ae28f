/**
 * Text normalisation and vocabulary matching for customer messages.
 *
 * One general pipeline rather than ad-hoc regexes:
 *   1. `analyseText` caps the text, splits it into a token stream (words, clause and sentence
 *      boundaries), splits elisions (l'accoudoir → l' + accoudoir, doesn't → does + not),
 *      folds case, accents and ligatures, and flags negation words, fillers and boundaries;
 *   2. `buildLexicon` indexes vocabulary terms (words or multi-word expressions) by stems
 *      (Snowball FR/EN/DE/IT/AR) so plurals and inflections match;
 *   3. `findMatches` walks the stream: longest expression first (expressions may skip filler
 *      words and may contain a negation slot, e.g. "ne passe pas"), then single words, then
 *      one-edit typos in long words (never a dictionary word); a negation word applies to the
 *      next content word ("pas cassé", "aucune fissure", "pas de problème avec la livraison"),
 *      along lists ("ni … ni"), never past a clause boundary; matches there are `negated`.
 *   4. German and Italian terms are matched only when the text shows those languages (their
 *      stems collide with French and English words otherwise).
 *
 * Pure and total: any string is accepted, only the first MAX_ANALYSED_CHARS are read.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { BoundedMemo } from './bounded-memo';
import {
  CLAUSE_WORDS,
  DICTIONARY_NEAR_MISSES,
  ELIDED_PREFIXES,
  ENGLISH_SUFFIX_CLITICS,
  FILLER_WORDS,
  FUZZY_PROTECTED,
  ITALIAN_IS,
  LANGUAGE_MARKERS,
  NE_WORDS,
  NEGATION_AFTER_NE,
  NEGATION_BEFORE_NE,
  NEGATION_LIST_WORDS,
  NEGATION_NEUTRALISERS,
  NEGATION_TRANSPARENT,
  NEGATION_WORDS,
  type Lang,
  type Terms,
} from './vocabulary';

/** Only the beginning of a message is analysed: a claim states its problem early, and this bounds the cost. */
export const MAX_ANALYSED_CHARS = 5000;
/** Longer "words" are not words (hashes, base64, noise): they are kept as tokens but never stemmed. */
const MAX_WORD_LENGTH = 40;
/** Typos are corrected only in long words: short words have too many real neighbours. */
export const MIN_FUZZY_LENGTH = 6;
/** Filler words (articles, pronouns, auxiliaries, adverbs) an expression may skip between two of its words. */
const MAX_GAP = 3;
/** A negation never reaches further than this many tokens, whatever the clause. */
const NEGATION_MAX_TOKENS = 8;
/** How far back a "ne" turns an ambiguous particle ("plus") into a negation. */
const NE_LOOKBACK = 4;

export type TokenKind = 'word' | 'clause' | 'sentence';

export interface Token {
  kind: TokenKind;
  /** As written (case and accents kept; elisions split off). */
  surface: string;
  /** Lower case, no accents, no ligatures: what matching compares. */
  norm: string;
  /**
   * The lower-case form as written (accents kept) when it spells the same word as `norm`, else
   * `norm` (elided "n'" reads "ne", "n't" reads "not"): what stemming starts from.
   */
  lower: string;
  /** Written in capitals (two letters or more). */
  upper: boolean;
  /** An elided article, pronoun or particle (l', d', qu', n'…), or an English clitic ('s, 're). */
  clitic: boolean;
  /** A negation word ("pas", "aucun", "not", "sans", "n't"…), after neutralisers ("pas mal", "not only"). */
  negator: boolean;
  /** May be skipped inside an expression. */
  filler: boolean;
  /** Ends a clause: punctuation, conjunction ("mais", "but"), subordinator ("pourquoi", "that"), new subject. */
  boundary: boolean;
  sentence: number;
  clause: number;
}

export interface AnalysedText {
  /** The analysed part of the input (at most MAX_ANALYSED_CHARS, NFC). */
  text: string;
  truncated: boolean;
  tokens: readonly Token[];
  /** Languages whose vocabulary is matched: French, English and Arabic always, German and Italian when the text shows them. */
  langs: readonly Lang[];
}

/** Lower case, accents stripped (NFKD), ligatures expanded, apostrophes unified; Arabic letters unified. */
export function foldText(text: string): string {
  return fold(unifyApostrophes(String(text)).toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Tokenisation

const APOSTROPHES = /[\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\uff07]/g;
const TOKEN_PATTERN =
  /([\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:'[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*'?)|(\n|[.!?\u061f\u2026\u3002]+)|([,;:()[\]{}"«»“”„—–|/\\\u060c\u061b•*+=<>]+)/gu;
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  آ: 'ا',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ـ: '',
};
const LIGATURE_PATTERN = /[œæßøłđıآأإٱةىـ]/g;
const ARABIC = /[\u0600-\u06ff]/;

function unifyApostrophes(s: string): string {
  return s.replace(APOSTROPHES, "'");
}

/** Folded words, memoised: a claim's words are mostly the same few thousand. */
const foldedWords = new BoundedMemo<string, string>(20_000);

function fold(lower: string): string {
  if (lower.length > MAX_WORD_LENGTH) return foldUncached(lower);
  return foldedWords.get(lower) ?? foldedWords.remember(lower, foldUncached(lower));
}

function foldUncached(lower: string): string {
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c);
}

const negationWords = new Set(NEGATION_WORDS);
const negationAfterNe = new Set(NEGATION_AFTER_NE);
const negationBeforeNe = new Set(NEGATION_BEFORE_NE);
const neWords = new Set(NE_WORDS);
const fillerWords = new Set(FILLER_WORDS);
const clauseWords = new Set(CLAUSE_WORDS);
const elidedPrefixes = new Map(Object.entries(ELIDED_PREFIXES));
const suffixClitics = new Set(ENGLISH_SUFFIX_CLITICS);
const transparent = new Set(NEGATION_TRANSPARENT);
const listWords = new Set(NEGATION_LIST_WORDS);
const neutralisers = new Map(
  Object.entries(NEGATION_NEUTRALISERS).map(([k, v]) => [k, new Set(v)]),
);
const ENGLISH_NOT_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

interface RawWord {
  surface: string;
  clitic: boolean;
  /** Replaces the folded form (elided "n'" reads "ne", "qu'" reads "que", "n't" reads "not"). */
  as?: string;
}

/** Splits a word written with apostrophes: French/Italian elisions, English contractions. */
function splitApostrophes(word: string): RawWord[] {
  const parts = word.split("'").filter((p) => p.length > 0);
  if (parts.length <= 1) return [{ surface: parts[0] ?? word, clitic: false }];
  const out: RawWord[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const lower = fold(part.toLowerCase());
    const next = parts[i + 1];
    if (
      next !== undefined &&
      next.toLowerCase() === 't' &&
      lower.endsWith('n') &&
      lower.length > 1
    ) {
      const base = lower.slice(0, -1);
      out.push({ surface: part.slice(0, -1), clitic: false, as: ENGLISH_NOT_BASES[base] ?? base });
      out.push({ surface: "n't", clitic: false, as: 'not' });
      i++;
      continue;
    }
    const elided = next !== undefined ? elidedPrefixes.get(lower) : undefined;
    if (elided !== undefined) {
      out.push({ surface: `${part}'`, clitic: true, as: elided });
      continue;
    }
    if (i > 0 && suffixClitics.has(lower)) {
      out.push({ surface: `'${part}`, clitic: true, as: lower });
      continue;
    }
    out.push({ surface: part, clitic: false });
  }
  return out;
}

function isUpper(surface: string): boolean {
  if (surface.length < 2) return false;
  return surface === surface.toUpperCase() && surface !== surface.toLowerCase();
}

/** Splits a text into tokens with their flags. Never throws; reads at most MAX_ANALYSED_CHARS. */
export function analyseText(input: string): AnalysedText {
  const raw = typeof input === 'string' ? input : String(input);
  const truncated = raw.length > MAX_ANALYSED_CHARS;
  const text = unifyApostrophes(raw.slice(0, MAX_ANALYSED_CHARS)).normalize('NFC');
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  const push = (
    kind: TokenKind,
    surface: string,
    norm: string,
    clitic: boolean,
    lower: string = norm,
  ): void => {
    const word = kind === 'word';
    const boundary = !word || clauseWords.has(norm);
    if (boundary && tokens.length > 0 && !tokens[tokens.length - 1].boundary) clause++;
    tokens.push({
      kind,
      surface,
      norm,
      lower,
      upper: word && isUpper(surface),
      clitic,
      negator: word && negationWords.has(norm),
      filler: word && !boundary && (clitic || fillerWords.has(norm)),
      boundary,
      sentence,
      clause,
    });
    if (kind === 'sentence') sentence++;
  };
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    const [, word, sentenceMark, clauseMark] = m;
    if (word !== undefined && !word.includes("'")) {
      const lower = word.toLowerCase();
      const norm = fold(lower);
      if (norm.length > 0) push('word', word, norm, false, lower);
    } else if (word !== undefined) {
      for (const w of splitApostrophes(word)) {
        const lower = w.surface.toLowerCase();
        const folded = fold(lower);
        const norm = w.as ?? folded;
        if (norm.length > 0)
          push('word', w.surface, norm, w.clitic, folded === norm ? lower : norm);
      }
    } else if (sentenceMark !== undefined) {
      push('sentence', sentenceMark, sentenceMark, false);
    } else if (clauseMark !== undefined) {
      push('clause', clauseMark, clauseMark, false);
    }
  }
  flagNegations(tokens);
  return { text, truncated, tokens, langs: languagesOf(tokens) };
}

const ALWAYS_MATCHED: readonly Lang[] = ['fr', 'en', 'ar'];
const markers = Object.entries(LANGUAGE_MARKERS).map(
  ([lang, words]) => [lang as Lang, new Set(words)] as const,
);

/**
 * The language sets a text can have, one array each (indexed by which markers it shows): the
 * matcher's memos are kept per set and find theirs by the array itself.
 */
const LANGUAGE_SETS: readonly (readonly Lang[])[] = Array.from(
  { length: 2 ** markers.length },
  (_, shown) =>
    Object.freeze([
      ...ALWAYS_MATCHED,
      ...markers.filter((_m, i) => shown & (2 ** i)).map(([l]) => l),
    ]),
);

function languagesOf(tokens: readonly Token[]): readonly Lang[] {
  let shown = 0;
  markers.forEach(([lang, words], i) => {
    const marked = tokens.some(
      (t) =>
        t.kind === 'word' &&
        (words.has(t.norm) || (lang === 'it' && t.surface.toLowerCase() === ITALIAN_IS)),
    );
    if (marked) shown |= 2 ** i;
  });
  return LANGUAGE_SETS[shown];
}

function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) {
    if (tokens[j].kind !== 'word') return undefined;
    if (!tokens[j].clitic) return tokens[j];
  }
  return undefined;
}

/** Resolves the particles whose negative meaning depends on "ne" ("n'est plus", "personne n'a") and neutralisers. */
function flagNegations(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (negationAfterNe.has(t.norm)) {
      for (let j = i - 1; j >= 0 && j >= i - NE_LOOKBACK; j--) {
        if (tokens[j].kind !== 'word' || tokens[j].clause !== t.clause) break;
        if (neWords.has(tokens[j].norm)) {
          t.negator = true;
          break;
        }
      }
    } else if (negationBeforeNe.has(t.norm)) {
      const next = tokens[i + 1];
      if (next?.kind === 'word' && neWords.has(next.norm)) t.negator = true;
    }
    if (t.negator) {
      const follower = nextWord(tokens, i);
      if (follower !== undefined && neutralisers.get(t.norm)?.has(follower.norm)) t.negator = false;
      // "ne … que" is restrictive, and "pas" right after "ne" belongs to it: nothing else to do.
    }
    // A negation word is never skipped as a filler ("plus" may be either).
    if (t.negator) t.filler = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Stemming keys

const stemmers = new Map<Lang, Stemmer>();

function stemmer(lang: Lang): Stemmer {
  let s = stemmers.get(lang);
  if (s === undefined) {
    s = newStemmer(
      lang === 'fr'
        ? 'french'
        : lang === 'en'
          ? 'english'
          : lang === 'de'
            ? 'german'
            : lang === 'it'
              ? 'italian'
              : 'arabic',
    );
    stemmers.set(lang, s);
  }
  return s;
}

function stem(lang: Lang, word: string): string {
  try {
    return stemmer(lang).stem(word);
  } catch {
    // The Snowball port is third-party code: a word it cannot handle is matched as written.
    return word;
  }
}

/** Arabic light normalisation: the article and the conjunction "wa" glued to the word. */
function arabicLight(word: string): string {
  for (const prefix of ['وال', 'بال', 'كال', 'فال', 'لل', 'ال']) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2)
      return word.slice(prefix.length);
  }
  if (word.startsWith('و') && word.length > 3) return word.slice(1);
  return word;
}

/** Bounded memo of stem keys: customers repeat words, and stemming dominates the cost. */
const KEY_CACHE_LIMIT = 20_000;

/**
 * Memoised keys of a word, found by its lower-case form (`lower`), which decides its folded form
 * except for the few words read as another (elided "n'" reads "ne"): the folded form is kept and
 * compared. The memos are found by language (set) rather than by a key joining it to the word: a
 * joined key is a new string to flatten and hash at every lookup.
 */
interface WordKeys {
  norm: string;
  keys: readonly string[];
}

/** The memo kept under `key` (a language or an interned language set), made on first use. */
function memoOf<K, V>(
  memos: Map<K, BoundedMemo<string, V>>,
  key: K,
  limit = KEY_CACHE_LIMIT,
): BoundedMemo<string, V> {
  let memo = memos.get(key);
  if (memo === undefined) {
    memo = new BoundedMemo(limit);
    memos.set(key, memo);
  }
  return memo;
}

const keyCaches = new Map<Lang, BoundedMemo<string, WordKeys>>();

/**
 * Match keys of a word in one language: its Snowball stems, computed on the accented and the
 * accentless forms (a customer who types "cassee" must meet the vocabulary's "cassée").
 */
export function stemKeys(norm: string, lang: Lang, lower: string = norm): readonly string[] {
  const memo = memoOf(keyCaches, lang);
  const cached = memo.get(lower);
  if (cached !== undefined && cached.norm === norm) return cached.keys;
  const keys = new Set<string>();
  if (norm.length <= MAX_WORD_LENGTH && /\p{L}/u.test(norm)) {
    const arabic = ARABIC.test(norm);
    if (lang === 'ar') {
      if (arabic) {
        const light = arabicLight(norm);
        keys.add(`ar:${light}`);
        keys.add(`ar:${fold(stem('ar', norm))}`);
        keys.add(`ar:${fold(stem('ar', light))}`);
      }
    } else if (!arabic) {
      const forms = new Set([norm]);
      if (lang === 'fr') {
        forms.add(lower);
        // Accentless feminine/plural participles and 3rd-person plurals Snowball leaves alone.
        if (/[^e]ees?$/.test(norm)) forms.add(norm.replace(/ee(s?)$/, 'ée$1'));
        if (norm.length > 5 && norm.endsWith('ent')) forms.add(norm.slice(0, -2));
      }
      for (const f of forms) keys.add(`${lang}:${fold(stem(lang, f))}`);
    }
  }
  return memo.remember(lower, { norm, keys: [...keys] }).keys;
}

/** Keys of a word in a set of languages, shared by every text using that word (see `wordIndex`). */
const tokenKeyCaches = new Map<readonly Lang[], BoundedMemo<string, WordKeys>>();

function tokenKeys(token: Token, langs: readonly Lang[]): readonly string[] {
  const lower = token.lower;
  const memo = memoOf(tokenKeyCaches, langs);
  const cached = memo.get(lower);
  if (cached !== undefined && cached.norm === token.norm) return cached.keys;
  const keys = [`=${token.norm}`];
  for (const lang of langs) keys.push(...stemKeys(token.norm, lang, lower));
  return memo.remember(lower, { norm: token.norm, keys }).keys;
}

const NO_KEYS: readonly string[] = [];

/** The match keys of each token of a text, computed once whatever the number of lexicons read on it. */
const docKeys = new WeakMap<AnalysedText, readonly (readonly string[])[]>();

function keysOfDoc(doc: AnalysedText): readonly (readonly string[])[] {
  let keys = docKeys.get(doc);
  if (keys === undefined) {
    keys = doc.tokens.map((t) => (t.kind === 'word' ? tokenKeys(t, doc.langs) : NO_KEYS));
    docKeys.set(doc, keys);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Lexicon

/** A word slot matches any of its keys; a negation slot matches any negation word. */
type Slot = { neg: true } | { neg: false; keys: ReadonlySet<string> };

interface Expression {
  slots: readonly Slot[];
  entry: number;
}

interface FuzzyForm {
  lang: Lang;
  norm: string;
  stripped: string;
  keys: readonly string[];
}

/** Vocabulary compiled for matching. `T` is what a term means to its user (a category, a danger cue…). */
/** Typo corrections memoised per lexicon. */
const FUZZY_CACHE_LIMIT = 5_000;

export interface Lexicon<T> {
  readonly senses: readonly (readonly T[])[];
  /** Language of each entry: German or Italian entries are skipped in texts that show no German or Italian. */
  readonly entryLangs: readonly Lang[];
  readonly singles: ReadonlyMap<string, readonly number[]>;
  readonly expressionsByFirstKey: ReadonlyMap<string, readonly Expression[]>;
  readonly expressionsStartingWithNegation: readonly Expression[];
  readonly knownKeys: ReadonlySet<string>;
  readonly fuzzyByLength: ReadonlyMap<number, readonly FuzzyForm[]>;
  /** Typo corrections of a folded word, by set of languages. */
  readonly fuzzyCache: Map<readonly Lang[], BoundedMemo<string, readonly string[]>>;
  /** The expressions starting with a negation, by set of languages. */
  readonly negationByLangs: Map<readonly Lang[], readonly Expression[]>;
  /** What a word (by its shared match keys) can start, memoised: customers keep using the same words. */
  readonly wordCache: WeakMap<readonly string[], WordIndex>;
  /** A word's keys with its typo corrections in this lexicon, shared like the keys themselves. */
  readonly withTypos: WeakMap<readonly string[], readonly string[]>;
  /** Whether one of a word's keys (shared like the keys themselves) is in this lexicon. */
  readonly knownWords: WeakMap<readonly string[], boolean>;
}

/** The expressions a word can start and the single-word entries it matches, in the text's languages. */
interface WordIndex {
  expressions: readonly Expression[];
  singles: readonly number[];
}

export interface LexiconEntry<T> {
  terms: Terms;
  sense: T;
}

/** Suffixes stripped before comparing a possibly misspelt word with the vocabulary (plural, feminine, tense). */
function stripInflection(norm: string): string {
  return norm.replace(/(?:ees|ee|es|s|x|e|ed|ing)$/, '');
}

/** Compiles terms. In a term, a word written "=mot" must match exactly (no stemming). */
export function buildLexicon<T>(entries: Iterable<LexiconEntry<T>>): Lexicon<T> {
  const surfaceIndex = new Map<string, number>();
  const senses: T[][] = [];
  const entryLangs: Lang[] = [];
  const singles = new Map<string, number[]>();
  const byFirst = new Map<string, Expression[]>();
  const negFirst: Expression[] = [];
  const knownKeys = new Set<string>();
  const fuzzy = new Map<number, FuzzyForm[]>();
  const fuzzySeen = new Set<string>();

  const addFuzzy = (lang: Lang, norm: string, keys: readonly string[]): void => {
    if (
      norm.length < MIN_FUZZY_LENGTH ||
      !/^\p{L}+$/u.test(norm) ||
      fuzzySeen.has(`${lang}|${norm}`)
    )
      return;
    fuzzySeen.add(`${lang}|${norm}`);
    const form = { lang, norm, stripped: stripInflection(norm), keys };
    for (const len of [norm.length - 1, norm.length, norm.length + 1]) {
      const list = fuzzy.get(len) ?? [];
      list.push(form);
      fuzzy.set(len, list);
    }
  };

  for (const { terms, sense } of entries) {
    for (const [lang, list] of Object.entries(terms) as [Lang, readonly string[]][]) {
      for (const term of list) {
        const slots = compileTerm(term, lang, addFuzzy);
        if (slots.length === 0) continue;
        const id = `${lang}|${slots.map(slotId).join(' ')}`;
        let entry = surfaceIndex.get(id);
        if (entry === undefined) {
          entry = senses.length;
          senses.push([]);
          entryLangs.push(lang);
          surfaceIndex.set(id, entry);
          if (slots.length === 1) {
            const only = slots[0];
            if (!only.neg) {
              for (const k of only.keys) {
                const list2 = singles.get(k) ?? [];
                list2.push(entry);
                singles.set(k, list2);
              }
            }
          } else {
            const expr: Expression = { slots, entry };
            const first = slots[0];
            if (first.neg) negFirst.push(expr);
            else
              for (const k of first.keys) {
                const list2 = byFirst.get(k) ?? [];
                list2.push(expr);
                byFirst.set(k, list2);
              }
          }
          for (const s of slots) if (!s.neg) for (const k of s.keys) knownKeys.add(k);
        }
        senses[entry].push(sense);
      }
    }
  }
  return {
    senses,
    entryLangs,
    singles,
    expressionsByFirstKey: byFirst,
    expressionsStartingWithNegation: negFirst,
    knownKeys,
    fuzzyByLength: fuzzy,
    fuzzyCache: new Map(),
    negationByLangs: new Map(),
    wordCache: new WeakMap(),
    withTypos: new WeakMap(),
    knownWords: new WeakMap(),
  };
}

function slotId(s: Slot): string {
  return s.neg ? '¬' : [...s.keys].sort().join('|');
}

function compileTerm(
  term: string,
  lang: Lang,
  addFuzzy: (lang: Lang, norm: string, keys: readonly string[]) => void,
): Slot[] {
  const exactWords = new Set(
    term
      .split(/\s+/)
      .filter((chunk) => chunk.startsWith('='))
      .map((chunk) => foldText(chunk.slice(1))),
  );
  // The term goes through the same tokeniser as customer text, so "ne … plus" reads as a negation.
  const words = analyseText(term.replace(/(^|\s)=/g, '$1')).tokens.filter(
    (t) => t.kind === 'word' && !t.clitic && !neWords.has(t.norm),
  );
  // Filler words of a term are optional (the text may say "pas à la bonne dimension" for "pas
  // les bonnes dimensions"), unless the term would be left with a single word ("à peine").
  const content = words.filter((t) => t.negator || !t.filler);
  const slots: Slot[] = [];
  for (const t of content.length >= 2 ? content : words) {
    if (t.negator) {
      slots.push({ neg: true });
      continue;
    }
    const exact = exactWords.has(t.norm);
    const keys = exact ? [`=${t.norm}`] : [`=${t.norm}`, ...stemKeys(t.norm, lang, t.lower)];
    slots.push({ neg: false, keys: new Set(keys) });
    if (!exact) addFuzzy(lang, t.norm, keys);
  }
  return slots;
}

// ---------------------------------------------------------------------------------------------
// Matching

export interface TermMatch<T> {
  senses: readonly T[];
  /** Token range [start, end] (inclusive). */
  start: number;
  end: number;
  /** Inside the scope of a negation ("pas cassé", "aucune fissure", "no smell"). */
  negated: boolean;
  /** Matched through a one-letter typo. */
  fuzzy: boolean;
  sentence: number;
  clause: number;
  /** The matched words as written. */
  surface: string;
}

/** Damerau (optimal string alignment) distance ≤ 1, in linear time. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la < lb ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

const fuzzyProtected = new Set([...FUZZY_PROTECTED, ...DICTIONARY_NEAR_MISSES]);

/**
 * The expressions starting with a word of these keys and the single-word entries of these keys,
 * each once, in index order, kept only in the given languages. Expressions starting with a
 * negation are added by the caller for negation words.
 */
function wordIndex<T>(
  lexicon: Lexicon<T>,
  keys: readonly string[],
  langs: readonly Lang[],
): WordIndex {
  const cached = lexicon.wordCache.get(keys);
  if (cached !== undefined) return cached;
  const inLangs = (entry: number): boolean => langs.includes(lexicon.entryLangs[entry]);
  const expressions = new Set<Expression>();
  const singles = new Set<number>();
  for (const k of keys) {
    for (const e of lexicon.expressionsByFirstKey.get(k) ?? [])
      if (inLangs(e.entry)) expressions.add(e);
    for (const e of lexicon.singles.get(k) ?? []) if (inLangs(e)) singles.add(e);
  }
  const index = { expressions: [...expressions], singles: [...singles] };
  lexicon.wordCache.set(keys, index);
  return index;
}

/** The lexicon's expressions starting with a negation, in the given languages. */
function negationExpressions<T>(
  lexicon: Lexicon<T>,
  langs: readonly Lang[],
): readonly Expression[] {
  let list = lexicon.negationByLangs.get(langs);
  if (list === undefined) {
    list = lexicon.expressionsStartingWithNegation.filter((e) =>
      langs.includes(lexicon.entryLangs[e.entry]),
    );
    lexicon.negationByLangs.set(langs, list);
  }
  return list;
}

function fuzzyKeys<T>(
  lexicon: Lexicon<T>,
  norm: string,
  langs: readonly Lang[],
): readonly string[] {
  const memo = memoOf(lexicon.fuzzyCache, langs, FUZZY_CACHE_LIMIT);
  const cached = memo.get(norm);
  if (cached !== undefined) return cached;
  const found: string[] = [];
  if (
    norm.length >= MIN_FUZZY_LENGTH &&
    norm.length <= MAX_WORD_LENGTH &&
    !fuzzyProtected.has(norm) &&
    /^\p{L}+$/u.test(norm)
  ) {
    const stripped = stripInflection(norm);
    for (const form of lexicon.fuzzyByLength.get(norm.length) ?? []) {
      // People seldom mistype the first letter; requiring it keeps "arriere" away from "carrier".
      if (!langs.includes(form.lang) || form.norm[0] !== norm[0]) continue;
      if (
        withinOneEdit(norm, form.norm) ||
        (stripped.length >= 5 && withinOneEdit(stripped, form.stripped))
      ) {
        found.push(...form.keys);
      }
    }
  }
  return memo.remember(norm, found);
}

function slotMatches(slot: Slot, token: Token, keys: readonly string[]): boolean {
  if (slot.neg) return token.negator;
  for (const k of keys) if (slot.keys.has(k)) return true;
  return false;
}

/**
 * Finds vocabulary terms in an analysed text: longest expression first, then words, then typos;
 * then flags the matches that fall in a negation's scope. `alsoKnown`: keys of other lexicons
 * read on the same text, whose words are therefore not typos.
 */
export function findMatches<T>(
  doc: AnalysedText,
  lexicon: Lexicon<T>,
  options: { alsoKnown?: ReadonlySet<string> } = {},
): TermMatch<T>[] {
  const { alsoKnown } = options;
  const inLexicon = (k: string): boolean => lexicon.knownKeys.has(k);
  const inOthers = alsoKnown && ((k: string): boolean => alsoKnown.has(k));
  const known = (own: readonly string[]): boolean => {
    let found = lexicon.knownWords.get(own);
    if (found === undefined) {
      found = own.some(inLexicon);
      lexicon.knownWords.set(own, found);
    }
    return found || (inOthers !== undefined && own.some(inOthers));
  };
  const { tokens } = doc;
  const n = tokens.length;
  const ownKeys = keysOfDoc(doc);
  const keys: (readonly string[])[] = new Array<readonly string[]>(n);
  const fuzzyAt: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const own = ownKeys[i];
    if (t.kind !== 'word') {
      keys[i] = own;
      continue;
    }
    if (!t.filler && !t.negator && !known(own)) {
      const extra = fuzzyKeys(lexicon, t.norm, doc.langs);
      if (extra.length > 0) {
        let combined = lexicon.withTypos.get(own);
        if (combined === undefined) {
          combined = [...own, ...extra];
          lexicon.withTypos.set(own, combined);
        }
        keys[i] = combined;
        fuzzyAt[i] = true;
        continue;
      }
    }
    keys[i] = own;
  }

  const consumed: boolean[] = new Array<boolean>(n).fill(false);
  const raw: { entries: readonly number[]; start: number; end: number }[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    let best: { entry: number; end: number; slots: number } | undefined;
    const index = wordIndex(lexicon, keys[i], doc.langs);
    const consider = (expr: Expression): void => {
      const end = matchExpression(tokens, keys, expr.slots, i);
      if (
        end >= 0 &&
        (best === undefined ||
          expr.slots.length > best.slots ||
          (expr.slots.length === best.slots && end > best.end))
      ) {
        best = { entry: expr.entry, end, slots: expr.slots.length };
      }
    };
    for (const expr of index.expressions) consider(expr);
    if (t.negator) for (const expr of negationExpressions(lexicon, doc.langs)) consider(expr);
    if (best !== undefined) {
      raw.push({ entries: [best.entry], start: i, end: best.end });
      for (let j = i; j <= best.end; j++) consumed[j] = true;
      i = best.end;
      continue;
    }
    if (index.singles.length > 0) {
      consumed[i] = true;
      raw.push({ entries: index.singles, start: i, end: i });
    }
  }

  const negatedAt = negationScopes(tokens, consumed);
  return raw.map(({ entries, start, end }) => {
    let fuzzy = false;
    const words: string[] = [];
    for (let j = start; j <= end; j++) {
      fuzzy ||= fuzzyAt[j];
      if (tokens[j].kind === 'word') words.push(tokens[j].surface);
    }
    return {
      senses: [...new Set(entries.flatMap((e) => lexicon.senses[e]))],
      start,
      end,
      negated: negatedAt[start],
      fuzzy,
      sentence: tokens[start].sentence,
      clause: tokens[start].clause,
      surface: words.join(' '),
    };
  });
}

function matchExpression(
  tokens: readonly Token[],
  keys: readonly (readonly string[])[],
  slots: readonly Slot[],
  start: number,
): number {
  if (!slotMatches(slots[0], tokens[start], keys[start])) return -1;
  let pos = start;
  for (let s = 1; s < slots.length; s++) {
    let found = -1;
    let skipped = 0;
    for (let j = pos + 1; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind !== 'word') break;
      if (slotMatches(slots[s], t, keys[j])) {
        found = j;
        break;
      }
      // Elided words ("qu'", "c'") may be skipped even where they end a clause: terms drop them.
      if ((t.filler || t.clitic) && skipped < MAX_GAP) {
        skipped++;
        continue;
      }
      break;
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
}

/**
 * For each token, whether an unconsumed negation word applies to it. A negation applies to the
 * first content word after it ("pas cassé", "aucune fissure", "not broken"), reaching through
 * fillers and transparent words ("pas de problème avec la livraison", "isn't badly damaged") and
 * along lists ("ni tache ni déchirure", "not broken or cracked"), but not to the object of a
 * negated verb ("je n'arrive pas à comprendre la notice": the notice exists).
 */
function negationScopes(tokens: readonly Token[], consumed: readonly boolean[]): boolean[] {
  const negated = new Array<boolean>(tokens.length).fill(false);
  let open = false;
  let tokensLeft = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.boundary) {
      open = false;
      continue;
    }
    if (t.negator && !consumed[i]) {
      open = true;
      tokensLeft = NEGATION_MAX_TOKENS;
      continue;
    }
    if (!open) continue;
    negated[i] = true;
    if (--tokensLeft <= 0) open = false;
    if (t.filler || transparent.has(t.norm)) continue;
    // The negated word: the scope goes on only along a list.
    const next = tokens[i + 1];
    if (next?.kind === 'word' && listWords.has(next.norm)) {
      negated[i + 1] = true;
      i++;
    } else {
      open = false;
    }
  }
  return negated;
}
