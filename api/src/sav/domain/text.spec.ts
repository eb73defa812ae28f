import fc from 'fast-check';
import {
  MAX_ANALYSED_CHARS,
  analyseText,
  buildLexicon,
  findMatches,
  foldText,
  withinOneEdit,
  type Lexicon,
} from './text';
import type { Terms } from './vocabulary';

/** A small lexicon for the machinery; the real vocabulary is exercised by detector.spec.ts. */
const TEST_TERMS: Record<string, Terms> = {
  broken: { fr: ['cassé', 'fissure'], en: ['broken', 'crack'] },
  leg: { fr: ['pied', 'accoudoir'], en: ['leg'] },
  stain: { fr: ['tache'], en: ['stain'] },
  smell: { fr: ['odeur'], en: ['smell'] },
  cushion: { fr: ['coussin', '=assise'], en: ['cushion'] },
  mechanism: { fr: ['mécanisme', 'télécommande'], en: ['mechanism'] },
  tooBig: { fr: ['trop grand'], en: ['too big'] },
  doesNotFit: { fr: ['ne passe pas'], en: ['not fit'] },
  damagedBox: { fr: ['carton abîmé'], en: ['damaged box'] },
  injury: { fr: ['blessé'], en: ['injured'] },
  injuryDe: { de: ['verletzt'] },
  fracture: { fr: ['fracture'] },
  smoke: { ar: ['دخان'] },
};

const lexicon: Lexicon<string> = buildLexicon(
  Object.entries(TEST_TERMS).map(([sense, terms]) => ({ terms, sense })),
);

/** Senses found in a text, with "!" before negated ones and "~" before corrected typos. */
function read(text: string): string[] {
  return findMatches(analyseText(text), lexicon).flatMap((m) =>
    m.senses.map((s) => `${m.negated ? '!' : ''}${m.fuzzy ? '~' : ''}${s}`),
  );
}

describe('foldText', () => {
  it.each([
    ['Cassé', 'casse'],
    ['ÉCHARPE Œuvre', 'echarpe oeuvre'],
    ['Größe', 'grosse'],
    ['l’accoudoir', "l'accoudoir"],
    ['ﬁnition', 'finition'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe('analyseText', () => {
  const words = (text: string): string[] =>
    analyseText(text)
      .tokens.filter((t) => t.kind === 'word')
      .map((t) => t.norm);

  it.each([
    ["l'accoudoir", ['le', 'accoudoir']],
    ['l’accoudoir', ['le', 'accoudoir']],
    ["d'un pied", ['de', 'un', 'pied']],
    ["qu'il", ['que', 'il']],
    ["n'est", ['ne', 'est']],
    ["jusqu'au", ['jusque', 'au']],
    ["doesn't", ['does', 'not']],
    ["can't", ['can', 'not']],
    ["won't", ['will', 'not']],
    ["it's", ['it', 's']],
    ["dell'armadio", ['della', 'armadio']],
    ['repose-pieds', ['repose', 'pieds']],
  ])('splits the elisions of %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('flags negation words, including "plus" only after "ne" and "personne" only before "ne"', () => {
    const negators = (text: string): string[] =>
      analyseText(text)
        .tokens.filter((t) => t.negator)
        .map((t) => t.norm);
    expect(negators("le pied n'est pas cassé")).toEqual(['pas']);
    expect(negators('il ne ferme plus')).toEqual(['plus']);
    expect(negators('il est plus grand')).toEqual([]);
    expect(negators("personne n'a été blessé")).toEqual(['personne']);
    expect(negators('une personne est venue')).toEqual([]);
    expect(negators("doesn't close")).toEqual(['not']);
    expect(negators('pas mal de taches, sans doute')).toEqual([]);
  });

  it('numbers clauses and sentences at punctuation, conjunctions and subordinators', () => {
    const { tokens } = analyseText("Pas cassé, mais taché. Ensuite l'odeur");
    const at = (norm: string) => tokens.find((t) => t.norm === norm);
    expect(at('pas')?.clause).not.toBe(at('taché'.normalize('NFD').replace(/\p{M}/gu, ''))?.clause);
    expect(at('pas')?.sentence).toBe(0);
    expect(at('odeur')?.sentence).toBe(1);
  });

  it('marks words written in capitals', () => {
    const upper = analyseText('Le PIED est CASSÉ a X')
      .tokens.filter((t) => t.upper)
      .map((t) => t.surface);
    expect(upper).toEqual(['PIED', 'CASSÉ']);
  });

  it(`reads only the first ${MAX_ANALYSED_CHARS} characters`, () => {
    const doc = analyseText('tache '.repeat(10_000));
    expect(doc.truncated).toBe(true);
    expect(doc.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });

  it('matches German and Italian vocabulary only when the text shows those languages', () => {
    expect(analyseText('the sofa is broken').langs).toEqual(['fr', 'en', 'ar']);
    expect(analyseText('Das Bein ist gebrochen').langs).toContain('de');
    expect(analyseText('Il cuscino è macchiato').langs).toContain('it');
  });
});

describe('findMatches', () => {
  it.each([
    ['le pied est cassé', ['leg', 'broken']],
    ['LE PIED EST CASSÉ', ['leg', 'broken']],
    ['le pied est casse', ['leg', 'broken']],
    ['les pieds sont cassés', ['leg', 'broken']],
    ['la structure est cassee', ['broken']],
    ['des fissures', ['broken']],
    ["l'accoudoir", ['leg']],
    ['the legs are broken', ['leg', 'broken']],
    ['two cracks and stains', ['broken', 'stain']],
    ['cushions', ['cushion']],
  ])('matches words whatever their accents, case, plural or elision: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['une fisure', ['~broken']],
    ['le mecansime', ['~mechanism']],
    ['la télécomande', ['~mechanism']],
    ['the mechansim', ['~mechanism']],
  ])('corrects one-letter typos in long words: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([['une tahce'], ['mon cousin'], ['la xecanisme'], ['une facture']])(
    'leaves short words, dictionary words and first-letter changes alone: %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  it('matches exact terms only as written ("=assise" is not "assis")', () => {
    expect(read("l'assise")).toEqual(['cushion']);
    expect(read('je suis assis')).toEqual([]);
  });

  it.each([
    ['le canapé ne passe pas', ['doesNotFit']],
    ['il ne passe toujours pas par la porte', ['doesNotFit']],
    ['ça passe pas', ['doesNotFit']],
    ["it doesn't fit", ['doesNotFit']],
    ['it does not really fit', ['doesNotFit']],
    ['il est trop grand', ['tooBig']],
    ['cartons abîmés', ['damagedBox']],
    ['the box was damaged', []],
    ['a damaged box', ['damagedBox']],
  ])('matches multi-word expressions, skipping fillers: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["le pied n'est pas cassé, c'est une tache", ['leg', '!broken', 'stain']],
    ['the leg is not broken', ['leg', '!broken']],
    ["the leg isn't broken but there is a stain", ['leg', '!broken', 'stain']],
    ['aucune fissure', ['!broken']],
    ['sans odeur', ['!smell']],
    ['pas de tache sur le coussin', ['!stain', 'cushion']],
    ["je n'arrive pas à comprendre la notice", []],
    ['pas de problème avec le coussin', ['!cushion']],
    ['ni tache ni odeur', ['!stain', '!smell']],
    ['not broken or cracked', ['!broken', '!broken']],
    ['no smell, no stain', ['!smell', '!stain']],
    ["personne n'a été blessé", ['!injury']],
    ['pas cassé juste une tache', ['!broken', 'stain']],
    ['je ne comprends pas pourquoi le pied est cassé', ['leg', 'broken']],
    ["I don't know why the leg is broken", ['leg', 'broken']],
    ['pas mal de taches', ['stain']],
    ['il ne ferme plus, tache', ['stain']],
    ['pas de problème avec la livraison ni avec le coussin mais une odeur', ['!cushion', 'smell']],
  ])('flags negated matches until the clause ends: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('matches German, Italian and Arabic terms', () => {
    expect(read('Das Kind ist verletzt')).toEqual(['injuryDe']);
    expect(read('يوجد دخان')).toEqual(['smoke']);
    expect(read('الدخان')).toEqual(['smoke']);
  });

  it('does not match German terms in a French or English text', () => {
    expect(read('verletzt')).toEqual([]);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['fissure', 'fissure', true],
    ['fisure', 'fissure', true],
    ['fissures', 'fissure', true],
    ['mecansime', 'mecanisme', true],
    ['fissuer', 'fissure', true],
    ['fissxre', 'fissure', true],
    ['fisurre', 'fissure', false],
    ['abc', 'abcde', false],
    ['', 'a', true],
  ])('%j vs %j → %j', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('properties', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary-ascii', maxLength: 400 }),
    fc
      .array(
        fc.constantFrom(
          "l'",
          'pas',
          'ne',
          'cassé',
          '!!!',
          ' ',
          ',',
          'ﬁ',
          '\u0301',
          'دخان',
          '😡',
          "'",
          'n’t',
        ),
        {
          maxLength: 80,
        },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = analyseText(text);
        findMatches(doc, lexicon);
        foldText(text);
        expect(doc.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
      }),
      { numRuns: 500 },
    );
  });

  it('reads at most MAX_ANALYSED_CHARS of huge and binary-looking input, without throwing', () => {
    const inputs = [
      'x'.repeat(1_000_000),
      'cassé '.repeat(200_000),
      Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(i % 0xffff)).join(''),
      'fissuer mecansime telecomande '.repeat(20_000),
      "l'".repeat(300_000),
    ];
    for (const input of inputs) {
      const doc = analyseText(input);
      // The cap is what bounds the work on a hostile message, whatever the machine.
      expect(doc.tokens).toEqual(analyseText(input.slice(0, MAX_ANALYSED_CHARS)).tokens);
      expect(() => findMatches(doc, lexicon)).not.toThrow();
    }
  });
});
