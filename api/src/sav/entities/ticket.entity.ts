import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ClaimAnalysis } from '../domain/analyze';
import type {
  DecisionAction,
  PriorityLevel,
  ProblemCategory,
  ResolutionType,
  TicketStatus,
} from '../domain/types';

export const TICKET_SOURCES = ['chat', 'partner', 'agent'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];
/** Whether the customer confirmed the recap of their claim (../shared/spec/api.md, /claims/confirm). */
export const TICKET_VALIDATIONS = ['pending', 'validated', 'corrected', 'cancelled'] as const;
export type TicketValidation = (typeof TICKET_VALIDATIONS)[number];
/** Where the recap e-mail stands: none for claims not opened from a chat. */
export const RECAP_STATUSES = ['none', 'pending', 'sent', 'failed'] as const;
export type RecapStatus = (typeof RECAP_STATUSES)[number];

@Entity('ticket')
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20, unique: true }) reference!: string;
  @Column({ type: 'varchar', length: 32 }) status!: TicketStatus;
  @Column({ type: 'varchar', length: 2 }) priority!: PriorityLevel;
  @Column({ type: 'integer' }) score!: number;
  @Column({ type: 'varchar', length: 32 }) category!: ProblemCategory;
  @Column({ type: 'varchar', length: 2 }) severity!: PriorityLevel;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 16 }) source!: TicketSource;
  @Column({ name: 'order_number', type: 'varchar', length: 32, nullable: true }) orderNumber!:
    string | null;
  @Column({ name: 'product_sku', type: 'varchar', length: 64, nullable: true }) productSku!:
    string | null;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ name: 'customer_email', type: 'varchar', length: 254, nullable: true }) customerEmail!:
    string | null;
  @Column({ name: 'customer_name', type: 'varchar', length: 200, nullable: true }) customerName!:
    string | null;
  @Column({ name: 'customer_phone', type: 'varchar', length: 32, nullable: true }) customerPhone!:
    string | null;
  @Column({ type: 'jsonb' }) analysis!: ClaimAnalysis;
  @Column({ name: 'decision_action', type: 'varchar', length: 32 }) decisionAction!: DecisionAction;
  @Column({ name: 'resolution_type', type: 'varchar', length: 32 }) resolutionType!: ResolutionType;
  @Column({ name: 'response_due_at', type: 'timestamptz' }) responseDueAt!: Date;
  @Column({ name: 'intervention_due_at', type: 'timestamptz' }) interventionDueAt!: Date;
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
  /** The conversation the claim was made in. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true }) sessionId!: string | null;
  /** The customer's language, for the recap and later messages. */
  @Column({ type: 'varchar', length: 8, nullable: true }) locale!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'pending' }) validation!: TicketValidation;
  @Column({ name: 'validated_at', type: 'timestamptz', nullable: true }) validatedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) correction!: string | null;
  @Column({ name: 'recap_status', type: 'varchar', length: 16, default: 'none' })
  recapStatus!: RecapStatus;
  @Column({ name: 'recap_attempts', type: 'integer', default: 0 }) recapAttempts!: number;
  @Column({ name: 'recap_sent_at', type: 'timestamptz', nullable: true }) recapSentAt!: Date | null;
}

export const TICKET_EVENT_KINDS = [
  'created',
  'status_change',
  'assignment',
  'priority_change',
  'note',
  'evidence',
  'message',
  'recap',
  'validation',
] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

@Entity('ticket_event')
export class TicketEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'varchar', length: 120 }) actor!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: TicketEventKind;
  @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true })
  fromStatus!: TicketStatus | null;
  @Column({ name: 'to_status', type: 'varchar', length: 32, nullable: true })
  toStatus!: TicketStatus | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'jsonb', nullable: true }) data!: Record<string, unknown> | null;
}
