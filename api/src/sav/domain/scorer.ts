/**
 * Priority score (spec section 2): eight factors, 30–130 points, each explained in French so
 * an agent sees why a claim ranks where it does.
 */
import type { CustomerTier, PriorityFactor, PriorityLevel, ProblemCategory } from './types';
import { utcDayNumber, warrantyStart } from './warranty';

export interface PriorityInput {
  category: ProblemCategory;
  severity: PriorityLevel;
  /** Days since delivery, else purchase; undefined when neither date is known. */
  productAgeDays?: number;
  warrantyCovered: boolean;
  customerTier: CustomerTier;
  /** An immediate danger was recognised (the P0 danger of the detector). */
  criticalWords: boolean;
  previousClaims: number;
  /** EUR; undefined when unknown. */
  productValue?: number;
}

export interface PriorityScore {
  score: number;
  priority: PriorityLevel;
  factors: PriorityFactor[];
}

export const CATEGORY_POINTS: Readonly<Record<ProblemCategory, number>> = {
  structural: 30,
  mechanism: 25,
  delivery: 20,
  dimensions: 18,
  cushions: 15,
  assembly: 15,
  fabric: 10,
  smell: 8,
  unknown: 5,
};

export const SEVERITY_POINTS: Readonly<Record<PriorityLevel, number>> = {
  P0: 25,
  P1: 20,
  P2: 10,
  P3: 5,
};

export const TIER_POINTS: Readonly<Record<CustomerTier, number>> = {
  vip: 15,
  gold: 12,
  silver: 8,
  standard: 5,
};

/** Lowest score of each priority; P0 is also reached by a P0 severity whatever the score. */
export const PRIORITY_THRESHOLDS = { P0: 85, P1: 65, P2: 45 } as const;

const CATEGORY_LABEL: Readonly<Record<ProblemCategory, string>> = {
  structural: 'structure',
  mechanism: 'mécanisme',
  delivery: 'livraison',
  dimensions: 'dimensions',
  cushions: 'coussins',
  assembly: 'montage',
  fabric: 'tissu/cuir',
  smell: 'odeur',
  unknown: 'non identifiée',
};

const TIER_LABEL: Readonly<Record<CustomerTier, string>> = {
  vip: 'VIP',
  gold: 'Gold',
  silver: 'Silver',
  standard: 'standard',
};

/** Upper bound (exclusive) of each age band in days, with its points; older gets 5. */
const AGE_BANDS: readonly { below: number; points: number; label: string }[] = [
  { below: 7, points: 20, label: 'moins de 7 jours' },
  { below: 30, points: 18, label: 'moins de 30 jours' },
  { below: 90, points: 15, label: 'moins de 90 jours' },
  { below: 365, points: 10, label: "moins d'un an" },
  { below: 730, points: 8, label: 'moins de 2 ans' },
];
const OLD_OR_UNKNOWN_AGE_POINTS = 5;

/** Lower bound (exclusive) of each value band in EUR, with its points; cheaper or unknown gets 2. */
const VALUE_BANDS: readonly { above: number; points: number }[] = [
  { above: 3000, points: 5 },
  { above: 2000, points: 4 },
  { above: 1000, points: 3 },
];
const LOW_OR_UNKNOWN_VALUE_POINTS = 2;

const pts = (points: number): string => (points <= 1 ? `${points} point` : `${points} points`);

function categoryFactor(category: ProblemCategory): PriorityFactor {
  const points = CATEGORY_POINTS[category] ?? CATEGORY_POINTS.unknown;
  const label = CATEGORY_LABEL[category] ?? CATEGORY_LABEL.unknown;
  return { name: 'category', points, detail: `Catégorie ${label} : ${pts(points)}` };
}

function severityFactor(severity: PriorityLevel): PriorityFactor {
  const points = SEVERITY_POINTS[severity] ?? SEVERITY_POINTS.P3;
  return { name: 'severity', points, detail: `Gravité initiale ${severity} : ${pts(points)}` };
}

/** A negative, infinite or NaN age is a data error: scored like an unknown date. */
function ageFactor(days: number | undefined): PriorityFactor {
  if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
    const points = OLD_OR_UNKNOWN_AGE_POINTS;
    return {
      name: 'productAge',
      points,
      detail: `Date de livraison et d'achat inconnue : ${pts(points)}`,
    };
  }
  const whole = Math.floor(days);
  const band = AGE_BANDS.find((b) => days < b.below);
  const age = `Produit livré ou acheté il y a ${whole} jour${whole > 1 ? 's' : ''}`;
  if (band === undefined) {
    return {
      name: 'productAge',
      points: OLD_OR_UNKNOWN_AGE_POINTS,
      detail: `${age} (2 ans ou plus) : ${pts(OLD_OR_UNKNOWN_AGE_POINTS)}`,
    };
  }
  return {
    name: 'productAge',
    points: band.points,
    detail: `${age} (${band.label}) : ${pts(band.points)}`,
  };
}

function warrantyFactor(covered: boolean): PriorityFactor {
  const points = covered ? 15 : 5;
  return {
    name: 'warranty',
    points,
    detail: `${covered ? 'Sous garantie' : 'Hors garantie'} : ${pts(points)}`,
  };
}

function tierFactor(tier: CustomerTier): PriorityFactor {
  const points = TIER_POINTS[tier] ?? TIER_POINTS.standard;
  const label = TIER_LABEL[tier] ?? TIER_LABEL.standard;
  return { name: 'customerTier', points, detail: `Client ${label} : ${pts(points)}` };
}

function criticalFactor(present: boolean): PriorityFactor {
  const points = present ? 10 : 0;
  return {
    name: 'criticalWords',
    points,
    detail: present
      ? `Danger immédiat signalé : ${pts(points)}`
      : `Aucun danger signalé : ${pts(points)}`,
  };
}

/** A count that is not a finite non-negative number is read as "none on record". */
function claimsFactor(previousClaims: number): PriorityFactor {
  const count =
    typeof previousClaims === 'number' && Number.isFinite(previousClaims) && previousClaims > 0
      ? Math.floor(previousClaims)
      : 0;
  const points = count === 0 ? 10 : count === 1 ? 8 : count === 2 ? 5 : 3;
  const label =
    count === 0
      ? 'Aucune réclamation précédente'
      : count === 1
        ? '1 réclamation précédente'
        : count === 2
          ? '2 réclamations précédentes'
          : `${count} réclamations précédentes (3 ou plus)`;
  return { name: 'previousClaims', points, detail: `${label} : ${pts(points)}` };
}

function valueFactor(value: number | undefined): PriorityFactor {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    const points = LOW_OR_UNKNOWN_VALUE_POINTS;
    return { name: 'productValue', points, detail: `Valeur du produit inconnue : ${pts(points)}` };
  }
  const band = VALUE_BANDS.find((b) => value > b.above);
  const points = band?.points ?? LOW_OR_UNKNOWN_VALUE_POINTS;
  const range = band ? `plus de ${band.above} €` : '1000 € ou moins';
  const shown = Number.isFinite(value) ? `${Math.round(value)} €` : 'hors norme';
  return {
    name: 'productValue',
    points,
    detail: `Valeur du produit ${shown} (${range}) : ${pts(points)}`,
  };
}

/** P0 when score ≥ 85 or the severity is P0; P1 ≥ 65; P2 ≥ 45; else P3. */
export function priorityFromScore(score: number, severity: PriorityLevel): PriorityLevel {
  if (severity === 'P0' || score >= PRIORITY_THRESHOLDS.P0) return 'P0';
  if (score >= PRIORITY_THRESHOLDS.P1) return 'P1';
  if (score >= PRIORITY_THRESHOLDS.P2) return 'P2';
  return 'P3';
}

/** The score is exactly the sum of the eight factors, listed in the spec's order. */
export function scorePriority(input: PriorityInput): PriorityScore {
  const factors: PriorityFactor[] = [
    categoryFactor(input.category),
    severityFactor(input.severity),
    ageFactor(input.productAgeDays),
    warrantyFactor(input.warrantyCovered === true),
    tierFactor(input.customerTier),
    criticalFactor(input.criticalWords === true),
    claimsFactor(input.previousClaims),
    valueFactor(input.productValue),
  ];
  const score = factors.reduce((sum, factor) => sum + factor.points, 0);
  return { score, priority: priorityFromScore(score, input.severity), factors };
}

/**
 * Whole UTC calendar days since delivery, else purchase; undefined when neither is a usable
 * date on or before `now` (a delivery still to come falls back to the purchase date).
 */
export function productAgeDays(
  deliveryDate: Date | undefined,
  purchaseDate: Date | undefined,
  now: Date,
): number | undefined {
  const start = warrantyStart(deliveryDate, purchaseDate, now);
  const today = utcDayNumber(now);
  return start === undefined || today === undefined ? undefined : today - start.day;
}
