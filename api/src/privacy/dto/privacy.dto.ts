import { ApiProperty } from '@nestjs/swagger';
import {
  CHAT_EVENT_TYPES,
  CHAT_LOCALES,
  CHAT_MESSAGE_ROLES,
  type ChatEventType,
  type ChatMessageRole,
  CONVERSATION_STATES,
  type ConversationState,
} from '../../chat';
import { CUSTOMER_TIERS, type CustomerTierName } from '../../orders';
import {
  CATEGORY_SCHEMA,
  ClaimAnalysisView,
  PRIORITY_SCHEMA,
  type PriorityLevel,
  RECAP_STATUSES,
  type RecapStatus,
  TICKET_STATUS_SCHEMA,
  TICKET_VALIDATIONS,
  TicketCustomerView,
  TicketEventView,
  type TicketSource,
  type TicketStatus,
  type TicketValidation,
} from '../../sav';
import { SCAN_STATUSES, type ScanStatus, UPLOAD_KINDS, type UploadKind } from '../../uploads';
import { ERASURE_KINDS, type ErasureCounts } from '../domain/erasure';

const TICKET_SOURCES: readonly TicketSource[] = ['chat', 'partner', 'agent'];
const JSON_OBJECT = { type: 'object', additionalProperties: true } as const;

/** A customer record, as the retailer's order system pushed it. */
export class ExportedCustomer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'jeanne.dupont@example.fr' }) email!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Jeanne' }) firstName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Dupont' }) lastName!: string | null;
  @ApiProperty({ example: '75011' }) postcode!: string;
  @ApiProperty({ type: String, nullable: true, example: '+33612345678' }) phone!: string | null;
  @ApiProperty({ enum: CUSTOMER_TIERS, example: 'gold' }) tier!: CustomerTierName;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ExportedOrderLine {
  @ApiProperty({ type: 'integer', example: 1 }) lineNo!: number;
  @ApiProperty({ example: 'CAN-OSLO-3P-NOI' }) sku!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Canapé 3 places Oslo' })
  productName!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) quantity!: number;
  @ApiProperty({ example: 1299, description: 'EUR' }) unitPrice!: number;
}

export class ExportedOrder {
  @ApiProperty({ example: 'CMD-2026-004512' }) number!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: '75011', description: 'Delivery postcode' }) postcode!: string;
  @ApiProperty({ format: 'date', example: '2026-10-02' }) purchaseDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-10-20' })
  deliveryDate!: string | null;
  @ApiProperty({ example: 1299, description: 'EUR' }) total!: number;
  @ApiProperty({ type: [ExportedOrderLine] }) lines!: ExportedOrderLine[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A timeline entry, with the structured details kept beside its note. */
export class ExportedTicketEvent extends TicketEventView {
  @ApiProperty({ ...JSON_OBJECT, nullable: true, description: 'E.g. evidence counts' })
  data!: Record<string, unknown> | null;
}

export class ExportedRecap {
  @ApiProperty({ enum: RECAP_STATUSES, example: 'sent' }) status!: RecapStatus;
  @ApiProperty({ type: 'integer', example: 1 }) attempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
}

/** The customer's answer to the recap e-mail (confirmation or correction). */
export class ExportedValidation {
  @ApiProperty({ enum: TICKET_VALIDATIONS, example: 'validated' }) status!: TicketValidation;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validatedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) correction!: string | null;
}

export class ExportedTicket {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SAV-2026-000042' }) reference!: string;
  @ApiProperty({ ...TICKET_STATUS_SCHEMA, example: 'in_progress' }) status!: TicketStatus;
  @ApiProperty({ ...PRIORITY_SCHEMA, example: 'P1' }) priority!: PriorityLevel;
  @ApiProperty({ type: 'integer', example: 78 }) score!: number;
  @ApiProperty({ ...CATEGORY_SCHEMA, example: 'structural' }) category!: string;
  @ApiProperty({ ...PRIORITY_SCHEMA, example: 'P1' }) severity!: PriorityLevel;
  @ApiProperty({ example: "Le pied avant gauche du canapé s'est cassé net." })
  description!: string;
  @ApiProperty({ enum: TICKET_SOURCES, example: 'chat' }) source!: TicketSource;
  @ApiProperty({ type: String, nullable: true, example: 'CMD-2026-004512' })
  orderNumber!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CAN-OSLO-3P-NOI' })
  productSku!: string | null;
  @ApiProperty({ type: TicketCustomerView, description: 'The contact the claim was filed with' })
  contact!: TicketCustomerView;
  @ApiProperty({ type: ClaimAnalysisView }) analysis!: ClaimAnalysisView;
  @ApiProperty({ format: 'date-time' }) responseDueAt!: string;
  @ApiProperty({ format: 'date-time' }) interventionDueAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  firstResponseAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Its conversation' })
  sessionId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'fr' }) locale!: string | null;
  @ApiProperty({ type: ExportedRecap }) recap!: ExportedRecap;
  @ApiProperty({ type: ExportedValidation }) validation!: ExportedValidation;
  @ApiProperty({ type: [ExportedTicketEvent], description: 'Oldest first' })
  timeline!: ExportedTicketEvent[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ExportedChatMessage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CHAT_MESSAGE_ROLES, example: 'customer' }) role!: ChatMessageRole;
  @ApiProperty({ example: 'Le mécanisme de mon canapé est bloqué.' }) text!: string;
  @ApiProperty({
    ...JSON_OBJECT,
    nullable: true,
    description: "A reply's cards (products, ticket, recap) or a message's attachments",
  })
  data!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** An event of the conversation's live stream (kept a few days for reconnecting clients). */
export class ExportedChatEvent {
  @ApiProperty({ example: '1042' }) id!: string;
  @ApiProperty({ enum: CHAT_EVENT_TYPES, example: 'message' }) type!: ChatEventType;
  @ApiProperty({ ...JSON_OBJECT }) data!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ExportedChatSession {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The widget site it was opened on' }) siteId!: string;
  @ApiProperty({ enum: CHAT_LOCALES, example: 'fr' }) locale!: string;
  @ApiProperty({ enum: CONVERSATION_STATES, example: 'closed' }) state!: ConversationState;
  @ApiProperty({ example: 'https://www.meubledefrance.example' }) origin!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The address of the order the customer proved theirs in it',
  })
  customerEmail!: string | null;
  @ApiProperty({
    ...JSON_OBJECT,
    description: 'What the assistant remembered between turns (criteria, claim under way)',
  })
  context!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastActivityAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) handoffAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  claimStartedAt!: string | null;
  @ApiProperty({ type: [ExportedChatMessage], description: 'The transcript, oldest first' })
  messages!: ExportedChatMessage[];
  @ApiProperty({ type: [ExportedChatEvent], description: 'Oldest first' })
  events!: ExportedChatEvent[];
}

export class ExportedRating {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ticketId!: string | null;
  @ApiProperty({ type: 'integer', example: 5 }) score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A file's metadata and where its bytes are stored (the bytes: GET /uploads/:id). */
export class ExportedUpload {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026/11/3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b' }) storageKey!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ticketId!: string | null;
  @ApiProperty({ enum: UPLOAD_KINDS, example: 'photo' }) kind!: UploadKind;
  @ApiProperty({ example: 'image/jpeg' }) mimeType!: string;
  @ApiProperty({ example: 1_482_113, description: 'Bytes stored' }) size!: number;
  @ApiProperty({ description: 'Hex SHA-256 of the stored bytes' }) sha256!: string;
  @ApiProperty({ type: 'integer', nullable: true }) width!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) height!: number | null;
  @ApiProperty({ enum: SCAN_STATUSES, example: 'clean' }) scanStatus!: ScanStatus;
  @ApiProperty({ example: 'session:3f1c…', description: '`session:<id>` or `user:<id>`' })
  uploadedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) scannedAt!: string | null;
}

/** A copy of an e-mail sent to the customer, kept in the outbox folder (no SMTP relay). */
export class ExportedEmail {
  @ApiProperty({ example: '2026-11-03T10-12-44-120Z-3f1c2b7e.eml' }) file!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Votre demande SAV-2026-000042' })
  subject!: string | null;
}

/** Everything held about one customer (docs/PRIVACY.md). */
export class CustomerDataExport {
  @ApiProperty({ example: 'jeanne.dupont@example.fr', description: 'As matched: lower-cased' })
  email!: string;
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: [ExportedCustomer] }) customers!: ExportedCustomer[];
  @ApiProperty({ type: [ExportedOrder] }) orders!: ExportedOrder[];
  @ApiProperty({ type: [ExportedTicket], description: 'With contact, analysis and timeline' })
  tickets!: ExportedTicket[];
  @ApiProperty({ type: [ExportedChatSession], description: 'With their messages' })
  chatSessions!: ExportedChatSession[];
  @ApiProperty({ type: [ExportedRating] }) ratings!: ExportedRating[];
  @ApiProperty({ type: [ExportedUpload], description: 'Metadata and storage keys, not bytes' })
  uploads!: ExportedUpload[];
  @ApiProperty({ type: [ExportedEmail] }) emails!: ExportedEmail[];
}

const COUNT_DESCRIPTIONS: Record<(typeof ERASURE_KINDS)[number], string> = {
  customers: 'Customer records anonymised (names, phone, postcode removed; address replaced)',
  orders: 'Orders kept for the accounts, detached from the person (postcode removed)',
  tickets: 'Tickets kept for statistics, with contact, description and correction removed',
  ticketNotes: 'Timeline notes of those tickets replaced',
  chatSessions: 'Conversations anonymised (address and remembered context removed)',
  chatSessionsEnded: 'Of those, conversations that were still open and were ended',
  chatMessages: 'Conversation messages deleted',
  chatEvents: 'Live-stream events deleted',
  ratings: 'Satisfaction comments deleted (scores kept for CSAT)',
  uploads: 'Files deleted from storage, with their records',
  cacheKeys: 'Shared-store (Redis) keys deleted',
  emails: 'E-mail copies deleted from the outbox folder',
};

export class ErasureCountsView implements ErasureCounts {
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.customers }) customers!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.orders }) orders!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.tickets }) tickets!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.ticketNotes })
  ticketNotes!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.chatSessions })
  chatSessions!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.chatSessionsEnded })
  chatSessionsEnded!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.chatMessages })
  chatMessages!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.chatEvents })
  chatEvents!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.ratings }) ratings!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.uploads }) uploads!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.cacheKeys }) cacheKeys!: number;
  @ApiProperty({ type: 'integer', description: COUNT_DESCRIPTIONS.emails }) emails!: number;
}

/** What an erasure did; all zero when nothing (or nothing more) was held. */
export class CustomerErasureView {
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
  @ApiProperty({ type: ErasureCountsView }) counts!: ErasureCountsView;
}
