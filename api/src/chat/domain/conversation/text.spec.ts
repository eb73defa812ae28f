import fc from 'fast-check';
import { CATEGORY_WORDS, COLOR_WORDS } from './criteria-lexicon';
import { CLAIM_SYMPTOMS, FAQ_TOPICS, HANDOFF, STATUS_REQUEST } from './lexicon';
import {
  findKeywords,
  keywords,
  mentions,
  NEGATION_WORDS,
  normalise,
  tokenize,
  wordMatches,
  type Keyword,
  type KeywordHit,
} from './text';

/** The matcher's definition, without its index: every keyword tried at every position. */
function naiveFindKeywords(tokens: readonly string[], list: readonly Keyword[]): KeywordHit[] {
  const hits: KeywordHit[] = [];
  tokens.forEach((_, index) => {
    for (const kw of list) {
      const matches =
        index + kw.words.length <= tokens.length &&
        kw.words.every((w, offset) => {
          const token = tokens[index + offset];
          return token !== '|' && wordMatches(token, w);
        });
      if (!matches) continue;
      let negated = false;
      for (let i = index - 1; !kw.selfNegated && i >= 0 && i >= index - 3; i -= 1) {
        if (tokens[i] === '|') break;
        if (NEGATION_WORDS.has(tokens[i])) {
          negated = true;
          break;
        }
      }
      hits.push({ keyword: kw, index, negated });
    }
  });
  return hits;
}

const LISTS: readonly Keyword[][] = [
  CLAIM_SYMPTOMS,
  HANDOFF,
  STATUS_REQUEST,
  FAQ_TOPICS,
  CATEGORY_WORDS.flatMap((e) => [...e.terms]),
  COLOR_WORDS.flatMap((e) => [...e.terms]),
];
const VOCABULARY = [...new Set(LISTS.flat().flatMap((k) => k.words))].map((w) =>
  w.replace(/\*$/, ''),
);

/** A keyword word as a customer might type it: as is, with an ending, or with one typo. */
const typedWord = fc
  .tuple(
    fc.constantFrom(...VOCABULARY, 'pas', 'ne', 'sans', '|', 'le', 'mon'),
    fc.constantFrom('', 's', 'x', 'es', 'en', 'a', 'o', 'i'),
    fc.nat(20),
    fc.constantFrom('keep', 'drop', 'swap', 'add'),
    fc.constantFrom('a', 'e', 'r', 't', 'ه'),
  )
  .map(([word, ending, at, edit, letter]) => {
    const i = at % (word.length + 1);
    if (edit === 'drop') return word.slice(0, i) + word.slice(i + 1) + ending;
    if (edit === 'swap') return word.slice(0, i) + letter + word.slice(i + 1) + ending;
    if (edit === 'add') return word.slice(0, i) + letter + word.slice(i) + ending;
    return word + ending;
  })
  .filter((w) => w.length > 0);

describe('text', () => {
  it('normalises case, accents, Arabic letter variants and digits', () => {
    expect(normalise('Canapé ÉCRU')).toBe('canape ecru');
    expect(normalise('أريكة')).toBe('اريكه');
    expect(normalise('٣ مقاعد')).toBe('3 مقاعد');
    expect(normalise('Weiß')).toBe('weiss');
  });

  it('splits elisions and keeps clause breaks', () => {
    expect(tokenize("l'accoudoir, mais pas le pied")).toEqual([
      'l',
      'accoudoir',
      '|',
      '|',
      'pas',
      'le',
      'pied',
    ]);
  });

  it.each([
    ['canapes', 'canape', true],
    ['divani', 'divano', true],
    ['canappe', 'canape', true],
    ['livraisn', 'livraison', true],
    ['lot', 'lit', false],
    ['casserole', 'casse', false],
    ['livree', 'livr*', true],
    ['الكنبه', 'كنبه', true],
    ['رفوف', 'رف', false],
  ])('%s matches %s: %s', (word, keyword, expected) => {
    expect(wordMatches(word, keyword)).toBe(expected);
  });

  it('sees negation before a keyword, not past a clause', () => {
    const list = keywords(['cuir', 'cassé']);
    expect(mentions(tokenize('je ne veux pas de cuir'), list)).toBe(false);
    expect(mentions(tokenize('no leather, mais du cuir'), list)).toBe(true);
    expect(mentions(tokenize("le pied n'est pas cassé"), list)).toBe(false);
    const selfNegated = keywords(['pas recu']);
    expect(findKeywords(tokenize("je n'ai pas reçu ma commande"), selfNegated)[0].negated).toBe(
      false,
    );
  });

  it('finds exactly what trying every keyword at every position finds', () => {
    fc.assert(
      fc.property(fc.array(typedWord, { maxLength: 8 }), fc.nat(LISTS.length - 1), (tokens, i) => {
        expect(findKeywords(tokens, LISTS[i])).toEqual(naiveFindKeywords(tokens, LISTS[i]));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the list order among keywords found at one position', () => {
    const list = keywords(['canapes', 'canap*', 'canape']);
    expect(findKeywords(tokenize('canapes'), list).map((h) => h.keyword.text)).toEqual([
      'canapes',
      'canap*',
      'canape',
    ]);
  });

  it('matches the words of a list made after the message was read', () => {
    const tokens = tokenize('un zyxwvutsr bleu');
    expect(mentions(tokens, keywords(['bleu']))).toBe(true);
    expect(mentions(tokens, keywords(['zyxwvutsrq']))).toBe(true);
    expect(mentions(tokens, keywords(['qzyxwvuts']))).toBe(false);
  });

  it('accepts anything', () => {
    expect(tokenize(undefined as unknown as string)).toEqual([]);
    expect(tokenize('x'.repeat(10_000))).toHaveLength(1);
  });
});
