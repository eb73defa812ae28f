/**
 * What happens next to a claim (spec section 6). Rules are tried in the spec's order:
 * escalate, technician, auto-resolve; anything else goes to a person. `escalate` always comes
 * with `human_intervention`, `technician` with `technician_dispatch`.
 */
import type {
  Decision,
  PriorityLevel,
  ProblemCategory,
  ResolutionType,
  Tone,
  WarrantyVerdict,
} from './types';

export interface DecisionInput {
  priority: PriorityLevel;
  score: number;
  tone: Tone;
  customerAskedForHuman: boolean;
  category: ProblemCategory;
  warranty: WarrantyVerdict;
  evidenceComplete: boolean;
  /** The customer contests a "not covered" verdict. */
  disputesCoverage?: boolean;
}

export const ESCALATION_SCORE = 85;
export const AUTO_RESOLVE_MAX_SCORE = 70;

const CATEGORY_LABEL: Readonly<Record<ProblemCategory, string>> = {
  structural: 'Structure',
  mechanism: 'Mécanisme',
  fabric: 'Tissu/cuir',
  cushions: 'Coussins',
  delivery: 'Livraison',
  assembly: 'Montage',
  smell: 'Odeur',
  dimensions: 'Dimensions',
  unknown: 'Catégorie non identifiée',
};

/** Automatic resolution of a covered P2/P3 claim, by category; unknown has none. */
const AUTO_RESOLUTION: Readonly<
  Partial<Record<ProblemCategory, { type: ResolutionType; reason: string }>>
> = {
  cushions: {
    type: 'spare_parts_order',
    reason: 'Coussin de remplacement envoyé (pièce détachée)',
  },
  fabric: { type: 'auto_repair', reason: 'Réparation du revêtement prise en charge' },
  assembly: { type: 'spare_parts_order', reason: 'Envoi des pièces manquantes' },
  smell: {
    type: 'customer_education',
    reason:
      "Conseils d'entretien : aérer la pièce régulièrement, l'odeur d'un meuble neuf disparaît en 2 à 3 semaines",
  },
  dimensions: {
    type: 'auto_refund',
    reason: "Offre d'échange ou de retour dans le délai légal de rétractation",
  },
  delivery: {
    type: 'auto_replacement',
    reason: "Remplacement de l'article endommagé à la livraison",
  },
  structural: { type: 'auto_repair', reason: 'Réparation de la structure prise en charge' },
  mechanism: { type: 'auto_repair', reason: 'Réparation du mécanisme prise en charge' },
};

const isTechnicalCategory = (category: ProblemCategory): boolean =>
  category === 'structural' || category === 'mechanism';

const isLowPriority = (priority: PriorityLevel): boolean => priority === 'P2' || priority === 'P3';

function escalate(reasons: string[]): Decision {
  return { action: 'escalate', resolutionType: 'human_intervention', reasons };
}

function escalationTriggers(input: DecisionInput): string[] {
  const triggers: string[] = [];
  if (input.priority === 'P0') triggers.push('Priorité P0 : danger ou situation critique');
  if (input.score >= ESCALATION_SCORE) {
    triggers.push(`Score de priorité ${input.score} (seuil d'escalade ${ESCALATION_SCORE})`);
  }
  if (input.tone === 'angry') triggers.push('Client en colère : un conseiller reprend la main');
  if (input.customerAskedForHuman === true) {
    triggers.push('Le client demande à parler à un conseiller');
  }
  if (!input.warranty.covered && input.disputesCoverage === true) {
    triggers.push('Le client conteste le refus de garantie');
  }
  return triggers;
}

function notCoveredReasons(warranty: WarrantyVerdict): string[] {
  const reasons = [`Hors garantie : ${warranty.reason}`];
  if (warranty.alternatives.length > 0) {
    reasons.push(`Alternatives payantes proposées : ${warranty.alternatives.join(' ; ')}`);
  }
  return reasons;
}

export function decide(input: DecisionInput): Decision {
  const { priority, category, warranty } = input;
  const label = CATEGORY_LABEL[category] ?? CATEGORY_LABEL.unknown;
  const needsTechnician = isTechnicalCategory(category) && priority === 'P1';

  const triggers = escalationTriggers(input);
  if (triggers.length > 0) {
    // The agent taking over should know a visit will probably be needed.
    if (needsTechnician) {
      triggers.push(`${label} en priorité P1 : intervention d'un technicien à prévoir`);
    }
    return escalate(triggers);
  }

  if (needsTechnician) {
    // A technician visit is a warranty service. Out of warranty, a person first explains the
    // paid repair quote rather than sending someone the customer has not agreed to pay for.
    if (!warranty.covered) {
      return escalate([
        `${label} en priorité P1 hors garantie : un conseiller propose un devis de réparation avant tout déplacement`,
        ...notCoveredReasons(warranty),
      ]);
    }
    return {
      action: 'technician',
      resolutionType: 'technician_dispatch',
      reasons: [`${label} en priorité P1 : intervention d'un technicien`, warranty.reason],
    };
  }

  if (isLowPriority(priority)) {
    // Not covered and not disputed: the answer is known, the customer gets the paid options
    // straight away (and can still dispute, which escalates).
    if (!warranty.covered) {
      return {
        action: 'auto_resolve',
        resolutionType: 'not_covered',
        reasons: notCoveredReasons(warranty),
      };
    }
    const resolution = AUTO_RESOLUTION[category];
    const scoreOk = input.score < AUTO_RESOLVE_MAX_SCORE;
    // Belt and braces: a fabric claim is repaired only if no exclusion was found.
    const excluded = warranty.exclusions.length > 0;
    if (input.evidenceComplete === true && scoreOk && resolution !== undefined && !excluded) {
      return {
        action: 'auto_resolve',
        resolutionType: resolution.type,
        reasons: [
          `Priorité ${priority}, preuves complètes, score ${input.score} inférieur à ${AUTO_RESOLVE_MAX_SCORE}, sous garantie : résolution automatique`,
          resolution.reason,
        ],
      };
    }
    const blockers: string[] = [];
    if (input.evidenceComplete !== true) blockers.push('Preuves incomplètes');
    if (!scoreOk) {
      blockers.push(
        `Score de priorité ${input.score} trop élevé pour une résolution automatique (seuil ${AUTO_RESOLVE_MAX_SCORE})`,
      );
    }
    if (resolution === undefined)
      blockers.push('Catégorie non identifiée : pas de résolution automatique');
    if (excluded) blockers.push('Exclusion de garantie relevée');
    return escalate([...blockers, 'Examen par un conseiller']);
  }

  // P1 outside structure and mechanism (a piece delivered broken, an unusable cushion…).
  return escalate([
    `${label} en priorité ${priority} : examen par un conseiller`,
    ...(warranty.covered ? [warranty.reason] : notCoveredReasons(warranty)),
  ]);
}
