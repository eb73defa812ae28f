import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { ChatMessageView } from '../../chat';
import { trimString } from '../../common/http/trim-string';
import { CUSTOMER_TIERS, type CustomerTierName, OrderView } from '../../orders';
import { ProductView } from '../../products';
import {
  ClaimAnalysisView,
  RECAP_STATUSES,
  type RecapStatus,
  TICKET_VALIDATIONS,
  TicketCustomerView,
  TicketDetailView,
  TicketEventView,
  type TicketValidation,
  TicketView,
  WarrantyVerdictView,
} from '../../sav';
import { UploadDetailView } from '../../uploads';

/** SAV-YYYY-NNNNNN (../shared/spec/sav-domain.md §7). */
export const TICKET_REFERENCE_PATTERN = /^SAV-\d{4}-\d{6}$/;

export class AgentMessageBody {
  @ApiProperty({
    example: 'Bonjour, un technicien passera jeudi entre 9 h et 12 h. Cela vous convient-il ?',
    minLength: 1,
    maxLength: 4000,
  })
  @Transform(trimString)
  @IsString()
  @Length(1, 4000)
  text!: string;
}

export class TicketValidationView {
  @ApiProperty({ enum: TICKET_VALIDATIONS, example: 'validated' }) status!: TicketValidation;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When answered' })
  at!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The customer's correction" })
  correction!: string | null;
}

export class RecapStatusView {
  @ApiProperty({
    enum: RECAP_STATUSES,
    example: 'sent',
    description: 'none for a ticket not opened from a chat',
  })
  status!: RecapStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) attempts!: number;
}

/** Language-model calls made in one conversation. */
export class ConversationAiUsageView {
  @ApiProperty({ type: 'integer', example: 6 }) calls!: number;
  @ApiProperty({ type: 'integer', example: 7200 }) promptTokens!: number;
  @ApiProperty({ type: 'integer', example: 900 }) completionTokens!: number;
  @ApiProperty({ example: 0.0123, description: 'EUR' }) costEur!: number;
  @ApiProperty({
    type: 'integer',
    example: 0,
    description: 'Calls that failed or were not made; the built-in engine answered those turns',
  })
  fallbacks!: number;
}

/** A ticket as an agent works on it: detail, conversation, evidence, recap and validation. */
export class TicketWorkspaceView extends TicketDetailView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Its conversation' })
  sessionId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'fr',
    description: "The customer's language",
  })
  locale!: string | null;
  @ApiProperty({
    type: [ChatMessageView],
    description: "The conversation's transcript, oldest first; empty without one",
  })
  messages!: ChatMessageView[];
  @ApiProperty({ type: [UploadDetailView], description: 'Files held for the claim, newest first' })
  evidence!: UploadDetailView[];
  @ApiProperty({ type: TicketValidationView }) validation!: TicketValidationView;
  @ApiProperty({ type: RecapStatusView }) recap!: RecapStatusView;
  @ApiProperty({ type: ConversationAiUsageView }) aiUsage!: ConversationAiUsageView;
}

/** The ticket's own facts in a dossier (the customer has a section of their own). */
export class ClaimDossierTicketView extends OmitType(TicketView, ['customer'] as const) {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'fr' }) locale!: string | null;
}

export class ClaimDossierCustomerView extends TicketCustomerView {
  @ApiProperty({
    enum: CUSTOMER_TIERS,
    nullable: true,
    example: 'gold',
    description: 'From the order',
  })
  tier!: CustomerTierName | null;
  @ApiProperty({ type: String, nullable: true, example: '75011', description: 'From the order' })
  postcode!: string | null;
}

/** The complete claim file, for an agent, an expert or a dispute. */
export class ClaimDossierView {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ example: 'SAV-2026-000042' }) reference!: string;
  @ApiProperty({ type: ClaimDossierTicketView }) ticket!: ClaimDossierTicketView;
  @ApiProperty({ type: ClaimDossierCustomerView }) customer!: ClaimDossierCustomerView;
  @ApiProperty({ type: OrderView, nullable: true, description: 'With its lines' })
  order!: OrderView | null;
  @ApiProperty({
    type: ProductView,
    nullable: true,
    description: 'Null for a SKU the catalog lacks',
  })
  product!: ProductView | null;
  @ApiProperty({ type: ClaimAnalysisView }) analysis!: ClaimAnalysisView;
  @ApiProperty({ type: WarrantyVerdictView }) warranty!: WarrantyVerdictView;
  @ApiProperty({ type: [UploadDetailView], description: 'sha256 and scan status of each file' })
  evidence!: UploadDetailView[];
  @ApiProperty({ type: [TicketEventView], description: 'Oldest first' })
  timeline!: TicketEventView[];
  @ApiProperty({ type: [ChatMessageView], description: 'The conversation, oldest first' })
  transcript!: ChatMessageView[];
  @ApiProperty({ type: RecapStatusView }) recap!: RecapStatusView;
  @ApiProperty({ type: TicketValidationView }) validation!: TicketValidationView;
  @ApiProperty({ type: ConversationAiUsageView }) aiUsage!: ConversationAiUsageView;
}
