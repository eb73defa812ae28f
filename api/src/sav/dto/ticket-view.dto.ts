import { ApiProperty } from '@nestjs/swagger';
import {
  DECISION_ACTIONS,
  type DecisionAction,
  type PriorityLevel,
  type ProblemCategory,
  RESOLUTION_TYPES,
  type ResolutionType,
  type TicketStatus,
} from '../domain/types';
import {
  TICKET_EVENT_KINDS,
  TICKET_SOURCES,
  type TicketEventKind,
  type TicketSource,
} from '../entities/ticket.entity';
import {
  CATEGORY_SCHEMA,
  ClaimAnalysisView,
  PRIORITY_SCHEMA,
  TICKET_STATUS_SCHEMA,
} from './claim-analysis.dto';

export class TicketCustomerView {
  @ApiProperty({ type: String, nullable: true, example: 'jeanne.dupont@example.fr' })
  email!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Jeanne Dupont' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '+33612345678' }) phone!: string | null;
}

export class TicketSlaView {
  @ApiProperty({ format: 'date-time' }) responseDueAt!: string;
  @ApiProperty({ format: 'date-time' }) interventionDueAt!: string;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When an agent first answered the customer (null: not yet)',
  })
  respondedAt!: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the ticket was resolved (null: not yet)',
  })
  resolvedAt!: string | null;
  @ApiProperty({ description: 'No first response yet and its deadline has passed' })
  responseBreached!: boolean;
  @ApiProperty({ description: 'Not resolved yet and its deadline has passed' })
  interventionBreached!: boolean;
}

export class TicketDecisionView {
  @ApiProperty({ enum: DECISION_ACTIONS, example: 'technician' }) action!: DecisionAction;
  @ApiProperty({ enum: RESOLUTION_TYPES, example: 'technician_dispatch' })
  resolutionType!: ResolutionType;
}

/** A ticket as the queue lists it. */
export class TicketView {
  @ApiProperty({ example: 'SAV-2026-000042' }) reference!: string;
  @ApiProperty({ ...TICKET_STATUS_SCHEMA, example: 'awaiting_technician' }) status!: TicketStatus;
  @ApiProperty({ ...PRIORITY_SCHEMA, example: 'P1' }) priority!: PriorityLevel;
  @ApiProperty({ type: 'integer', example: 78, description: 'Out of 130' }) score!: number;
  @ApiProperty({ ...CATEGORY_SCHEMA, example: 'structural' }) category!: ProblemCategory;
  @ApiProperty({ ...PRIORITY_SCHEMA, example: 'P1' }) severity!: PriorityLevel;
  @ApiProperty({ example: "Le pied avant gauche du canapé s'est cassé net." })
  description!: string;
  @ApiProperty({ enum: TICKET_SOURCES, example: 'chat' }) source!: TicketSource;
  @ApiProperty({ type: String, nullable: true, example: 'CMD-2026-004512' })
  orderNumber!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CAN-OSLO-3P-NOI' })
  productSku!: string | null;
  @ApiProperty({ type: TicketCustomerView }) customer!: TicketCustomerView;
  @ApiProperty({ type: TicketSlaView }) sla!: TicketSlaView;
  @ApiProperty({ type: TicketDecisionView }) decision!: TicketDecisionView;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TicketPage {
  @ApiProperty({ type: [TicketView], description: 'Most urgent first' }) items!: TicketView[];
  @ApiProperty({ type: 'integer', example: 42 }) total!: number;
  @ApiProperty({ type: 'integer', example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', example: 20 }) pageSize!: number;
}

/** One entry of a ticket's timeline. */
export class TicketEventView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    example: 'user:3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b',
    description:
      '`system`, `customer`, `session:<id>`, `user:<id>` (staff) or `key:<id>` (partner)',
  })
  actor!: string;
  @ApiProperty({ enum: TICKET_EVENT_KINDS, example: 'status_change' }) kind!: TicketEventKind;
  @ApiProperty({ ...TICKET_STATUS_SCHEMA, nullable: true, description: 'Status changes only' })
  from!: TicketStatus | null;
  @ApiProperty({ ...TICKET_STATUS_SCHEMA, nullable: true, description: 'Status changes only' })
  to!: TicketStatus | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

/** A ticket with its analysis, its timeline and what may be done with it next. */
export class TicketDetailView extends TicketView {
  @ApiProperty({ type: ClaimAnalysisView }) analysis!: ClaimAnalysisView;
  @ApiProperty({ type: [TicketEventView], description: 'Oldest first' })
  timeline!: TicketEventView[];
  @ApiProperty({
    ...TICKET_STATUS_SCHEMA,
    isArray: true,
    example: ['in_progress', 'cancelled'],
    description:
      'The statuses the lifecycle allows from the current one (PATCH status); empty once closed or cancelled',
  })
  allowedTransitions!: TicketStatus[];
}
