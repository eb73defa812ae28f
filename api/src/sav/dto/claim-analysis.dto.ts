import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ClaimAnalysis } from '../domain/analyze';
import {
  DECISION_ACTIONS,
  type DecisionAction,
  PRIORITIES,
  PRIORITY_FACTORS,
  type PriorityFactorName,
  type PriorityLevel,
  PROBLEM_CATEGORIES,
  type ProblemCategory,
  RESOLUTION_TYPES,
  type ResolutionType,
  TICKET_STATUSES,
  TONES,
  type Tone,
  URGENCIES,
  type Urgency,
  WARRANTY_COMPONENTS,
  WARRANTY_EXCLUSIONS,
  type WarrantyComponent,
  type WarrantyExclusion,
} from '../domain/types';

/** Named once in the OpenAPI document, so clients share one type for each. */
export const TICKET_STATUS_SCHEMA = { enum: TICKET_STATUSES, enumName: 'TicketStatus' };
export const PRIORITY_SCHEMA = { enum: PRIORITIES, enumName: 'PriorityLevel' };
export const CATEGORY_SCHEMA = { enum: PROBLEM_CATEGORIES, enumName: 'ProblemCategory' };

export class PriorityFactorView {
  @ApiProperty({ enum: PRIORITY_FACTORS, example: 'category' }) name!: PriorityFactorName;
  @ApiProperty({ type: 'integer', example: 30 }) points!: number;
  @ApiProperty({ example: 'Catégorie structure : 30 points' }) detail!: string;
}

export class SlaHoursView {
  @ApiProperty({ type: 'integer', example: 24, description: 'Hours to the first response' })
  responseHours!: number;
  @ApiProperty({ type: 'integer', example: 72, description: 'Hours to the intervention' })
  interventionHours!: number;
}

export class ToneView {
  @ApiProperty({ enum: TONES, example: 'concerned' }) level!: Tone;
  @ApiProperty({ enum: URGENCIES, example: 'medium' }) urgency!: Urgency;
  @ApiProperty({
    type: [String],
    example: ['inquiet'],
    description: 'Why: matched words, "!!!", capitals, a repeated contact…',
  })
  signals!: string[];
}

export class WarrantyVerdictView {
  @ApiProperty({ enum: WARRANTY_COMPONENTS, example: 'structure' }) component!: WarrantyComponent;
  @ApiProperty({ example: true }) covered!: boolean;
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    example: '2031-05-19',
    description: 'The last covered day, when a start date is known',
  })
  expiresAt?: string;
  @ApiProperty({ enum: WARRANTY_EXCLUSIONS, isArray: true, example: [] })
  exclusions!: WarrantyExclusion[];
  @ApiProperty({ example: 'Structure garantie 5 ans, jusqu’au 19/05/2031.' }) reason!: string;
  @ApiProperty({
    type: [String],
    example: [],
    description: 'Paid alternatives offered when not covered; empty when covered',
  })
  alternatives!: string[];
}

export class ClaimEvidenceView {
  @ApiProperty({ type: 'integer', example: 3, description: 'Photos asked for' }) photos!: number;
  @ApiProperty({ type: 'integer', example: 1, description: 'Videos asked for' }) videos!: number;
  @ApiProperty({ type: [String], example: ['vue d’ensemble du meuble'] }) shots!: string[];
  @ApiProperty({ description: 'The request to the customer, in French' }) request!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 100,
    description: 'Percentage of the evidence received; null while only assessed',
  })
  completeness!: number | null;
  @ApiProperty({ example: true, description: 'The claim may move on with what it has' })
  canProceed!: boolean;
}

export class ClaimDecisionView {
  @ApiProperty({ enum: DECISION_ACTIONS, example: 'technician' }) action!: DecisionAction;
  @ApiProperty({ enum: RESOLUTION_TYPES, example: 'technician_dispatch' })
  resolutionType!: ResolutionType;
  @ApiProperty({
    type: [String],
    example: ['Problème de structure en P1 : intervention d’un technicien.'],
  })
  reasons!: string[];
}

/** The after-sales assessment of a claim (POST /sav/analyze, and a ticket's `analysis`). */
export class ClaimAnalysisView implements ClaimAnalysis {
  @ApiProperty({ ...CATEGORY_SCHEMA, example: 'structural' }) category!: ProblemCategory;
  @ApiPropertyOptional({ ...CATEGORY_SCHEMA, description: 'The other matching category' })
  secondaryCategory?: ProblemCategory;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.9 }) confidence!: number;
  @ApiProperty({ ...PRIORITY_SCHEMA, example: 'P1', description: 'Read in the text' })
  severity!: PriorityLevel;
  @ApiProperty({ type: [String], example: ['pied cassé'] }) symptoms!: string[];
  @ApiProperty({ ...PRIORITY_SCHEMA, example: 'P1', description: 'From the score' })
  priority!: PriorityLevel;
  @ApiProperty({
    type: 'integer',
    example: 78,
    description: 'Sum of the factors, out of 130',
  })
  score!: number;
  @ApiProperty({ type: [PriorityFactorView] }) factors!: PriorityFactorView[];
  @ApiProperty({ type: SlaHoursView }) sla!: SlaHoursView;
  @ApiProperty({ type: ToneView }) tone!: ToneView;
  @ApiProperty({ type: WarrantyVerdictView }) warranty!: WarrantyVerdictView;
  @ApiProperty({ type: ClaimEvidenceView }) evidence!: ClaimEvidenceView;
  @ApiProperty({ type: ClaimDecisionView }) decision!: ClaimDecisionView;
  @ApiProperty({ example: false, description: 'The customer asked for a person' })
  customerAskedForHuman!: boolean;
}
