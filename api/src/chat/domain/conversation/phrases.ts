/**
 * Sentences composed from the catalogs: the criteria understood, a ticket's status, its
 * priority and deadlines, the evidence still missing, the decision in words. Also used by
 * the application (status changes pushed to the chat, handoff acknowledgements).
 */
import type { ClaimAnalysis, TicketStatus } from '../../../sav';
import type { ChatLocale } from '../locales';
import { capitalise, formatAmount, joinList, t, tCount, type CatalogKey } from './catalog';
import {
  COLOR_WORDS,
  MATERIAL_WORDS,
  STYLE_WORDS,
  USAGE_WORDS,
  type VocabularyEntry,
} from './criteria-lexicon';
import type { RelaxableCriterion } from './criteria';
import type { ProductCategory, ShoppingCriteria, TicketSummary } from './types';

const MS_PER_HOUR = 3_600_000;
/** Beyond this, a deadline reads better in days ("sous 5 jours" rather than "sous 120 h"). */
const MAX_HOURS_SPOKEN = 48;

const idOf = (entries: readonly VocabularyEntry[], value: string): string | undefined =>
  entries.find((e) => e.value === value)?.id;

function label(
  locale: ChatLocale,
  prefix: string,
  entries: readonly VocabularyEntry[],
  value: string,
): string {
  const id = idOf(entries, value);
  return id ? t(locale, `${prefix}.${id}` as CatalogKey) : value;
}

export function categoryLabel(locale: ChatLocale, category: ProductCategory): string {
  return t(locale, `category.${category}`);
}

/** The criteria understood, in words: "canapé, 3 places, moins de 1 500 €, couleur gris". */
export function criteriaSummary(locale: ChatLocale, c: ShoppingCriteria): string {
  const parts: string[] = [];
  if (c.category) parts.push(categoryLabel(locale, c.category));
  if (c.seats !== undefined) parts.push(t(locale, 'criteria.seats', { seats: c.seats }));
  for (const option of c.options ?? []) parts.push(t(locale, `option.${option}`));
  if (c.style)
    parts.push(
      t(locale, 'criteria.style', { style: label(locale, 'style', STYLE_WORDS, c.style) }),
    );
  if (c.colors?.length) {
    const colors = c.colors.map((v) => label(locale, 'color', COLOR_WORDS, v));
    parts.push(t(locale, 'criteria.colors', { colors: joinList(locale, colors, 'or') }));
  }
  if (c.material) {
    parts.push(
      t(locale, 'criteria.material', {
        material: label(locale, 'material', MATERIAL_WORDS, c.material),
      }),
    );
  }
  for (const usage of c.usage ?? []) parts.push(label(locale, 'usage', USAGE_WORDS, usage));
  if (c.maxWidthCm !== undefined) parts.push(t(locale, 'criteria.width', { width: c.maxWidthCm }));
  if (c.minPrice !== undefined) {
    parts.push(t(locale, 'criteria.minPrice', { amount: formatAmount(locale, c.minPrice) }));
  }
  if (c.maxPrice !== undefined) {
    parts.push(t(locale, 'criteria.maxPrice', { amount: formatAmount(locale, c.maxPrice) }));
  }
  return parts.join(', ');
}

export function relaxedCriterionLabel(locale: ChatLocale, criterion: RelaxableCriterion): string {
  return t(locale, `relax.${criterion}`);
}

/** "24 h", "5 jours": how long until a deadline, as the customer would say it. */
export function durationWords(locale: ChatLocale, hours: number): string {
  const whole = Math.max(1, Math.round(hours));
  if (whole > MAX_HOURS_SPOKEN && whole % 24 === 0) {
    return t(locale, 'duration.days', { count: whole / 24 });
  }
  return t(locale, 'duration.hours', { count: whole });
}

function hoursUntil(due: string, now: Date): number | undefined {
  const dueAt = Date.parse(due);
  const from = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(dueAt) || Number.isNaN(from) || dueAt <= from) return undefined;
  return (dueAt - from) / MS_PER_HOUR;
}

/**
 * "Priorité haute : un conseiller vous répond sous 24 h et une intervention est prévue sous 48 h."
 * Deadlines come from the ticket (relative to now), else from the analysis's SLA.
 */
export function slaSentence(
  locale: ChatLocale,
  ticket: Pick<TicketSummary, 'priority' | 'responseDueAt' | 'interventionDueAt'>,
  now: Date,
  fallback?: ClaimAnalysis['sla'],
): string {
  const response = hoursUntil(ticket.responseDueAt, now) ?? fallback?.responseHours ?? 0;
  const intervention =
    hoursUntil(ticket.interventionDueAt, now) ?? fallback?.interventionHours ?? 0;
  const priorityKey = `priority.${ticket.priority}` as const;
  return t(locale, 'ticket.sla', {
    priority: t(locale, priorityKey in PRIORITY_KEYS ? priorityKey : 'priority.P3'),
    response: durationWords(locale, response),
    intervention: durationWords(locale, intervention),
  });
}

const PRIORITY_KEYS = { 'priority.P0': 1, 'priority.P1': 1, 'priority.P2': 1, 'priority.P3': 1 };

const TICKET_STATUS_KEYS: Readonly<Record<TicketStatus, CatalogKey>> = {
  new: 'status.new',
  problem_analysis: 'status.problem_analysis',
  warranty_check: 'status.warranty_check',
  evidence_collection: 'status.evidence_collection',
  priority_assessment: 'status.priority_assessment',
  decision_pending: 'status.decision_pending',
  auto_resolved: 'status.auto_resolved',
  escalated_to_human: 'status.escalated_to_human',
  awaiting_technician: 'status.awaiting_technician',
  in_progress: 'status.in_progress',
  resolved: 'status.resolved',
  closed: 'status.closed',
  cancelled: 'status.cancelled',
};

/** A ticket's status in plain words of the language ("Votre dossier SAV-… est en cours d'analyse."). */
export function ticketStatusSentence(
  locale: ChatLocale,
  status: string,
  reference: string,
): string {
  const key = Object.hasOwn(TICKET_STATUS_KEYS, status)
    ? TICKET_STATUS_KEYS[status as TicketStatus]
    : 'status.unknown';
  return t(locale, key, { reference });
}

/** What the customer reads when a person takes over the conversation. */
export function handoffAcknowledgement(
  locale: ChatLocale,
  reason: 'customer_request' | 'escalation' | 'repeated_failure' = 'customer_request',
): string {
  if (reason === 'repeated_failure') return t(locale, 'handoff.repeatedFailure');
  if (reason === 'escalation') return t(locale, 'decision.escalate');
  return t(locale, 'handoff.ack');
}

/** "2 photos et 1 vidéo". */
export function evidenceCountWords(locale: ChatLocale, photos: number, videos: number): string {
  const parts: string[] = [];
  if (photos > 0) parts.push(tCount(locale, 'evidence.photos', photos));
  if (videos > 0) parts.push(tCount(locale, 'evidence.videos', videos));
  return joinList(locale, parts);
}

/**
 * What each picture should show, in the language. The analysis gives them in French per
 * category; when its list is not the one translated here, the French text is kept.
 */
export function evidenceShots(
  locale: ChatLocale,
  evidence: Pick<ClaimAnalysis, 'category' | 'evidence'>,
): string[] {
  const french = evidence.evidence.shots ?? [];
  const key = `shots.${evidence.category}` as CatalogKey;
  const known = Object.hasOwn(SHOT_CATEGORIES, evidence.category);
  const translated = known ? t(locale, key).split('\n') : [];
  return translated.length === french.length ? translated : [...french];
}

const SHOT_CATEGORIES = {
  structural: 1,
  mechanism: 1,
  fabric: 1,
  cushions: 1,
  delivery: 1,
  dimensions: 1,
  assembly: 1,
  smell: 1,
  unknown: 1,
};

/** The decision in words: what happens next for the customer. */
export function decisionSentence(locale: ChatLocale, decision: ClaimAnalysis['decision']): string {
  if (decision.action === 'technician') return t(locale, 'decision.technician');
  if (decision.action === 'escalate') return t(locale, 'decision.escalate');
  const resolution = `resolution.${decision.resolutionType}` as CatalogKey;
  const known = Object.hasOwn(RESOLUTION_TYPES, decision.resolutionType);
  if (decision.resolutionType === 'not_covered') return t(locale, 'resolution.not_covered');
  return [t(locale, 'decision.auto_resolve'), known ? t(locale, resolution) : '']
    .filter(Boolean)
    .join(' ');
}

const RESOLUTION_TYPES = {
  auto_replacement: 1,
  auto_repair: 1,
  auto_refund: 1,
  human_intervention: 1,
  technician_dispatch: 1,
  spare_parts_order: 1,
  customer_education: 1,
  not_covered: 1,
};

/** The four starting points of a conversation, as quick replies. */
export function menuQuickReplies(locale: ChatLocale): string[] {
  return [
    t(locale, 'menu.find'),
    t(locale, 'menu.claim'),
    t(locale, 'menu.status'),
    t(locale, 'menu.faq'),
  ];
}

/** Categories to choose from when the request is too vague. */
export const SUGGESTED_CATEGORIES: readonly ProductCategory[] = [
  'sofa',
  'armchair',
  'bed',
  'mattress',
  'table',
  'chair',
  'wardrobe',
  'bookcase',
];

export function categoryQuickReplies(locale: ChatLocale): string[] {
  return SUGGESTED_CATEGORIES.map((c) => capitalise(categoryLabel(locale, c)));
}

export function faqQuickReplies(locale: ChatLocale): string[] {
  return (
    ['faq.q.warranty', 'faq.q.delivery', 'faq.q.returns', 'faq.q.care', 'faq.q.payment'] as const
  ).map((key) => t(locale, key));
}
