import { readProblem } from './detector';
import { decide } from './decision';
import {
  canProceed,
  evidenceCompleteness,
  evidenceRequestText,
  evidenceRequirement,
} from './evidence';
import { productAgeDays, scorePriority } from './scorer';
import { SLA_HOURS } from './sla';
import { analyseText, foldText } from './text';
import { analyzeToneOf } from './tone';
import type {
  CustomerTier,
  Decision,
  PriorityFactor,
  PriorityLevel,
  ProblemCategory,
  SlaHours,
  Tone,
  Urgency,
  WarrantyVerdict,
} from './types';
import { assessWarranty } from './warranty';

export interface ClaimInput {
  description: string;
  now: Date;
  purchaseDate?: Date;
  deliveryDate?: Date;
  customerTier?: CustomerTier;
  previousClaims?: number;
  productValue?: number;
  productWarranty?: Partial<Record<'structure' | 'mechanisms' | 'fabric' | 'cushions', number>>;
  previousContacts?: number;
  /** Photos and videos received so far; unknown when the claim is only being assessed. */
  evidence?: { photos: number; videos: number };
  disputesCoverage?: boolean;
}

export interface ClaimAnalysis {
  category: ProblemCategory;
  secondaryCategory?: ProblemCategory;
  confidence: number;
  severity: PriorityLevel;
  symptoms: string[];
  priority: PriorityLevel;
  score: number;
  factors: PriorityFactor[];
  sla: SlaHours;
  tone: { level: Tone; urgency: Urgency; signals: string[] };
  warranty: WarrantyVerdict;
  evidence: {
    photos: number;
    videos: number;
    shots: string[];
    request: string;
    completeness: number | null;
    canProceed: boolean;
  };
  decision: Decision;
  customerAskedForHuman: boolean;
}

const HUMAN_REQUEST = [
  /\b(parler|discuter|echanger)\b.{0,30}\b(quelqu ?un|humain|personne|conseiller|conseillere|agent|responsable|vrai)/,
  /\b(un|une|a|an|real)\s+(humain|conseiller|conseillere|human|person|agent)\b/,
  /\b(speak|talk)\b.{0,20}\b(someone|somebody|human|person|agent|manager)\b/,
  /\b(mit einem menschen|mitarbeiter sprechen|parlare con (un|una) (operatore|persona))\b/,
];

/** The customer asks for a person rather than the assistant. */
export function asksForHuman(text: string): boolean {
  const folded = foldText(text.slice(0, 5_000)).replace(/'/g, ' ');
  return HUMAN_REQUEST.some((re) => re.test(folded));
}

const validDate = (d: Date | undefined): Date | undefined =>
  d instanceof Date && !Number.isNaN(d.getTime()) ? d : undefined;

/**
 * The whole after-sales assessment of one claim: what the problem is, how
 * urgent, whether the warranty covers it, what evidence to ask for and what
 * to do next. Pure: the same input always gives the same analysis.
 */
export function analyzeClaim(input: ClaimInput): ClaimAnalysis {
  const purchaseDate = validDate(input.purchaseDate);
  const deliveryDate = validDate(input.deliveryDate);
  // One reading of the text serves the detector and the tone analysis.
  const doc = analyseText(input.description);
  const { detection, dangers } = readProblem(doc);
  const tone = analyzeToneOf(doc, dangers, { previousContacts: input.previousContacts });
  const warranty = assessWarranty({
    category: detection.category,
    text: input.description,
    purchaseDate,
    deliveryDate,
    now: input.now,
    productWarranty: input.productWarranty,
  });
  const { score, priority, factors } = scorePriority({
    category: detection.category,
    severity: detection.severity,
    productAgeDays: productAgeDays(deliveryDate, purchaseDate, input.now),
    warrantyCovered: warranty.covered,
    customerTier: input.customerTier ?? 'standard',
    criticalWords: detection.danger,
    previousClaims: input.previousClaims ?? 0,
    productValue: input.productValue,
  });
  const requirement = evidenceRequirement(detection.category);
  const completeness = input.evidence ? evidenceCompleteness(requirement, input.evidence) : null;
  const customerAskedForHuman = asksForHuman(input.description);
  const decision = decide({
    priority,
    score,
    tone: tone.level,
    customerAskedForHuman,
    category: detection.category,
    warranty,
    // Before any file is received, decide as if the requested evidence will come.
    evidenceComplete: completeness === null ? true : completeness >= 100,
    disputesCoverage: input.disputesCoverage,
  });
  return {
    category: detection.category,
    ...(detection.secondaryCategory ? { secondaryCategory: detection.secondaryCategory } : {}),
    confidence: detection.confidence,
    severity: detection.severity,
    symptoms: detection.symptoms,
    priority,
    score,
    factors,
    sla: SLA_HOURS[priority],
    tone: { level: tone.level, urgency: tone.urgency, signals: tone.signals },
    warranty,
    evidence: {
      photos: requirement.photos,
      videos: requirement.videos,
      shots: requirement.shots,
      request: evidenceRequestText(detection.category),
      completeness,
      canProceed: canProceed(completeness ?? 0, priority),
    },
    decision,
    customerAskedForHuman,
  };
}
