/**
 * Regenerates DICTIONARY_NEAR_MISSES in api/src/sav/domain/vocabulary.ts: the real French and
 * English words that typo correction (text.ts, `findMatches`) would otherwise "correct" into a
 * vocabulary term ("facture" into "fracture", "bruits" into "bruise").
 *
 *   node api/scripts/near-misses.mjs           rewrites the generated block of vocabulary.ts
 *   node api/scripts/near-misses.mjs --check   exits 1 if that block is out of date (writes nothing)
 *
 * Needs Node 24 (runs vocabulary.ts and text.ts through Node's type stripping) and Debian's word
 * lists under /usr/share/dict (`apt-get install wfrench wamerican wbritish`).
 *
 * A dictionary word is kept when, for the problem, danger or tone vocabulary (each compiled with
 * text.ts's own `buildLexicon`, as detector.ts and tone.ts do), it passes the same tests as a
 * customer's word in `fuzzyKeys`: letters only, MIN_FUZZY_LENGTH letters or more, not a word of
 * that vocabulary (none of its keys is known), and one edit away from one of its fuzzy forms with
 * the same first letter (or so once plural, feminine and tense endings are stripped). Words of
 * FUZZY_PROTECTED are already protected and left out. Words are folded with text.ts's `foldText`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DOMAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'sav', 'domain');
const VOCABULARY_FILE = join(DOMAIN, 'vocabulary.ts');
const DICTIONARIES = ['french', 'american-english', 'british-english'].map(
  (name) => `/usr/share/dict/${name}`,
);
const BEGIN = '// BEGIN GENERATED DICTIONARY_NEAR_MISSES';
const END = '// END GENERATED DICTIONARY_NEAR_MISSES';
/** Width of the word lines in the template literal (the existing list was wrapped at 98). */
const LINE_WIDTH = 98;
/** text.ts: longer "words" are never matched. */
const MAX_WORD_LENGTH = 40;

// The domain sources import each other without extensions ('./vocabulary'), as TypeScript's
// bundler-style resolution allows: let Node find the .ts file, and read it as an ES module.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      context.parentURL?.endsWith('.ts') &&
      /^\.\.?\//.test(specifier) &&
      !/\.[cm]?[jt]s$/.test(specifier)
    ) {
      return nextResolve(`${specifier}.ts`, context);
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    return nextLoad(
      url,
      url.endsWith('.ts') ? { ...context, format: 'module-typescript' } : context,
    );
  },
});

const domainModule = (name) => import(pathToFileURL(join(DOMAIN, name)).href);
const vocabulary = await domainModule('vocabulary.ts');
const { analyseText, buildLexicon, foldText, MIN_FUZZY_LENGTH, stemKeys, withinOneEdit } =
  await domainModule('text.ts');

/** The lexicons `findMatches` corrects typos into (detector.ts and tone.ts build the same ones). */
function lexicons() {
  const {
    PARTS,
    SYMPTOMS,
    UNUSABLE_TERMS,
    DELIVERY_MOMENT_TERMS,
    SUBSTITUTION_TERMS,
    NEUTRAL_TERMS,
    MINOR_MODIFIERS,
    MINOR_EXPRESSIONS,
    DANGER_CUES,
    TONE_CUES,
  } = vocabulary;
  const build = (terms) => buildLexicon(terms.map((t) => ({ terms: t, sense: null })));
  return [
    build([
      ...PARTS.map((spec) => spec.terms),
      ...SYMPTOMS.map((spec) => spec.terms),
      UNUSABLE_TERMS,
      DELIVERY_MOMENT_TERMS,
      SUBSTITUTION_TERMS,
      NEUTRAL_TERMS,
      MINOR_MODIFIERS,
      MINOR_EXPRESSIONS,
    ]),
    build(DANGER_CUES.map((cue) => cue.terms)),
    build(TONE_CUES.map((cue) => cue.terms)),
  ];
}

/** Same as text.ts's (private) `stripInflection`; checked against the lexicons' forms below. */
function stripInflection(norm) {
  return norm.replace(/(?:ees|ee|es|s|x|e|ed|ing)$/, '');
}

/** Folded dictionary words, each with its accented lower-case spellings. */
function readDictionaries() {
  const words = new Map();
  for (const file of DICTIONARIES) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: apt-get install -y wfrench wamerican wbritish`);
    }
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const lower = line.trim().toLowerCase();
      const norm = foldText(lower);
      if (norm.length < MIN_FUZZY_LENGTH || norm.length > MAX_WORD_LENGTH) continue;
      if (!/^\p{L}+$/u.test(norm)) continue;
      const spellings = words.get(norm) ?? new Set([norm]);
      spellings.add(lower);
      words.set(norm, spellings);
    }
  }
  return words;
}

function nearMisses() {
  const lexs = lexicons();
  // Languages always matched (French, English, Arabic): German and Italian terms are matched
  // only in texts that show those languages, and the dictionaries are French and English.
  const langs = analyseText('').langs;
  for (const lexicon of lexs) {
    for (const forms of lexicon.fuzzyByLength.values()) {
      for (const form of forms) {
        if (stripInflection(form.norm) !== form.stripped) {
          throw new Error(
            `stripInflection differs from text.ts for "${form.norm}": update this script`,
          );
        }
      }
    }
  }
  const alreadyProtected = new Set(vocabulary.FUZZY_PROTECTED);
  const out = [];
  for (const [norm, spellings] of readDictionaries()) {
    if (alreadyProtected.has(norm)) continue;
    const stripped = stripInflection(norm);
    const nearTerm = (lexicon) =>
      (lexicon.fuzzyByLength.get(norm.length) ?? []).some(
        (form) =>
          langs.includes(form.lang) &&
          form.norm[0] === norm[0] &&
          (withinOneEdit(norm, form.norm) ||
            (stripped.length >= 5 && withinOneEdit(stripped, form.stripped))),
      );
    const near = lexs.filter(nearTerm);
    if (near.length === 0) continue;
    // Negations and filler words are never corrected.
    const tokens = analyseText(norm).tokens;
    if (tokens.length !== 1 || tokens[0].filler || tokens[0].negator) continue;
    // A word of the vocabulary is no typo. Its keys as typed, accents kept or left out (text.ts,
    // `tokenKeys`): it is kept when one spelling of it is unknown to a lexicon it is near.
    const keySets = [...spellings].map((lower) => [
      `=${norm}`,
      ...langs.flatMap((lang) => stemKeys(norm, lang, lower)),
    ]);
    const unknownTo = (lexicon) =>
      keySets.some((keys) => !keys.some((k) => lexicon.knownKeys.has(k)));
    if (near.some(unknownTo)) out.push(norm);
  }
  return [...new Set(out)].sort();
}

function render(words) {
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > LINE_WIDTH) {
      lines.push(line);
      line = w;
    } else {
      line = line.length > 0 ? `${line} ${w}` : w;
    }
  }
  if (line.length > 0) lines.push(line);
  return [
    `${BEGIN} (node api/scripts/near-misses.mjs; do not edit)`,
    'export const DICTIONARY_NEAR_MISSES: readonly string[] = `',
    ...lines,
    '`',
    '  .split(/\\s+/)',
    '  .filter((w) => w.length > 0);',
    END,
  ].join('\n');
}

function main() {
  const check = process.argv.includes('--check');
  const source = readFileSync(VOCABULARY_FILE, 'utf8');
  const start = source.indexOf(BEGIN);
  const endMarker = source.indexOf(END, start);
  if (start < 0 || endMarker < 0) {
    throw new Error(`${VOCABULARY_FILE}: markers "${BEGIN}" … "${END}" not found`);
  }
  const end = endMarker + END.length;
  const words = nearMisses();
  const block = render(words);
  const previous = new Set(vocabulary.DICTIONARY_NEAR_MISSES);
  const added = words.filter((w) => !previous.has(w));
  const kept = new Set(words);
  const removed = [...previous].filter((w) => !kept.has(w));
  const summary = `${words.length} words (+${added.length} −${removed.length})`;
  if (source.slice(start, end) === block) {
    console.log(`DICTIONARY_NEAR_MISSES is up to date: ${words.length} words`);
    return;
  }
  if (check) {
    console.error(`DICTIONARY_NEAR_MISSES is out of date: ${summary}`);
    if (added.length > 0) console.error(`  added: ${added.join(' ')}`);
    if (removed.length > 0) console.error(`  removed: ${removed.join(' ')}`);
    console.error('Run: node api/scripts/near-misses.mjs');
    process.exitCode = 1;
    return;
  }
  writeFileSync(VOCABULARY_FILE, source.slice(0, start) + block + source.slice(end));
  console.log(`DICTIONARY_NEAR_MISSES written: ${summary}`);
}

main();
