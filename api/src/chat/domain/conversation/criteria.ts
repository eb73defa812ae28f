/**
 * Shopping criteria read from a message, merged with what the conversation already knows,
 * and relaxed one at a time when nothing matches.
 */
import {
  CATEGORY_WORDS,
  COLOR_WORDS,
  MATERIAL_WORDS,
  OPTION_WORDS,
  STYLE_WORDS,
  USAGE_WORDS,
  type VocabularyEntry,
} from './criteria-lexicon';
import { extractQuantities } from './extract';
import { CHEAPER } from './lexicon';
import { findKeywords, mentions, tokenize, type KeywordHit } from './text';
import type { ProductCategory, ProductOption, ShoppingCriteria } from './types';

/** What one message says about the product wanted, before merging. */
export interface CriteriaUpdate extends ShoppingCriteria {
  /** "moins cher", "cheaper": below the prices last shown. */
  cheaper?: boolean;
  /** Values the customer ruled out ("je ne veux pas de cuir"). */
  excludedMaterials?: string[];
  excludedColors?: string[];
}

interface EntryHit<Id extends string> {
  entry: VocabularyEntry<Id>;
  hit: KeywordHit;
}

function hitsOf<Id extends string>(
  tokens: readonly string[],
  entries: readonly VocabularyEntry<Id>[],
): EntryHit<Id>[] {
  return entries.flatMap((entry) =>
    findKeywords(tokens, entry.terms).map((hit) => ({ entry, hit })),
  );
}

const positive = <Id extends string>(hits: EntryHit<Id>[]) => hits.filter((h) => !h.hit.negated);
const negative = <Id extends string>(hits: EntryHit<Id>[]) => hits.filter((h) => h.hit.negated);
const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** The first category named; at the same place, the longest expression ("canapé-lit" over "lit"). */
function categoryOf(tokens: readonly string[]): ProductCategory | undefined {
  const hits = positive(hitsOf(tokens, CATEGORY_WORDS)).sort(
    (a, b) => a.hit.index - b.hit.index || b.hit.keyword.words.length - a.hit.keyword.words.length,
  );
  return hits[0]?.entry.id;
}

const valuesOf = <Id extends string>(hits: EntryHit<Id>[]): string[] =>
  unique(hits.map((h) => h.entry.value));

/** Everything a message says about the wanted product. */
export function extractCriteria(
  text: string,
  tokens: readonly string[] = tokenize(text),
): CriteriaUpdate {
  const update: CriteriaUpdate = { ...extractQuantities(text) };
  const category = categoryOf(tokens);
  if (category) update.category = category;
  const style = positive(hitsOf(tokens, STYLE_WORDS))[0];
  if (style) update.style = style.entry.value;
  const colors = hitsOf(tokens, COLOR_WORDS);
  if (positive(colors).length > 0) update.colors = valuesOf(positive(colors));
  if (negative(colors).length > 0) update.excludedColors = valuesOf(negative(colors));
  const materials = hitsOf(tokens, MATERIAL_WORDS);
  if (positive(materials).length > 0) update.material = positive(materials)[0].entry.value;
  if (negative(materials).length > 0) update.excludedMaterials = valuesOf(negative(materials));
  const usage = valuesOf(positive(hitsOf(tokens, USAGE_WORDS)));
  if (usage.length > 0) update.usage = usage;
  const options = unique(positive(hitsOf(tokens, OPTION_WORDS)).map((h) => h.entry.id));
  if (options.length > 0) update.options = options;
  if (mentions(tokens, CHEAPER)) update.cheaper = true;
  return update;
}

/** Whether the message says anything about the product (beyond its category). */
export function hasCriteria(update: CriteriaUpdate): boolean {
  return (
    update.maxPrice !== undefined ||
    update.minPrice !== undefined ||
    update.maxWidthCm !== undefined ||
    update.seats !== undefined ||
    update.style !== undefined ||
    update.colors !== undefined ||
    update.material !== undefined ||
    update.usage !== undefined ||
    update.options !== undefined ||
    update.cheaper === true ||
    (update.excludedMaterials?.length ?? 0) > 0 ||
    (update.excludedColors?.length ?? 0) > 0
  );
}

/** Criteria that belong to one kind of furniture and do not carry over to another. */
const CATEGORY_SPECIFIC: readonly (keyof ShoppingCriteria)[] = [
  'seats',
  'options',
  'maxWidthCm',
  'material',
  'maxPrice',
  'minPrice',
];

/** Below the cheapest card shown, else 20 % under the current budget. */
function cheaperBudget(
  current: ShoppingCriteria,
  lastPrices: readonly number[],
): number | undefined {
  const shown = lastPrices.filter((p) => Number.isFinite(p) && p > 0);
  if (shown.length > 0) return Math.max(1, Math.floor(Math.min(...shown)) - 1);
  if (current.maxPrice !== undefined) return Math.max(1, Math.floor(current.maxPrice * 0.8));
  return undefined;
}

function withoutEmpty(criteria: ShoppingCriteria): ShoppingCriteria {
  const clean: ShoppingCriteria = {};
  for (const [key, value] of Object.entries(criteria) as [keyof ShoppingCriteria, unknown][]) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    (clean as Record<string, unknown>)[key] = value;
  }
  return clean;
}

/**
 * The criteria after this message: a new category starts its specific criteria afresh,
 * a new colour replaces the old one, usages and options add up, "cheaper" lowers the budget.
 */
export function mergeCriteria(
  previous: ShoppingCriteria,
  update: CriteriaUpdate,
  lastPrices: readonly number[] = [],
): ShoppingCriteria {
  const { cheaper, excludedMaterials, excludedColors, ...said } = update;
  const merged: ShoppingCriteria = { ...previous };
  if (said.category && said.category !== previous.category) {
    for (const key of CATEGORY_SPECIFIC) delete merged[key];
  }
  if (excludedMaterials?.includes(merged.material ?? '')) delete merged.material;
  if (excludedColors)
    merged.colors = (merged.colors ?? []).filter((c) => !excludedColors.includes(c));
  Object.assign(merged, {
    ...said,
    usage: unique([...(merged.usage ?? []), ...(said.usage ?? [])]),
    options: unique<ProductOption>([...(merged.options ?? []), ...(said.options ?? [])]),
  });
  if (cheaper && said.maxPrice === undefined) {
    const budget = cheaperBudget(merged, lastPrices);
    if (budget !== undefined) merged.maxPrice = budget;
  }
  return withoutEmpty(merged);
}

/**
 * The order in which criteria are given up when nothing matches: least important first.
 * The budget ceiling is never given up: showing dearer furniture than asked is no answer.
 */
export const RELAXATION_ORDER = [
  'colors',
  'style',
  'material',
  'usage',
  'options',
  'seats',
  'maxWidthCm',
  'minPrice',
] as const satisfies readonly (keyof ShoppingCriteria)[];
export type RelaxableCriterion = (typeof RELAXATION_ORDER)[number];

/** The criteria without their least important one, and which one was dropped. */
export function relaxCriteria(
  criteria: ShoppingCriteria,
): { criteria: ShoppingCriteria; dropped: RelaxableCriterion } | undefined {
  const dropped = RELAXATION_ORDER.find((key) => criteria[key] !== undefined);
  if (!dropped) return undefined;
  const relaxed = { ...criteria };
  delete relaxed[dropped];
  return { criteria: relaxed, dropped };
}
