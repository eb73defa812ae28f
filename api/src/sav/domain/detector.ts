/**
 * Problem detector (spec section 1): category, confidence, severity, symptoms, danger.
 *
 * The text is matched against the vocabulary (vocabulary.ts) by text.ts, which handles accents,
 * case, elisions, plurals, typos, expressions and negation. Then:
 *  - parts ("pied", "moteur", "cuir") vote for their category; symptoms ("cassé", "bloqué",
 *    "tache") vote for the category of the part they describe (the subject of their clause,
 *    else the nearest part in the sentence), or for their own category when no part is named;
 *  - the strongest category wins, the runner-up is secondary when it has a real symptom;
 *  - severity follows the spec's order: P0 danger, P1 unusable, P3 minor, category default,
 *    always clamped to the category's range except P0.
 */
import {
  buildLexicon,
  analyseText,
  findMatches,
  type AnalysedText,
  type Lexicon,
  type LexiconEntry,
  type TermMatch,
} from './text';
import type { PriorityLevel, ProblemCategory, ProblemDetection } from './types';
import {
  DANGER_CUES,
  DANGER_RULES,
  DELIVERY_MOMENT_TERMS,
  MINOR_EXPRESSIONS,
  MINOR_MODIFIERS,
  NEUTRAL_TERMS,
  PARTS,
  SUBSTITUTION_TERMS,
  SYMPTOMS,
  UNUSABLE_TERMS,
  type DangerCue,
  type PartSpec,
  type SymptomSpec,
} from './vocabulary';

/** Severities a category can take without danger (spec table, "severity without danger"). */
export const CATEGORY_SEVERITY_RANGE: Readonly<Record<ProblemCategory, readonly PriorityLevel[]>> =
  {
    structural: ['P1'],
    mechanism: ['P1', 'P2'],
    fabric: ['P2', 'P3'],
    cushions: ['P2'],
    delivery: ['P1'],
    assembly: ['P2'],
    smell: ['P2', 'P3'],
    dimensions: ['P2'],
    unknown: ['P3'],
  };

export const CATEGORY_DEFAULT_SEVERITY: Readonly<Record<ProblemCategory, PriorityLevel>> = {
  structural: 'P1',
  mechanism: 'P1',
  fabric: 'P2',
  cushions: 'P2',
  delivery: 'P1',
  assembly: 'P2',
  smell: 'P2',
  dimensions: 'P2',
  unknown: 'P3',
};

/** Ties go to the category that matters most to the customer (the scorer's category points order). */
const TIE_ORDER: readonly ProblemCategory[] = [
  'structural',
  'mechanism',
  'delivery',
  'dimensions',
  'cushions',
  'assembly',
  'fabric',
  'smell',
];

/** Below this, nothing was really said about a category (a product name alone is 1.5). */
const MIN_CATEGORY_SCORE = 1.5;
/** A secondary category needs at least one symptom of its own (2.5), not a mere part name. */
const MIN_SECONDARY_SCORE = 2.5;
/** "Livré cassé": the damage word must be this close (in content words) to the delivery moment. */
const DELIVERY_MOMENT_WINDOW = 6;
/** Weight of "delivered damaged" and "delivered instead of": a delivery claim, stronger than a part and its symptom (4). */
const DELIVERY_CLAIM_WEIGHT = 5;
/** A minor word qualifies a symptom at most this many tokens away ("une petite tache", "grince un peu"). */
const MINOR_WINDOW = 3;
/** Score at which confidence reaches 1 − 1/e ≈ 0.63: one part and one symptom. */
const CONFIDENCE_SCALE = 4;
const MAX_SYMPTOMS = 8;

type Sense =
  | { kind: 'part'; spec: PartSpec }
  | { kind: 'symptom'; spec: SymptomSpec }
  | { kind: 'unusable' }
  | { kind: 'moment' }
  | { kind: 'substitution' }
  | { kind: 'neutral' }
  | { kind: 'minorModifier' }
  | { kind: 'minorExpression' };

// Built on first use. Danger cues are a reading of their own: "stuck under" (risk) must not
// hide "stuck" (mechanism symptom) from the category vote.
let problemLexiconCache: Lexicon<Sense> | undefined;
let dangerLexiconCache: Lexicon<DangerCue> | undefined;

function problemLexicon(): Lexicon<Sense> {
  problemLexiconCache ??= buildLexicon<Sense>([
    ...PARTS.map((spec): LexiconEntry<Sense> => ({
      terms: spec.terms,
      sense: { kind: 'part', spec },
    })),
    ...SYMPTOMS.map((spec): LexiconEntry<Sense> => ({
      terms: spec.terms,
      sense: { kind: 'symptom', spec },
    })),
    { terms: UNUSABLE_TERMS, sense: { kind: 'unusable' } },
    { terms: DELIVERY_MOMENT_TERMS, sense: { kind: 'moment' } },
    { terms: SUBSTITUTION_TERMS, sense: { kind: 'substitution' } },
    { terms: NEUTRAL_TERMS, sense: { kind: 'neutral' } },
    { terms: MINOR_MODIFIERS, sense: { kind: 'minorModifier' } },
    { terms: MINOR_EXPRESSIONS, sense: { kind: 'minorExpression' } },
  ]);
  return problemLexiconCache;
}

function dangerLexicon(): Lexicon<DangerCue> {
  dangerLexiconCache ??= buildLexicon<DangerCue>(
    DANGER_CUES.map(({ cue, terms }) => ({ terms, sense: cue })),
  );
  return dangerLexiconCache;
}

interface Found<T> {
  match: TermMatch<Sense>;
  spec: T;
}

interface ResolvedSymptom {
  match: TermMatch<Sense>;
  spec: SymptomSpec;
  category: ProblemCategory;
  part?: PartSpec;
}

/** What the detector read, for the detector itself and for tone analysis. */
export interface ProblemReading {
  detection: ProblemDetection;
  /** Labels of the dangers recognised (empty when none). */
  dangers: string[];
}

/** Detects the problem category, severity and danger of a customer's message. Never throws. */
export function detectProblem(text: string): ProblemDetection {
  return readProblem(analyseText(text)).detection;
}

/** Same as detectProblem, on a text already analysed (tone analysis shares it). */
export function readProblem(doc: AnalysedText): ProblemReading {
  const problems = problemLexicon();
  const dangerCues = dangerLexicon();
  const matches = findMatches(doc, problems, { alsoKnown: dangerCues.knownKeys }).filter(
    (m) => !m.negated,
  );
  const found = sortSenses(matches);
  const resolved = found.symptoms.map((s) => resolveSymptom(s, found.parts));
  const labels: Label[] = resolved.map((r) => ({ at: r.match.start, label: symptomLabel(r) }));
  const votes = categoryVotes(found.parts, resolved);
  const p1 = unusableReasons(found, resolved, labels);
  p1.push(...deliveryClaims(doc, found, resolved, votes, labels));

  const ranked = rankCategories(votes);
  const [first, second] = ranked;
  const category: ProblemCategory = first?.[0] ?? 'unknown';
  const secondaryCategory =
    second !== undefined && second[1] >= MIN_SECONDARY_SCORE ? second[0] : undefined;

  const dangers = findDangers(
    findMatches(doc, dangerCues, { alsoKnown: problems.knownKeys }).filter((m) => !m.negated),
  );
  labels.push(...dangers);

  const minor = found.minorExpression || minorWordNearSymptom(found.minorModifiers, resolved);
  // Mechanism noisy or stiff but working counts as minor (spec: "noisy or stiff but working is P2").
  const mechanismMinor =
    category === 'mechanism' &&
    resolved.some(
      (r) =>
        r.category === 'mechanism' &&
        (r.spec.flags ?? []).some((f) => f === 'noisy' || f === 'stiff'),
    );
  const severity = decideSeverity(
    category,
    dangers.length > 0,
    p1.length > 0,
    minor || mechanismMinor,
  );
  const fuzzy = matches.some((m) => m.fuzzy);
  const confidence =
    category === 'unknown' ? 0 : confidenceOf(first?.[1] ?? 0, second?.[1] ?? 0, fuzzy);

  const detection: ProblemDetection = {
    category,
    confidence,
    severity,
    symptoms: symptomList(labels),
    danger: dangers.length > 0,
    minor,
  };
  if (secondaryCategory !== undefined) detection.secondaryCategory = secondaryCategory;
  return { detection, dangers: [...new Set(dangers.map((d) => d.label))] };
}

interface Label {
  at: number;
  label: string;
}

interface SortedSenses {
  parts: Found<PartSpec>[];
  symptoms: Found<SymptomSpec>[];
  moments: TermMatch<Sense>[];
  substitutions: TermMatch<Sense>[];
  unusable: TermMatch<Sense>[];
  minorModifiers: TermMatch<Sense>[];
  minorExpression: boolean;
}

function sortSenses(matches: readonly TermMatch<Sense>[]): SortedSenses {
  const sorted: SortedSenses = {
    parts: [],
    symptoms: [],
    moments: [],
    substitutions: [],
    unusable: [],
    minorModifiers: [],
    minorExpression: false,
  };
  for (const match of matches) {
    for (const sense of match.senses) {
      if (sense.kind === 'part') sorted.parts.push({ match, spec: sense.spec });
      else if (sense.kind === 'symptom') sorted.symptoms.push({ match, spec: sense.spec });
      else if (sense.kind === 'moment') sorted.moments.push(match);
      else if (sense.kind === 'substitution') sorted.substitutions.push(match);
      else if (sense.kind === 'unusable') sorted.unusable.push(match);
      else if (sense.kind === 'minorModifier') sorted.minorModifiers.push(match);
      else if (sense.kind === 'minorExpression') sorted.minorExpression = true;
    }
  }
  return sorted;
}

type Votes = Map<string, { category: ProblemCategory; weight: number }>;

function categoryVotes(
  parts: readonly Found<PartSpec>[],
  resolved: readonly ResolvedSymptom[],
): Votes {
  const votes: Votes = new Map();
  // Parts name what is concerned: several parts of one kind are no more evidence than one.
  for (const { spec } of parts) {
    const key = `part:${spec.category}`;
    if ((votes.get(key)?.weight ?? 0) < spec.weight)
      votes.set(key, { category: spec.category, weight: spec.weight });
  }
  // A symptom counts once per part it describes, however often it is repeated.
  for (const r of resolved) {
    const key =
      r.part !== undefined ? `symptom:${r.spec.label}@${r.part.label}` : `symptom:${r.spec.label}`;
    votes.set(key, { category: r.category, weight: r.spec.weight });
  }
  return votes;
}

function rankCategories(votes: Votes): [ProblemCategory, number][] {
  const scores = new Map<ProblemCategory, number>();
  for (const { category, weight } of votes.values()) {
    // A defect with no part named says nothing of its kind.
    if (category !== 'unknown') scores.set(category, (scores.get(category) ?? 0) + weight);
  }
  return [...scores.entries()]
    .filter(([, score]) => score >= MIN_CATEGORY_SCORE)
    .sort((a, b) => b[1] - a[1] || TIE_ORDER.indexOf(a[0]) - TIE_ORDER.indexOf(b[0]));
}

/** P1 reasons: cannot sit or sleep, mechanism will not open or close, frame or leg broken, essential part missing. */
function unusableReasons(
  found: SortedSenses,
  resolved: readonly ResolvedSymptom[],
  labels: Label[],
): string[] {
  const reasons: string[] = [];
  for (const m of found.unusable) {
    reasons.push('meuble inutilisable');
    labels.push({ at: m.start, label: 'meuble inutilisable' });
  }
  for (const r of resolved) {
    const flags = r.spec.flags ?? [];
    if (flags.includes('stops') && r.category === 'mechanism') reasons.push(symptomLabel(r));
    const loadBearing =
      r.category === 'mechanism' ||
      (r.category === 'structural' && (r.part === undefined || r.part.essential === true));
    if (flags.includes('breaks') && loadBearing) reasons.push(symptomLabel(r));
    if (flags.includes('missing') && r.category === 'delivery') {
      const essential = found.parts.find(
        (p) => p.spec.essential === true && p.match.sentence === r.match.sentence,
      );
      if (essential !== undefined) {
        const label = `${essential.spec.label} ${essential.spec.feminine === true ? 'manquante' : 'manquant'}`;
        reasons.push(label);
        labels.push({ at: r.match.start, label });
      }
    }
  }
  return reasons;
}

/**
 * Delivery claims that outweigh the part they name: delivered broken (damage found on delivery,
 * or done by whoever handled the piece), and another item delivered than the one ordered.
 * Returns the P1 reasons (delivered broken is one).
 */
function deliveryClaims(
  doc: AnalysedText,
  found: SortedSenses,
  resolved: readonly ResolvedSymptom[],
  votes: Votes,
  labels: Label[],
): string[] {
  const reasons: string[] = [];
  const mishandled = resolved.filter((r) => (r.spec.flags ?? []).includes('mishandled'));
  const deliveredDamaged = resolved.find((r) => {
    const flags = r.spec.flags ?? [];
    if (!flags.includes('damage') && !flags.includes('breaks')) return false;
    return (
      mishandled.some((m) => m.match.sentence === r.match.sentence) ||
      found.moments.some(
        (m) =>
          m.sentence === r.match.sentence &&
          wordsBetween(doc, m, r.match) <= DELIVERY_MOMENT_WINDOW,
      )
    );
  });
  if (deliveredDamaged !== undefined) {
    votes.set('delivered-damaged', { category: 'delivery', weight: DELIVERY_CLAIM_WEIGHT });
    reasons.push('livré endommagé');
    labels.push({ at: deliveredDamaged.match.start, label: 'livré endommagé' });
  }
  // "Reçu le velours vert au lieu du bleu": another item than the one ordered.
  const substituted = found.substitutions.find((s) =>
    found.moments.some((m) => m.sentence === s.sentence),
  );
  if (substituted !== undefined) {
    votes.set('symptom:mauvais article', { category: 'delivery', weight: DELIVERY_CLAIM_WEIGHT });
    labels.push({ at: substituted.start, label: 'mauvais article' });
  }
  return reasons;
}

/** "Une petite tache", "grince un peu": a minor word qualifies a symptom next to it in its clause. */
function minorWordNearSymptom(
  modifiers: readonly TermMatch<Sense>[],
  resolved: readonly ResolvedSymptom[],
): boolean {
  return modifiers.some((m) =>
    resolved.some(
      ({ match: s }) =>
        s.clause === m.clause &&
        Math.min(Math.abs(s.start - m.end), Math.abs(m.start - s.end)) <= MINOR_WINDOW,
    ),
  );
}

function symptomList(labels: readonly Label[]): string[] {
  const out: string[] = [];
  for (const { label } of [...labels].sort((a, b) => a.at - b.at)) {
    if (!out.includes(label)) out.push(label);
    if (out.length >= MAX_SYMPTOMS) break;
  }
  return out;
}

/** The severity rules of section 1, in the spec's order, clamped to the category's range except P0. */
export function decideSeverity(
  category: ProblemCategory,
  danger: boolean,
  unusable: boolean,
  minor: boolean,
): PriorityLevel {
  if (danger) return 'P0';
  const range = CATEGORY_SEVERITY_RANGE[category];
  if (unusable) return clamp('P1', range);
  const fallback = CATEGORY_DEFAULT_SEVERITY[category];
  if (minor) {
    if (range.includes('P3')) return 'P3';
    if (fallback === 'P1' && range.includes('P2')) return 'P2';
  }
  return fallback;
}

function clamp(level: PriorityLevel, range: readonly PriorityLevel[]): PriorityLevel {
  if (range.includes(level)) return level;
  // Ranges are contiguous: the nearest bound is the first or the last.
  return level < range[0] ? range[0] : range[range.length - 1];
}

function confidenceOf(best: number, runnerUp: number, fuzzy: boolean): number {
  const strength = 1 - Math.exp(-best / CONFIDENCE_SCALE);
  const dominance = best / (best + runnerUp);
  const raw = strength * Math.sqrt(dominance) * (fuzzy ? 0.9 : 1);
  return Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100;
}

function allows(spec: SymptomSpec, category: ProblemCategory): boolean {
  return spec.attach === 'any' || (spec.attach !== undefined && spec.attach.includes(category));
}

/** Attaches a symptom to the part it describes: the subject of its clause, else the nearest part in its sentence. */
function resolveSymptom(
  { match, spec }: Found<SymptomSpec>,
  parts: readonly Found<PartSpec>[],
): ResolvedSymptom {
  if (spec.attach === undefined) return { match, spec, category: spec.category };
  const inSentence = parts.filter(
    (p) =>
      p.match.sentence === match.sentence &&
      p.spec.context !== true &&
      allows(spec, p.spec.category),
  );
  const components = inSentence.filter((p) => p.spec.product !== true);
  const products = inSentence.filter((p) => p.spec.product === true);
  const part =
    subjectOf(match, components) ??
    subjectOf(match, products) ??
    sharedSubject(match, components) ??
    sharedSubject(match, products) ??
    nearest(match, components) ??
    nearest(match, products);
  return part === undefined
    ? { match, spec, category: spec.category }
    : { match, spec, category: part.category, part };
}

/** "Les coussins glissent et s'aplatissent": a clause without a part shares the subject of the clause before. */
function sharedSubject(
  symptom: TermMatch<Sense>,
  pool: readonly Found<PartSpec>[],
): PartSpec | undefined {
  const earlier = pool.filter((p) => p.match.clause < symptom.clause);
  if (earlier.length === 0) return undefined;
  const clause = Math.max(...earlier.map((p) => p.match.clause));
  return headOf(earlier.filter((p) => p.match.clause === clause));
}

/** The first part of a run, or the last noun of a compound written without a link word ("armrest leather"). */
function headOf(side: readonly Found<PartSpec>[]): PartSpec | undefined {
  if (side.length === 0) return undefined;
  let head = side[0];
  for (const p of side.slice(1)) {
    if (p.match.start === head.match.end + 1) head = p;
    else break;
  }
  return head.spec;
}

/** Content words (not fillers, not punctuation) between two matches. */
function wordsBetween(doc: AnalysedText, a: TermMatch<unknown>, b: TermMatch<unknown>): number {
  const [from, to] = a.end < b.start ? [a.end, b.start] : [b.end, a.start];
  let count = 0;
  for (let i = from + 1; i < to; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'word' && !t.filler) count++;
  }
  return count;
}

/**
 * The part a symptom describes within its clause: the first one before it ("le pied du relax est
 * cassé"), else the first after it ("fissure sur le cadre"); in a compound written without a link
 * word, the last noun is the head ("the armrest leather is cracked").
 */
function subjectOf(
  symptom: TermMatch<Sense>,
  pool: readonly Found<PartSpec>[],
): PartSpec | undefined {
  const sameClause = pool.filter((p) => p.match.clause === symptom.clause);
  const before = sameClause.filter((p) => p.match.end < symptom.start);
  return headOf(before.length > 0 ? before : sameClause.filter((p) => p.match.start > symptom.end));
}

function nearest(
  symptom: TermMatch<Sense>,
  pool: readonly Found<PartSpec>[],
): PartSpec | undefined {
  let best: Found<PartSpec> | undefined;
  for (const p of pool) {
    if (best === undefined || distance(p.match, symptom) < distance(best.match, symptom)) best = p;
  }
  return best?.spec;
}

function distance(a: TermMatch<Sense>, b: TermMatch<Sense>): number {
  return a.end < b.start ? b.start - a.end : a.start - b.end;
}

function symptomLabel(r: ResolvedSymptom): string {
  if (r.part === undefined || r.spec.adjective === undefined) return r.spec.label;
  const [masculine, feminine] = r.spec.adjective;
  return `${r.part.label} ${r.part.feminine === true ? feminine : masculine}`;
}

/** Danger rules (vocabulary.ts): every group of cues present in one sentence, no `unless` cue there. */
function findDangers(matches: readonly TermMatch<DangerCue>[]): Label[] {
  const bySentence = new Map<number, Map<DangerCue, number>>();
  for (const m of matches) {
    const cues = bySentence.get(m.sentence) ?? new Map<DangerCue, number>();
    for (const cue of m.senses) if (!cues.has(cue)) cues.set(cue, m.start);
    bySentence.set(m.sentence, cues);
  }
  const found: Label[] = [];
  for (const cues of bySentence.values()) {
    for (const rule of DANGER_RULES) {
      if (rule.unless?.some((c) => cues.has(c)) === true) continue;
      const positions = rule.all.map((group) =>
        group.map((c) => cues.get(c)).find((p) => p !== undefined),
      );
      if (positions.every((p) => p !== undefined)) {
        found.push({ label: rule.label, at: Math.min(...positions) });
      }
    }
  }
  return found;
}
