import { foldAccents } from '../../common/text/fold';

/**
 * Reads a shopper's free text ("canapé cuir noir moins de 1500") into filters
 * the catalog understands, leaving the other words to full-text search.
 */

export const PRODUCT_CATEGORIES = [
  'sofa',
  'armchair',
  'bed',
  'mattress',
  'table',
  'chair',
  'storage',
  'wardrobe',
  'bookcase',
  'tv_unit',
  'outdoor',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export interface ParsedProductQuery {
  category?: ProductCategory;
  minPrice?: number;
  maxPrice?: number;
  maxWidthCm?: number;
  colors: string[];
  materials: string[];
  /** What is left for full-text search. */
  terms: string[];
}

/** Lower case, no accents, no elision: the form every word list below uses. */
export function fold(text: string): string {
  return foldAccents(text)
    .replace(/\b[dlcjmnst]'/g, ' ')
    .replace(/['’]/g, ' ');
}

/** Singular of a folded French or English word (canapes → canape, chevaux is not furniture). */
function singular(word: string): string {
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x')) && !word.endsWith('ss')) {
    return word.slice(0, -1);
  }
  return word;
}

const CATEGORY_WORDS: Record<string, ProductCategory> = {
  canape: 'sofa',
  sofa: 'sofa',
  divan: 'sofa',
  couch: 'sofa',
  banquette: 'sofa',
  fauteuil: 'armchair',
  armchair: 'armchair',
  lit: 'bed',
  bed: 'bed',
  sommier: 'bed',
  matela: 'mattress',
  mattres: 'mattress',
  table: 'table',
  chaise: 'chair',
  chair: 'chair',
  tabouret: 'chair',
  commode: 'storage',
  buffet: 'storage',
  rangement: 'storage',
  armoire: 'wardrobe',
  penderie: 'wardrobe',
  dressing: 'wardrobe',
  wardrobe: 'wardrobe',
  bibliotheque: 'bookcase',
  etagere: 'bookcase',
  bookcase: 'bookcase',
  jardin: 'outdoor',
  exterieur: 'outdoor',
  outdoor: 'outdoor',
  garden: 'outdoor',
};

const COLOR_WORDS: Record<string, string> = {
  noir: 'noir',
  noire: 'noir',
  black: 'noir',
  blanc: 'blanc',
  blanche: 'blanc',
  white: 'blanc',
  gri: 'gris',
  grey: 'gris',
  gray: 'gris',
  beige: 'beige',
  bleu: 'bleu',
  bleue: 'bleu',
  blue: 'bleu',
  vert: 'vert',
  verte: 'vert',
  green: 'vert',
  rouge: 'rouge',
  red: 'rouge',
  jaune: 'jaune',
  yellow: 'jaune',
  marron: 'marron',
  brown: 'marron',
  cognac: 'cognac',
  naturel: 'naturel',
  naturelle: 'naturel',
  taupe: 'taupe',
  rose: 'rose',
  pink: 'rose',
  orange: 'orange',
  anthracite: 'anthracite',
  terracotta: 'terracotta',
  moutarde: 'moutarde',
  creme: 'crème',
  ecru: 'écru',
};

const MATERIAL_WORDS: Record<string, string> = {
  cuir: 'cuir',
  leather: 'cuir',
  tissu: 'tissu',
  fabric: 'tissu',
  velour: 'velours',
  velvet: 'velours',
  lin: 'lin',
  linen: 'lin',
  chene: 'chêne',
  oak: 'chêne',
  noyer: 'noyer',
  walnut: 'noyer',
  metal: 'métal',
  verre: 'verre',
  glass: 'verre',
  marbre: 'marbre',
  marble: 'marbre',
  rotin: 'rotin',
  rattan: 'rotin',
  teck: 'teck',
  teak: 'teck',
  bouclette: 'bouclette',
  microfibre: 'microfibre',
};

// "1500", "1 500" (French thousands), "1499,90".
const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)`;
const CURRENCY = String.raw`\s*(?:€|eur|euros?)?`;

interface Rule {
  pattern: RegExp;
  apply: (q: ParsedProductQuery, values: number[]) => void;
}

const RULES: Rule[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:entre|between)\s+${NUMBER}${CURRENCY}\s+(?:et|and)\s+${NUMBER}${CURRENCY}`,
      'g',
    ),
    apply: (q, [a = 0, b = 0]) => {
      q.minPrice = Math.min(a, b);
      q.maxPrice = Math.max(a, b);
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:moins de|pas plus de|maximum|max|jusqu a|under|below|less than|up to|budget(?: de)?|inferieur a)\s*${NUMBER}\s*cm\b`,
      'g',
    ),
    apply: (q, [v]) => {
      q.maxWidthCm = v;
    },
  },
  {
    pattern: new RegExp(
      String.raw`(?:\b(?:moins de|pas plus de|maximum|max|jusqu a|under|below|less than|up to|budget(?: de)?|inferieur a)\s*|<\s*)${NUMBER}${CURRENCY}`,
      'g',
    ),
    apply: (q, [v]) => {
      q.maxPrice = v;
    },
  },
  {
    pattern: new RegExp(String.raw`\b${NUMBER}${CURRENCY}\s*(?:max|maximum)\b`, 'g'),
    apply: (q, [v]) => {
      q.maxPrice = v;
    },
  },
  {
    pattern: new RegExp(
      String.raw`(?:\b(?:plus de|a partir de|minimum|min|over|above|more than|superieur a)\s*|>\s*)${NUMBER}${CURRENCY}`,
      'g',
    ),
    apply: (q, [v]) => {
      q.minPrice = v;
    },
  },
];

const STOP_WORDS = new Set([
  'de',
  'du',
  'des',
  'le',
  'la',
  'les',
  'un',
  'une',
  'en',
  'et',
  'ou',
  'au',
  'aux',
  'pour',
  'avec',
  'sans',
  'the',
  'a',
  'an',
  'and',
  'or',
  'with',
  'for',
  'in',
  'of',
  'je',
  'cherche',
  'veux',
  'voudrais',
  'looking',
  'want',
  'euro',
  'euros',
  'eur',
  'prix',
  'price',
  'place',
  'places',
]);

/** Never throws; numbers outside reason are ignored rather than trusted. */
export function parseProductQuery(text: string): ParsedProductQuery {
  const result: ParsedProductQuery = { colors: [], materials: [], terms: [] };
  let rest = fold(text.slice(0, 500));
  for (const rule of RULES) {
    rest = rest.replace(rule.pattern, (_whole: string, ...args: unknown[]) => {
      const values = args
        .filter((a): a is string => typeof a === 'string' && /^\d/.test(a))
        .map((a) => Number(a.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')));
      if (values.length > 0 && values.every((v) => Number.isFinite(v) && v < 1_000_000)) {
        rule.apply(result, values);
      }
      return ' ';
    });
  }
  for (const raw of rest.split(/[^a-z0-9]+/)) {
    if (!raw || STOP_WORDS.has(raw)) continue;
    const word = singular(raw);
    const category = CATEGORY_WORDS[word] ?? CATEGORY_WORDS[raw];
    const color = COLOR_WORDS[word] ?? COLOR_WORDS[raw];
    const material = MATERIAL_WORDS[word] ?? MATERIAL_WORDS[raw];
    if (category && !result.category) result.category = category;
    else if (color) pushUnique(result.colors, color);
    else if (material) pushUnique(result.materials, material);
    else if (!/^\d+$/.test(raw) && raw.length > 1) pushUnique(result.terms, raw);
  }
  return result;
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
