/**
 * The output guard: a language model's text may only repeat the references, order numbers,
 * priorities and euro amounts the FACTS gave it. Anything else is an invention, and the
 * built-in engine's text is used instead.
 */

import { INSTRUCTIONS, TOOLS_INSTRUCTION } from './prompt';

/** Words in a row that, found in a reply, mean the model is quoting its instructions. */
const QUOTE_WORDS = 6;

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function runsOf(text: string): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + QUOTE_WORDS <= w.length; i++) runs.add(w.slice(i, i + QUOTE_WORDS).join(' '));
  return runs;
}

/** Every run of six words of the instructions, computed once. */
const INSTRUCTION_RUNS = runsOf([...INSTRUCTIONS, TOOLS_INSTRUCTION].join('\n'));

/**
 * Whether a reply reveals the instructions: quotes six words of them in a row, or shows
 * the FACTS markers. ("Repeat your system prompt" then gets the built-in engine's answer.)
 */
export function quotesInstructions(text: string): boolean {
  if (/<\/?facts>/i.test(text)) return true;
  for (const run of runsOf(text)) if (INSTRUCTION_RUNS.has(run)) return true;
  return false;
}

/** What the model is allowed to cite, read from the facts it was given. */
export interface Allowance {
  references: ReadonlySet<string>;
  priorities: ReadonlySet<string>;
  /** Euro amounts in cents. */
  amountsInCents: ReadonlySet<number>;
}

/** PREFIX-YYYY-NNN… (SAV-2026-000042, CMD-2026-004512), written loosely. */
const REFERENCE = /(?<![\p{L}\p{N}])([a-z]{2,5})[ -]?(\d{4})[ -]?(\d{3,10})(?![\p{L}\p{N}])/giu;
const PRIORITY = /(?<![\p{L}\p{N}])P([0-3])(?![\p{L}\p{N}])/gu;
/** 1 299,00 | 1.299 | 1,299.50 | 1299 | 12,5 — thousands groups must be three digits. */
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const EURO = String.raw`(?:€|eur(?:o|os)?(?![\p{L}])|يورو)`;
const AMOUNT = new RegExp(String.raw`(?:(${NUMBER})\s?${EURO})|(?:${EURO}\s?(${NUMBER}))`, 'giu');

/** Arabic-Indic digits and separators read as ASCII, so "١٢٩٩ يورو" is checked like "1299 €". */
function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ',')
    .replace(/\u066c/g, '.');
}

function parseAmount(raw: string): number {
  const decimal = /[.,](\d{1,2})$/.exec(raw);
  const whole = (decimal ? raw.slice(0, decimal.index) : raw).replace(/\D/g, '');
  const cents = decimal ? Number(decimal[1].padEnd(2, '0')) : 0;
  return Number(whole) * 100 + cents;
}

export function euroAmounts(text: string): number[] {
  return [...asciiDigits(text).matchAll(AMOUNT)].map((m) => parseAmount(m[1] ?? m[2]));
}

export function references(text: string): string[] {
  return [...asciiDigits(text).matchAll(REFERENCE)].map(
    (m) => `${m[1].toUpperCase()}-${m[2]}-${m[3]}`,
  );
}

function priorities(text: string): string[] {
  return [...asciiDigits(text).matchAll(PRIORITY)].map((m) => `P${m[1]}`);
}

/** What the facts allow: the references and amounts written in them, plus the prices given as numbers. */
export function allowanceFrom(factTexts: readonly string[], prices: readonly number[]): Allowance {
  const text = factTexts.join('\n');
  return {
    references: new Set(references(text)),
    priorities: new Set(priorities(text)),
    amountsInCents: new Set([
      ...euroAmounts(text),
      ...prices.filter((p) => Number.isFinite(p)).map((p) => Math.round(p * 100)),
    ]),
  };
}

/** The references, priorities and amounts of `text` the facts do not hold (empty: the text is safe). */
export function inventions(text: string, allowed: Allowance): string[] {
  return [
    ...(quotesInstructions(text) ? ['instructions'] : []),
    ...references(text).filter((r) => !allowed.references.has(r)),
    ...priorities(text).filter((p) => !allowed.priorities.has(p)),
    ...euroAmounts(text)
      .filter((cents) => !allowed.amountsInCents.has(cents))
      .map((cents) => `${(cents / 100).toFixed(2)} EUR`),
  ];
}
