/**
 * Warranty policy (spec section 4): which component a claim concerns, whether it is still
 * covered on the day it is reported, and which exclusions the customer's words reveal.
 */
import { BoundedMemo } from './bounded-memo';
import { foldText } from './text';
import type {
  ProblemCategory,
  WarrantyComponent,
  WarrantyExclusion,
  WarrantyVerdict,
} from './types';

// ---------------------------------------------------------------------------------------------
// UTC calendar days
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const FIRST_PLAUSIBLE_YEAR = 1900;
const LAST_PLAUSIBLE_YEAR = 9999;

/**
 * Day number (days since 1970-01-01, UTC calendar) of a date, or undefined when the date is
 * missing, invalid, or implausible (year outside 1900–9999, e.g. a typo such as 0224): every
 * rule treats such a date as unknown rather than failing.
 */
export function utcDayNumber(date: Date | undefined): number | undefined {
  if (!(date instanceof Date)) return undefined;
  const time = date.getTime();
  if (!Number.isFinite(time)) return undefined;
  const year = date.getUTCFullYear();
  if (year < FIRST_PLAUSIBLE_YEAR || year > LAST_PLAUSIBLE_YEAR) return undefined;
  return Math.floor(time / MS_PER_DAY);
}

export type WarrantyStartKind = 'delivery' | 'purchase';

/**
 * The day the warranty starts: the delivery date, else the purchase date. A date after `now`
 * is not usable (a delivery that has not happened yet, or a typo), so the next one is tried.
 */
export function warrantyStart(
  deliveryDate: Date | undefined,
  purchaseDate: Date | undefined,
  now: Date,
): { day: number; kind: WarrantyStartKind } | undefined {
  const today = utcDayNumber(now);
  if (today === undefined) return undefined;
  const delivery = utcDayNumber(deliveryDate);
  if (delivery !== undefined && delivery <= today) return { day: delivery, kind: 'delivery' };
  const purchase = utcDayNumber(purchaseDate);
  if (purchase !== undefined && purchase <= today) return { day: purchase, kind: 'purchase' };
  return undefined;
}

/**
 * Adds calendar months. A day missing in the target month rolls over into the next one
 * (29 Feb 2024 + 2 years = 1 Mar 2026), which keeps the customer covered through 28 Feb.
 */
function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()) / MS_PER_DAY;
}

function dayParts(day: number): { y: string; m: string; d: string } {
  const date = new Date(day * MS_PER_DAY);
  return {
    y: String(date.getUTCFullYear()).padStart(4, '0'),
    m: String(date.getUTCMonth() + 1).padStart(2, '0'),
    d: String(date.getUTCDate()).padStart(2, '0'),
  };
}

/** YYYY-MM-DD. */
function isoDay(day: number): string {
  const { y, m, d } = dayParts(day);
  return `${y}-${m}-${d}`;
}

/** DD/MM/YYYY, as French customers read dates. */
function frenchDay(day: number): string {
  const { y, m, d } = dayParts(day);
  return `${d}/${m}/${y}`;
}

// ---------------------------------------------------------------------------------------------
// A small word matcher (own copy on purpose: the detector's text.ts evolves separately)
// ---------------------------------------------------------------------------------------------

/** Claims are short; reading a bounded prefix keeps the cost bounded whatever is pasted. */
const MAX_TEXT_LENGTH = 10_000;

/** What is known of a word: by term list (`CompiledTerms.id`), the terms it can start. */
interface WordFacts {
  starts: (readonly number[] | undefined)[];
}

/** A clause's normalised tokens, and the facts of each token's word. */
interface Clause {
  tokens: string[];
  words: WordFacts[];
}

/** Facts of the words met so far, shared by every claim using them (customers repeat words). */
const WORD_FACTS_LIMIT = 5_000;
const wordFacts = new BoundedMemo<string, WordFacts>(WORD_FACTS_LIMIT);

function factsOf(word: string): WordFacts {
  return wordFacts.get(word) ?? wordFacts.remember(word, { starts: [] });
}

/** Clauses of normalised tokens: accents and case folded, elisions stripped. */
function clauses(text: string): Clause[] {
  const folded = foldText(text.slice(0, MAX_TEXT_LENGTH))
    .replace(/n't\b/g, ' not')
    .replace(/\b(?:jusqu|lorsqu|puisqu|qu|[cdjlmnst])'/g, ' ');
  return folded
    .split(/[.,;:!?()[\]{}\n\r…]+|\bmais\b|\bbut\b/)
    .map((clause) => clause.split(/[^a-z0-9]+/).filter((token) => token.length > 0))
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => ({ tokens, words: tokens.map(factsOf) }));
}

/** At most one insertion, deletion or substitution between a and b. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const TYPO_TOLERANT_LENGTH = 7;

/** A term's word, read once: a stem ("dechir*"), or a word with its plural and, when long, one typo. */
interface TermWord {
  word: string;
  /** For a stem: what a token must start with. */
  prefix: string | null;
  typoTolerant: boolean;
}

/**
 * A term is a folded word ("tache", plural "taches" also matches; one typo allowed from 7
 * letters), a stem ending in "*" ("dechir*"), or a phrase of such words ("mauvais usage").
 */
function tokenMatches(token: string, w: TermWord): boolean {
  if (w.prefix !== null) return token.startsWith(w.prefix);
  const word = w.word;
  if (token === word) return true;
  const last = token.charCodeAt(token.length - 1);
  // 's' or 'x' plural: "taches", "griffes", "chevaux" is not in any list.
  if (
    (last === 115 || last === 120) &&
    token.length === word.length + 1 &&
    token.startsWith(word)
  ) {
    return true;
  }
  return w.typoTolerant && withinOneEdit(token, word);
}

const NEGATORS = new Set([
  'pas',
  'aucun',
  'aucune',
  'sans',
  'ni',
  'jamais',
  'non',
  'no',
  'not',
  'without',
  'never',
  'nor',
]);
/** Words allowed between a negator and the word it negates ("pas du tout de tache", "not any stain"). */
const NEGATION_FILLERS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'un',
  'une',
  'tout',
  'trace',
  'signe',
  'vraiment',
  'ete',
  'eu',
  'had',
  'a',
  'an',
  'the',
  'any',
  'of',
  'sign',
  'at',
  'all',
  'really',
  'been',
  'visible',
]);
const MAX_NEGATION_GAP = 4;

function isNegated(tokens: string[], index: number): boolean {
  for (let k = index - 1, gap = 0; k >= 0 && gap <= MAX_NEGATION_GAP; k--, gap++) {
    const token = tokens[k];
    if (NEGATORS.has(token)) return true;
    if (!NEGATION_FILLERS.has(token) && !NEGATION_FILLERS.has(token.replace(/s$/, ''))) {
      return false;
    }
  }
  return false;
}

/** A list of terms compiled into their words; `id` finds what a word can start in `WordFacts`. */
interface CompiledTerms {
  id: number;
  terms: readonly (readonly TermWord[])[];
}

const compiledTerms = new WeakMap<readonly string[], CompiledTerms>();
let compiledLists = 0;
const NO_TERMS: readonly number[] = [];

/** A list of terms compiled once into their words. */
function compile(terms: readonly string[]): CompiledTerms {
  let compiled = compiledTerms.get(terms);
  if (compiled === undefined) {
    compiled = {
      id: compiledLists++,
      terms: terms.map((term) =>
        term.split(' ').map((word) => ({
          word,
          prefix: word.endsWith('*') ? word.slice(0, -1) : null,
          typoTolerant: word.length >= TYPO_TOLERANT_LENGTH,
        })),
      ),
    };
    compiledTerms.set(terms, compiled);
  }
  return compiled;
}

/** The terms of the list that the clause's i-th token can start, found once per word. */
function termsStartedBy(compiled: CompiledTerms, clause: Clause, i: number): readonly number[] {
  const facts = clause.words[i];
  const known = facts.starts[compiled.id];
  if (known !== undefined) return known;
  const token = clause.tokens[i];
  const started: number[] = [];
  compiled.terms.forEach((words, t) => {
    if (tokenMatches(token, words[0])) started.push(t);
  });
  return (facts.starts[compiled.id] = started.length > 0 ? started : NO_TERMS);
}

/**
 * Whether a term occurs in the clause without being negated. Only the terms a token can start
 * (known once per word, instead of trying every term at every token) are read on.
 */
function clauseMentions(clause: Clause, compiled: CompiledTerms): boolean {
  const { tokens } = clause;
  for (let i = 0; i < tokens.length; i++) {
    for (const t of termsStartedBy(compiled, clause, i)) {
      const words = compiled.terms[t];
      if (i + words.length > tokens.length) continue;
      let k = 1;
      while (k < words.length && tokenMatches(tokens[i + k], words[k])) k++;
      if (k === words.length && !isNegated(tokens, i)) return true;
    }
  }
  return false;
}

/** The clauses in which one of the terms occurs without being negated. */
function clausesMentioning(text: Clause[], terms: readonly string[]): Clause[] {
  const compiled = compile(terms);
  return text.filter((clause) => clauseMentions(clause, compiled));
}

function mentions(text: Clause[], terms: readonly string[]): boolean {
  return clausesMentioning(text, terms).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Components, durations and exclusions
// ---------------------------------------------------------------------------------------------

export type ProductComponent = 'structure' | 'mechanisms' | 'fabric' | 'cushions';

/** Default coverage in years, from the start date. */
export const WARRANTY_YEARS: Readonly<Record<ProductComponent, number>> = {
  structure: 5,
  mechanisms: 3,
  fabric: 2,
  cushions: 2,
};

/** Reporting windows in days after delivery: carrier reservations, assembly and size disputes. */
export const REPORTING_WINDOW_DAYS = { delivery: 3, assembly: 14, dimensions: 14 } as const;
type WindowComponent = keyof typeof REPORTING_WINDOW_DAYS;

/** Words naming each part (folded: no accents). */
const COMPONENT_WORDS: Readonly<Record<ProductComponent, readonly string[]>> = {
  structure: [
    'pied',
    'cadre',
    'bois',
    'structure',
    'armature',
    'chassis',
    'accoudoir',
    'latte',
    'traverse',
    'leg',
    'frame',
    'wood',
    'wooden',
  ],
  mechanisms: [
    'relax',
    'mecanisme',
    'moteur',
    'verin',
    'telecommande',
    'releveur',
    'convertible',
    'recliner',
    'mechanism',
    'motor',
    'remote',
    'actuator',
    'strut',
  ],
  fabric: [
    'tache',
    'tissu',
    'cuir',
    'revetement',
    'housse',
    'velours',
    'fabric',
    'leather',
    'upholstery',
    'stain',
  ],
  cushions: ['mousse', 'coussin', 'assise', 'garnissage', 'cushion', 'foam'],
};

/** Longest coverage first: when words do not settle it, the customer gets the longest. */
const PRODUCT_COMPONENTS: readonly ProductComponent[] = [
  'structure',
  'mechanisms',
  'fabric',
  'cushions',
];

/** Categories whose component does not depend on the words. */
const FIXED_COMPONENT: Partial<Record<ProblemCategory, WarrantyComponent>> = {
  smell: 'fabric',
  delivery: 'delivery',
  assembly: 'assembly',
  dimensions: 'dimensions',
};

const PART_CATEGORY_COMPONENT: Partial<Record<ProblemCategory, ProductComponent>> = {
  structural: 'structure',
  mechanism: 'mechanisms',
  fabric: 'fabric',
  cushions: 'cushions',
};

/**
 * The category decides, except that words naming exactly one other part win for the four
 * product categories ("le relax est cassé" is a 3-year mechanism even if "cassé" made it
 * structural). Several parts named, or none: the category; an unknown category falls back to
 * the longest-covered part named, else structure (we never refuse coverage on a guess).
 * Smell counts as upholstery; delivery, assembly and dimensions are disputes, not parts.
 */
export function warrantyComponent(category: ProblemCategory, text: string): WarrantyComponent {
  return componentOf(category, () => clauses(typeof text === 'string' ? text : ''));
}

function componentOf(category: ProblemCategory, read: () => Clause[]): WarrantyComponent {
  const fixed = FIXED_COMPONENT[category];
  if (fixed !== undefined) return fixed;
  const tokens = read();
  const named = PRODUCT_COMPONENTS.filter((component) =>
    mentions(tokens, COMPONENT_WORDS[component]),
  );
  const fromCategory = PART_CATEGORY_COMPONENT[category];
  if (fromCategory === undefined) return named[0] ?? 'structure';
  return named.length === 1 ? named[0] : fromCategory;
}

const EXCLUSION_WORDS: Readonly<Record<WarrantyExclusion, readonly string[]>> = {
  stain: ['tache', 'tachee', 'tacher', 'salissure', 'aureole', 'stain', 'stained', 'staining'],
  tear: ['dechir*', 'dechiquet*', 'accroc', 'tear', 'torn', 'rip', 'ripped', 'ripping'],
  burn: ['brulure', 'brule', 'brulee', 'cigarette', 'megot', 'burn', 'burnt', 'burned'],
  scratch: [
    'rayure',
    'raye',
    'rayee',
    'eraflure',
    'erafle',
    'eraflee',
    'scratch',
    'scratches',
    'scratched',
    'scuff',
    'scuffed',
  ],
  misuse: [
    'mauvais usage',
    'mauvaise utilisation',
    'mauvaise manipulation',
    'utilisation non conforme',
    'usage non conforme',
    'saute dessus',
    'sauter dessus',
    'accident',
    'accidentel',
    'accidentelle',
    'accidentellement',
    'misuse',
    'misused',
    'accidental',
    'accidentally',
    'jumped on',
  ],
  water_damage: [
    'eau',
    'humidite',
    'humide',
    'mouille',
    'mouillee',
    'inondation',
    'inonde',
    'inondee',
    'infiltration',
    'water',
    'wet',
    'damp',
    'moisture',
    'humidity',
    'flood',
    'flooded',
    'soaked',
  ],
  pet_damage: [
    'chat',
    'chaton',
    'chien',
    'chiot',
    'griff*',
    'cat',
    'kitten',
    'dog',
    'puppy',
    'claw',
    'clawed',
    'pet',
  ],
};

/**
 * "Ça sent le brûlé", a hot or smoking motor: that is a danger sign from the mechanism
 * (severity P0), not a burn the customer caused.
 */
const BURN_IS_DANGER_CONTEXT = [
  'odeur',
  'sent',
  'sentir',
  'senti',
  'smell',
  'smells',
  'smelling',
  'smelt',
  'odour',
  'odor',
  'moteur',
  'motor',
  'electrique',
  'electric',
  'electrical',
  'fumee',
  'smoke',
  'smoking',
  'etincelle',
  'spark',
  'chaud',
  'chauffe',
  'surchauffe',
  'hot',
  'heat',
  'overheating',
  'prise',
  'cable',
];

/** Exclusions the customer's words reveal (accent/case-insensitive, simple negation respected). */
export function detectExclusions(text: string): WarrantyExclusion[] {
  return exclusionsIn(clauses(typeof text === 'string' ? text : ''));
}

function exclusionsIn(tokens: Clause[]): WarrantyExclusion[] {
  return (Object.keys(EXCLUSION_WORDS) as WarrantyExclusion[]).filter((exclusion) => {
    const hits = clausesMentioning(tokens, EXCLUSION_WORDS[exclusion]);
    if (exclusion !== 'burn') return hits.length > 0;
    return hits.some((clause) => !mentions([clause], BURN_IS_DANGER_CONTEXT));
  });
}

// ---------------------------------------------------------------------------------------------
// Verdict
// ---------------------------------------------------------------------------------------------

export interface WarrantyInput {
  category: ProblemCategory;
  text: string;
  purchaseDate?: Date;
  deliveryDate?: Date;
  now: Date;
  /** Years, for products sold with a longer warranty than the defaults. */
  productWarranty?: Partial<Record<ProductComponent, number>>;
}

const COMPONENT_LABEL: Readonly<Record<WarrantyComponent, string>> = {
  structure: 'structure',
  mechanisms: 'mécanismes',
  fabric: 'tissu/cuir',
  cushions: 'coussins',
  delivery: 'dommages de livraison',
  assembly: 'montage',
  dimensions: 'dimensions',
};

const EXCLUSION_LABEL: Readonly<Record<WarrantyExclusion, string>> = {
  stain: 'les taches',
  tear: 'les déchirures',
  burn: 'les brûlures',
  scratch: 'les rayures',
  misuse: 'les dommages dus à un mauvais usage ou à un accident',
  water_damage: "les dégâts des eaux et l'humidité",
  pet_damage: 'les dégâts causés par des animaux',
};

const WINDOW_RULE: Readonly<Record<WindowComponent, string>> = {
  delivery:
    'les dommages de livraison doivent être signalés dans les 3 jours suivant la livraison (réserves auprès du transporteur)',
  assembly: 'les problèmes de montage doivent être signalés dans les 14 jours suivant la livraison',
  dimensions:
    'les contestations de dimensions doivent être signalées dans les 14 jours suivant la livraison',
};

const START_LABEL: Readonly<Record<WarrantyStartKind, string>> = {
  delivery: 'de la livraison',
  purchase: "de l'achat",
};

function alternativesFor(
  component: WarrantyComponent,
  exclusions: WarrantyExclusion[],
  category: ProblemCategory,
): string[] {
  switch (component) {
    case 'delivery':
      return [
        'Devis de réparation payant par un technicien',
        'Commande de la pièce endommagée en pièce détachée payante',
      ];
    case 'assembly':
      return [
        'Commande des pièces ou de la quincaillerie manquantes en pièces détachées payantes',
        'Intervention de montage payante par un monteur',
      ];
    case 'dimensions':
      return [
        'Échange contre un autre modèle à titre commercial, frais de reprise et de livraison à votre charge',
      ];
    default:
      break;
  }
  const options = ['Devis de réparation payant par un technicien'];
  const part: Record<ProductComponent, string> = {
    structure: 'Pièce détachée payante (pied, traverse, quincaillerie)',
    mechanisms: 'Pièce détachée payante (mécanisme, moteur, vérin, télécommande)',
    fabric: 'Housse ou élément de revêtement de remplacement payant',
    cushions: 'Coussin ou bloc de mousse de remplacement payant',
  };
  options.push(part[component]);
  const cleanable = exclusions.some((e) => e === 'stain' || e === 'water_damage');
  if (component === 'fabric' || cleanable || category === 'smell') {
    options.push(
      category === 'smell'
        ? "Kit d'entretien et de désodorisation du tissu ou du cuir"
        : "Kit d'entretien et de détachage pour tissu ou cuir",
    );
  }
  return options;
}

function joinFrench(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

function positiveMonths(years: number | undefined): number | undefined {
  // An override must be a real warranty: a positive number of years, at most a century.
  if (typeof years !== 'number' || !Number.isFinite(years) || years <= 0 || years > 100) {
    return undefined;
  }
  const months = Math.round(years * 12);
  return months >= 1 ? months : undefined;
}

function durationLabel(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 an' : `${months / 12} ans`;
  return `${months} mois`;
}

/**
 * Verdict for a claim reported on `now`.
 *
 * Calendar conventions (UTC days):
 * - Years: the last covered day is the day before the anniversary (delivered 2024-03-10,
 *   2 years: covered through 2026-03-09, not on 2026-03-10).
 * - Windows of N days after delivery: reported on day N after delivery is in time, day N+1 is
 *   late (delivered 2025-03-10, 3 days: in time through 2025-03-13, late on 2025-03-14). The
 *   windows run from the delivery date only: purchase precedes delivery, so counting from it
 *   would refuse customers who are in time; without a delivery date the claim is presumed in
 *   time pending the delivery note.
 * - No usable start date: presumed covered pending the invoice, no expiresAt.
 * Exclusions apply to product parts (structure, mechanisms, upholstery, cushions) only: a
 * scratch or a wet box found at delivery is the carrier's damage, not the customer's doing.
 */
export function assessWarranty(input: WarrantyInput): WarrantyVerdict {
  const text = typeof input.text === 'string' ? input.text : '';
  let read: Clause[] | undefined;
  const tokens = (): Clause[] => (read ??= clauses(text));
  const component = componentOf(input.category, tokens);
  const timing = isWindowComponent(component)
    ? windowTiming(component, input)
    : durationTiming(component, input);
  const exclusions = isWindowComponent(component) ? [] : exclusionsIn(tokens());
  const covered = timing.inTime && exclusions.length === 0;
  return {
    component,
    covered,
    ...(timing.lastDay !== undefined ? { expiresAt: isoDay(timing.lastDay) } : {}),
    exclusions,
    reason: verdictReason(timing, exclusions),
    alternatives: covered ? [] : alternativesFor(component, exclusions, input.category),
  };
}

interface Timing {
  inTime: boolean;
  /** Last covered day, when a start date is known. */
  lastDay?: number;
  /** The whole sentence when nothing else is said, without the final period. */
  alone: string;
  /** The period in a few words, to follow an exclusion. */
  aside?: string;
}

function windowTiming(component: WindowComponent, input: WarrantyInput): Timing {
  const days = REPORTING_WINDOW_DAYS[component];
  const start = warrantyStart(input.deliveryDate, undefined, input.now);
  const today = utcDayNumber(input.now);
  if (start === undefined || today === undefined) {
    return {
      inTime: true,
      alone: `Date de livraison inconnue : demande présumée dans les délais (${days} jours après la livraison), sous réserve de vérification du bon de livraison`,
    };
  }
  const lastDay = start.day + days;
  const delivered = frenchDay(start.day);
  return today <= lastDay
    ? {
        inTime: true,
        lastDay,
        alone: `Signalé dans les ${days} jours suivant la livraison du ${delivered} (délai jusqu'au ${frenchDay(lastDay)} inclus) : pris en charge`,
      }
    : {
        inTime: false,
        lastDay,
        alone: `Non couvert : ${WINDOW_RULE[component]} ; livraison du ${delivered}, délai dépassé depuis le ${frenchDay(lastDay + 1)}`,
      };
}

function durationTiming(component: ProductComponent, input: WarrantyInput): Timing {
  const label = COMPONENT_LABEL[component];
  const start = warrantyStart(input.deliveryDate, input.purchaseDate, input.now);
  const today = utcDayNumber(input.now);
  if (start === undefined || today === undefined) {
    return {
      inTime: true,
      alone: `Date d'achat et de livraison inconnues : garantie ${label} présumée, sous réserve de vérification de la facture`,
    };
  }
  const months =
    positiveMonths(input.productWarranty?.[component]) ?? WARRANTY_YEARS[component] * 12;
  const lastDay = addMonths(start.day, months) - 1;
  const period = `garantie ${label} de ${durationLabel(months)} à compter ${START_LABEL[start.kind]} du ${frenchDay(start.day)}`;
  return today <= lastDay
    ? {
        inTime: true,
        lastDay,
        alone: `Couvert par la ${period}, valable jusqu'au ${frenchDay(lastDay)} inclus`,
        aside: `${period}, valable jusqu'au ${frenchDay(lastDay)} inclus`,
      }
    : {
        inTime: false,
        lastDay,
        alone: `Non couvert : la ${period} a pris fin le ${frenchDay(lastDay)} (dernier jour couvert)`,
        aside: `de plus, la ${period} a pris fin le ${frenchDay(lastDay)}`,
      };
}

function verdictReason(timing: Timing, exclusions: WarrantyExclusion[]): string {
  if (exclusions.length === 0) return `${timing.alone}.`;
  const excluded = `Non couvert : la garantie exclut ${joinFrench(exclusions.map((e) => EXCLUSION_LABEL[e]))}`;
  if (timing.aside === undefined) return `${excluded}, même pendant sa durée.`;
  return timing.inTime
    ? `${excluded}, même pendant sa durée (${timing.aside}).`
    : `${excluded} ; ${timing.aside}.`;
}

function isWindowComponent(component: WarrantyComponent): component is WindowComponent {
  return component in REPORTING_WINDOW_DAYS;
}
