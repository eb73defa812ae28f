/** Shared vocabulary of the after-sales rules (../shared/spec/sav-domain.md). Pure types only. */

export const PROBLEM_CATEGORIES = [
  'structural',
  'mechanism',
  'fabric',
  'cushions',
  'delivery',
  'assembly',
  'smell',
  'dimensions',
  'unknown',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const;
/** Severity (from the text) and priority (from the score) share the P0–P3 scale; P0 is the most urgent. */
export type PriorityLevel = (typeof PRIORITIES)[number];

export const CUSTOMER_TIERS = ['standard', 'silver', 'gold', 'vip'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

export const TONES = ['calm', 'concerned', 'frustrated', 'angry', 'urgent'] as const;
export type Tone = (typeof TONES)[number];

export const URGENCIES = ['low', 'medium', 'high', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const WARRANTY_COMPONENTS = [
  'structure',
  'mechanisms',
  'fabric',
  'cushions',
  'delivery',
  'assembly',
  'dimensions',
] as const;
export type WarrantyComponent = (typeof WARRANTY_COMPONENTS)[number];

export const WARRANTY_EXCLUSIONS = [
  'stain',
  'tear',
  'burn',
  'scratch',
  'misuse',
  'water_damage',
  'pet_damage',
] as const;
export type WarrantyExclusion = (typeof WARRANTY_EXCLUSIONS)[number];

export const DECISION_ACTIONS = ['auto_resolve', 'escalate', 'technician'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export const RESOLUTION_TYPES = [
  'auto_replacement',
  'auto_repair',
  'auto_refund',
  'human_intervention',
  'technician_dispatch',
  'spare_parts_order',
  'customer_education',
  'not_covered',
] as const;
export type ResolutionType = (typeof RESOLUTION_TYPES)[number];

export const TICKET_STATUSES = [
  'new',
  'problem_analysis',
  'warranty_check',
  'evidence_collection',
  'priority_assessment',
  'decision_pending',
  'auto_resolved',
  'escalated_to_human',
  'awaiting_technician',
  'in_progress',
  'resolved',
  'closed',
  'cancelled',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What the problem detector reads in a customer's text. */
export interface ProblemDetection {
  category: ProblemCategory;
  /** The other matching category, when two match. */
  secondaryCategory?: ProblemCategory;
  /** In [0, 1]. */
  confidence: number;
  severity: PriorityLevel;
  /** Matched symptoms, as short canonical French labels (e.g. "pied cassé", "mécanisme bloqué"). */
  symptoms: string[];
  /** An immediate danger was recognised (injury, child or animal at risk, collapse in use, smoke, sparks, burning smell, trapped fingers, falling gas strut): severity P0 and the "critical words" factor. */
  danger: boolean;
  /** The customer signalled something minor (léger, petit, un peu, à peine, slightly, minor…). */
  minor: boolean;
}

export interface ToneAnalysis {
  level: Tone;
  urgency: Urgency;
  /** Why, in short words: matched vocabulary, "!!!", "MAJUSCULES", "contact répété"… */
  signals: string[];
}

export const PRIORITY_FACTORS = [
  'category',
  'severity',
  'productAge',
  'warranty',
  'customerTier',
  'criticalWords',
  'previousClaims',
  'productValue',
] as const;
export type PriorityFactorName = (typeof PRIORITY_FACTORS)[number];

export interface PriorityFactor {
  name: PriorityFactorName;
  points: number;
  /** Short French explanation for the agent, e.g. "Structure : 30 points". */
  detail: string;
}

export interface SlaHours {
  responseHours: number;
  interventionHours: number;
}

export interface WarrantyVerdict {
  component: WarrantyComponent;
  covered: boolean;
  /** ISO date (YYYY-MM-DD) of the last covered day, when a start date is known. */
  expiresAt?: string;
  exclusions: WarrantyExclusion[];
  /** Why, in French, for the customer and the agent. */
  reason: string;
  /** Paid alternatives offered when not covered (French), empty when covered. */
  alternatives: string[];
}

export interface EvidenceRequirement {
  photos: number;
  videos: number;
  /** What to show, in French, one item per shot. */
  shots: string[];
}

export interface Decision {
  action: DecisionAction;
  resolutionType: ResolutionType;
  /** Why, in French. */
  reasons: string[];
}

/** Statuses that end the work on a ticket (its SLA clock stops, it leaves the open queue). */
export const CLOSING_STATUSES: readonly TicketStatus[] = [
  'resolved',
  'closed',
  'cancelled',
  'auto_resolved',
];
/** Every other status: the ticket is still being worked on. */
export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter(
  (s) => !CLOSING_STATUSES.includes(s),
);
