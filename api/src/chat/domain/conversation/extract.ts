/**
 * Identifiers and quantities read from a customer message: order number, e-mail, French
 * postcode, ticket reference, budget, width, number of seats, a 1–5 rating. Pure and total.
 */
import { MAX_READ_CHARS, normalise } from './text';

/**
 * Same shape as ORDER_NUMBER_INPUT_PATTERN (api/src/common/http/identifiers.ts), which the
 * domain may not import: what a customer may type, compared upper-cased.
 */
export const ORDER_NUMBER_SHAPE = /^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/;
const TICKET_REFERENCE = /\b(sav)[\s-]*(\d{4})[\s-]*(\d{6})\b/i;
/** Prefix, year, number as the order system writes them (CMD-2026-004512), typed loosely. */
const STRUCTURED_ORDER = /\b([a-z]{2,5})[\s-]*(\d{4})[\s-]*(\d{3,10})\b/i;
/** A free-form order number: letters, digits and dashes with at least one digit and one letter. */
const LOOSE_ORDER_TOKEN = /^(?=.*\d)(?=.*[a-z])[a-z0-9][a-z0-9-]{2,31}$/i;
const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}/i;
const POSTCODE = /(?<![\d-])(?:0[1-9]|[1-8]\d|9[0-8])\d{3}(?![\d-])/;

const read = (text: unknown): string =>
  (typeof text === 'string' ? text : '').slice(0, MAX_READ_CHARS);

/** SAV-YYYY-NNNNNN, upper-cased, however it was typed ("sav 2026 000042"). */
export function extractTicketReference(text: string): string | undefined {
  const m = TICKET_REFERENCE.exec(read(text));
  return m ? `SAV-${m[2]}-${m[3]}` : undefined;
}

function withoutTicketReferences(text: string): string {
  return read(text).replace(new RegExp(TICKET_REFERENCE.source, 'gi'), ' ');
}

function withoutEmails(text: string): string {
  return text.replace(new RegExp(EMAIL.source, 'gi'), ' ');
}

/**
 * The order number in a message, upper case with dashes (CMD-2026-004512). In `loose` mode
 * (the customer was just asked for it) any token of letters and digits is taken too.
 */
export function extractOrderNumber(text: string, loose = false): string | undefined {
  const source = withoutEmails(withoutTicketReferences(text));
  const m = STRUCTURED_ORDER.exec(source);
  if (m) {
    const candidate = `${m[1]}-${m[2]}-${m[3]}`.toUpperCase();
    if (ORDER_NUMBER_SHAPE.test(candidate)) return candidate;
  }
  if (!loose) return undefined;
  const token = source
    .split(/[\s,;:!?()"'«»]+/)
    .map((t) => t.replace(/^[.-]+|[.-]+$/g, ''))
    .find((t) => LOOSE_ORDER_TOKEN.test(t));
  return token?.toUpperCase();
}

export function extractEmail(text: string): string | undefined {
  return EMAIL.exec(read(text))?.[0].toLowerCase();
}

/** A French postcode standing alone (not part of an order number, a reference or a price). */
export function extractPostcode(text: string): string | undefined {
  let source = withoutEmails(withoutTicketReferences(text));
  source = source.replace(new RegExp(STRUCTURED_ORDER.source, 'gi'), ' ');
  source = source.replace(/\d[\d\s.,]*\s*(€|eur\b|euros?\b)/gi, ' ');
  return POSTCODE.exec(source)?.[0];
}

/** The e-mail, else the postcode: what proves the order is the customer's. */
export function extractOrderProof(text: string): string | undefined {
  return extractEmail(text) ?? extractPostcode(text);
}

/** The message without its e-mail addresses and postcodes, so a description never keeps them. */
export function redactContact(text: string): string {
  let redacted = withoutEmails(read(text));
  const postcode = extractPostcode(redacted);
  if (postcode) redacted = redacted.split(postcode).join(' ');
  return redacted.replace(/[ \t]{2,}/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Quantities. They are read from the normalised text (lower case, no accents, ASCII digits).

const NUMBER = String.raw`(\d{1,3}(?:[ .,\u202f\u00a0]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)`;

function toNumber(raw: string): number {
  const compact = raw.replace(/[ \u202f\u00a0]/g, '');
  // "1.200" and "1,200" group thousands; "2.5" / "2,5" are decimals.
  if (/^\d{1,3}([.,]\d{3})+$/.test(compact)) return Number(compact.replace(/[.,]/g, ''));
  return Number(compact.replace(',', '.'));
}

const WIDTH_PATTERNS: readonly { re: RegExp; toCm: (m: RegExpExecArray) => number }[] = [
  // 2m20, 2 m 20
  { re: /\b(\d)\s?m\s?(\d{2})\b/, toCm: (m) => Number(m[1]) * 100 + Number(m[2]) },
  {
    re: new RegExp(
      String.raw`${NUMBER}\s?(cm|centimetres?|centimeters?|zentimeter|centimetri|سم)(?![a-z])`,
    ),
    toCm: (m) => toNumber(m[1]),
  },
  {
    re: new RegExp(String.raw`${NUMBER}\s?(m|metres?|meters?|meter|metri|metro|متر)(?![a-z])`),
    toCm: (m) => Math.round(toNumber(m[1]) * 100),
  },
  {
    re: new RegExp(
      String.raw`${NUMBER}\s?(de large|de largeur|large|wide|in width|breit|di larghezza|largo|عرض)`,
    ),
    toCm: (m) => {
      const n = toNumber(m[1]);
      return n <= 5 ? Math.round(n * 100) : n;
    },
  },
  {
    re: new RegExp(String.raw`(largeur|width|breite|larghezza|عرض)\D{0,20}?${NUMBER}`),
    toCm: (m) => {
      const n = toNumber(m[2]);
      return n <= 5 ? Math.round(n * 100) : n;
    },
  },
];

/** Widths in cm: "2m20", "220 cm", "pas plus de 180 de large", "2,5 m". Also returns the text without them. */
export function extractWidth(normalised: string): { widthCm?: number; rest: string } {
  for (const { re, toCm } of WIDTH_PATTERNS) {
    const m = re.exec(normalised);
    if (!m) continue;
    const cm = toCm(m);
    if (Number.isFinite(cm) && cm >= 20 && cm <= 1000) {
      return { widthCm: Math.round(cm), rest: normalised.replace(m[0], ' ') };
    }
  }
  return { rest: normalised };
}

const MAX_MARKERS = [
  'moins de',
  'pas plus de',
  'maximum',
  'max',
  'jusqu a',
  'au plus',
  'budget de',
  'budget',
  'under',
  'less than',
  'below',
  'up to',
  'at most',
  'no more than',
  'budget of',
  'bis zu',
  'bis',
  'unter',
  'hochstens',
  'maximal',
  'meno di',
  'fino a',
  'massimo',
  'sotto',
  'اقل من',
  'حتي',
  'بحد اقصي',
  'ميزانيه',
];
const MIN_MARKERS = [
  'plus de',
  'au moins',
  'minimum',
  'more than',
  'over',
  'at least',
  'mehr als',
  'mindestens',
  'uber',
  'piu di',
  'almeno',
  'اكثر من',
];
const CURRENCY = String.raw`(€|eur\b|euros?\b|\u20ac|يورو|k\b)`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const markerPattern = (markers: readonly string[]): RegExp =>
  new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${markers.map(escape).join('|')})\s*:?\s*(?:[€£$]\s*)?${NUMBER}\s*${CURRENCY}?`,
    'u',
  );
const MAX_BUDGET = markerPattern(MAX_MARKERS);
const MIN_BUDGET = markerPattern(MIN_MARKERS);
const PRICE_ALONE = new RegExp(String.raw`(?:[€£$]\s?${NUMBER})|(?:${NUMBER}\s?${CURRENCY})`);

function amount(raw: string, unit: string | undefined): number {
  const n = toNumber(raw);
  return unit === 'k' ? n * 1000 : n;
}

const plausiblePrice = (n: number): boolean => Number.isFinite(n) && n >= 10 && n <= 100_000;

const RANGE = new RegExp(
  String.raw`(?:entre|between|zwischen|tra|fra|بين)\s+(?:[€£$]\s*)?${NUMBER}\s*${CURRENCY}?\s*(?:et|and|und|e|و)\s*(?:[€£$]\s*)?${NUMBER}\s*${CURRENCY}?`,
);

/** "entre 500 et 1000 €", "between €500 and €1,000". */
function extractRange(text: string): { minPrice: number; maxPrice: number } | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const low = amount(m[1], m[2] ?? m[4]);
  const high = amount(m[3], m[4]);
  if (!plausiblePrice(low) || !plausiblePrice(high) || low > high) return undefined;
  return { minPrice: Math.round(low), maxPrice: Math.round(high) };
}

/** Budget bounds in EUR: "moins de 1500 €", "under 800", "max 1 200 euros", "plus de 500 €". */
export function extractBudget(normalised: string): { maxPrice?: number; minPrice?: number } {
  const { rest } = extractWidth(normalised);
  const range = extractRange(rest);
  if (range) return range;
  const result: { maxPrice?: number; minPrice?: number } = {};
  const max = MAX_BUDGET.exec(rest);
  if (max) {
    const n = amount(max[1], max[2]);
    if (plausiblePrice(n)) result.maxPrice = Math.round(n);
  }
  // "pas plus de 1500" is a maximum, not "plus de 1500".
  const min = MIN_BUDGET.exec(max ? rest.replace(max[0], ' ') : rest);
  if (min) {
    const n = amount(min[1], min[2]);
    if (plausiblePrice(n)) result.minPrice = Math.round(n);
  }
  if (result.maxPrice === undefined && result.minPrice === undefined) {
    const alone = PRICE_ALONE.exec(rest);
    if (alone) {
      const n = alone[1] !== undefined ? amount(alone[1], undefined) : amount(alone[2], alone[3]);
      if (plausiblePrice(n)) result.maxPrice = Math.round(n);
    }
  }
  return result;
}

const SEAT_WORDS = String.raw`(places?|seater|seats?|sitzer|platze|sitzplatze|posti|مقاعد|مقعد|اشخاص)`;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  zwei: 2,
  due: 2,
  trois: 3,
  three: 3,
  drei: 3,
  tre: 3,
  quatre: 4,
  four: 4,
  vier: 4,
  quattro: 4,
  cinq: 5,
  five: 5,
  funf: 5,
  cinque: 5,
  six: 6,
  sechs: 6,
  sei: 6,
  sept: 7,
  seven: 7,
  sieben: 7,
  sette: 7,
  huit: 8,
  eight: 8,
  acht: 8,
  otto: 8,
};
const SEATS = new RegExp(
  String.raw`\b(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})[\s-]?${SEAT_WORDS}`,
);

/** Seats: "3 places", "4-seater", "trois places", "3-Sitzer", "3 posti", "3 مقاعد". */
export function extractSeats(normalised: string): number | undefined {
  const m = SEATS.exec(normalised);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
  return n >= 1 && n <= 12 ? n : undefined;
}

/** A 1–5 rating given alone ("4", "5/5", "3 étoiles", "★★★★"). */
export function extractRating(text: string): number | undefined {
  const t = normalise(text).trim();
  const stars = /^[★⭐]{1,5}$/u.exec(t.replace(/\s|\ufe0f/g, ''));
  if (stars) return [...stars[0]].length;
  const m =
    /^(?:note\s*:?\s*)?([1-5])\s*(?:\/\s*5|sur 5|out of 5|etoiles?|stars?|sterne|stelle|نجوم)?\s*[.!]?$/.exec(
      t,
    );
  return m ? Number(m[1]) : undefined;
}

/** Reads the budget, width and seats of a message at once. */
export function extractQuantities(text: string): {
  maxPrice?: number;
  minPrice?: number;
  maxWidthCm?: number;
  seats?: number;
} {
  const normalised = normalise(text);
  const { widthCm } = extractWidth(normalised);
  return {
    ...extractBudget(normalised),
    ...(widthCm !== undefined ? { maxWidthCm: widthCm } : {}),
    ...(extractSeats(normalised) !== undefined ? { seats: extractSeats(normalised) } : {}),
  };
}

export { normalise };
