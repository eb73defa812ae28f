import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PagingQuery } from '../../common/http/paging.dto';
import { CHAT_LOCALES, type ChatLocale } from '../domain/locales';
import { CONVERSATION_STATES, type ConversationState } from '../domain/states';
import { PRODUCT_CATEGORIES, ProductDimensionsView, type ProductCategory } from '../../products';
import {
  PRIORITY_SCHEMA,
  type PriorityLevel,
  TICKET_STATUS_SCHEMA,
  type TicketStatus,
} from '../../sav';
import type { EvidenceRequest, ProductCard, RecapCard } from '../domain/conversation/types';
import { CHAT_MESSAGE_ROLES, type ChatMessageRole } from '../entities/chat-message.entity';
import {
  WIDGET_POSITIONS,
  type WidgetPosition,
  type WidgetTheme,
} from '../entities/widget-site.entity';

/** `site_` and url-safe characters; widget_site.site_key is varchar(64). */
export const SITE_KEY_PATTERN = /^site_[A-Za-z0-9_-]{1,59}$/;

export class CreateChatSessionBody {
  @ApiProperty({ example: 'site_demo_meubledefrance', description: "The widget site's public key" })
  @IsString()
  @Matches(SITE_KEY_PATTERN, { message: 'siteKey must be a site key (site_…)' })
  siteKey!: string;

  @ApiPropertyOptional({ enum: CHAT_LOCALES, default: 'fr', example: 'fr' })
  @IsOptional()
  @IsIn(CHAT_LOCALES)
  locale?: ChatLocale;
}

/** How the widget looks on its site; a missing field takes the widget's default. */
export class WidgetThemeView implements WidgetTheme {
  @ApiPropertyOptional({ example: '#1f4e79', description: 'Brand colour, #rrggbb' })
  primaryColor?: string;
  @ApiPropertyOptional({ enum: WIDGET_POSITIONS, example: 'bottom-right' })
  position?: WidgetPosition;
}

/** What a widget needs to look like its site before any chat is opened. */
export class WidgetAppearanceView {
  @ApiProperty({ type: WidgetThemeView, description: "The site's theme" })
  theme!: WidgetThemeView;
}

/** A site key in a path. */
export class SiteKeyParams {
  @ApiProperty({ example: 'site_demo_meubledefrance', description: "The widget site's public key" })
  @IsString()
  @Matches(SITE_KEY_PATTERN, { message: 'siteKey must be a site key (site_…)' })
  siteKey!: string;
}

export class ChatSessionView {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ description: 'Bearer token for this session only, valid until expiresAt' })
  token!: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-02T09:30:00.000Z' }) expiresAt!: string;
  @ApiProperty({ example: 'Bonjour ! Comment puis-je vous aider ?' }) greeting!: string;
  @ApiProperty({ enum: CHAT_LOCALES, example: 'fr', description: "The conversation's language" })
  locale!: ChatLocale;
  @ApiProperty({
    type: WidgetThemeView,
    description: "The site's theme, for the widget to style itself",
  })
  theme!: WidgetThemeView;
}

/** A product as the chat shows it (a card). */
export class ProductCardView implements ProductCard {
  @ApiProperty({ example: 'CAN-OSLO-3P-NOI' }) sku!: string;
  @ApiProperty({ example: 'Canapé 3 places Oslo' }) name!: string;
  @ApiProperty({ enum: PRODUCT_CATEGORIES, example: 'sofa' }) category!: ProductCategory;
  @ApiProperty({ example: 1299, description: 'EUR' }) price!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1099,
    description: 'EUR, while on promotion',
  })
  promoPrice!: number | null;
  @ApiProperty({ type: ProductDimensionsView }) dimensions!: ProductDimensionsView;
  @ApiProperty({ type: 'integer', nullable: true, example: 3 }) seats!: number | null;
  @ApiProperty({ type: [String], example: ['noir', 'gris'] }) colors!: string[];
  @ApiProperty({ type: [String], example: ['cuir'] }) materials!: string[];
  @ApiProperty({ example: true }) inStock!: boolean;
  @ApiProperty({ type: 'integer', example: 21, description: 'Days to deliver' })
  deliveryDays!: number;
  @ApiProperty({ example: 4.5, description: 'Average review, 0 to 5' }) rating!: number;
  @ApiProperty({ type: 'integer', example: 128 }) reviewCount!: number;
}

/** A ticket as the chat names it. */
export class TicketSummaryView {
  @ApiProperty({ example: 'SAV-2026-000042' }) reference!: string;
  @ApiProperty({ ...TICKET_STATUS_SCHEMA, example: 'evidence_collection' }) status!: TicketStatus;
  @ApiProperty({ ...PRIORITY_SCHEMA, example: 'P1' }) priority!: PriorityLevel;
}

export class EvidenceCountView {
  @ApiProperty({ type: 'integer', example: 1 }) photos!: number;
  @ApiProperty({ type: 'integer', example: 0 }) videos!: number;
}

/** The photos and videos a claim needs, and what they should show. */
export class EvidenceRequestView implements EvidenceRequest {
  @ApiProperty({ type: 'integer', example: 3 }) photos!: number;
  @ApiProperty({ type: 'integer', example: 1 }) videos!: number;
  @ApiProperty({
    type: [String],
    example: ['Une vue d’ensemble du canapé'],
    description: "What each picture should show, in the customer's language",
  })
  shots!: string[];
  @ApiProperty({ type: EvidenceCountView, description: 'Clean files received so far' })
  received!: EvidenceCountView;
}

export class RecapLineView {
  @ApiProperty({ example: 'Produit' }) label!: string;
  @ApiProperty({ example: 'Canapé 3 places Oslo' }) value!: string;
}

/** The recap of a claim, shown as a card and sent by e-mail (in the customer's language). */
export class RecapCardView implements RecapCard {
  @ApiProperty({ example: 'SAV-2026-000042' }) reference!: string;
  @ApiProperty({ example: 'Récapitulatif de votre demande SAV-2026-000042' }) title!: string;
  @ApiProperty({ type: [RecapLineView] }) lines!: RecapLineView[];
  @ApiProperty({ type: [String] }) nextSteps!: string[];
  @ApiProperty({ example: 'Intervention au plus tard le jeudi 5 novembre 2026 à 10:30' })
  deadline!: string;
  @ApiPropertyOptional({
    example: 'j***@example.fr',
    description: 'The address the recap went to, masked; absent when none is known',
  })
  emailedTo?: string;
}

/** The FAQ entry a reply answers from. */
export class FaqReferenceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Quels sont les délais de livraison ?' }) question!: string;
}

/** A line of a conversation; a reply's cards sit beside its text. */
export class ChatMessageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CHAT_MESSAGE_ROLES, example: 'bot' }) role!: ChatMessageRole;
  @ApiProperty({ example: 'Bonjour ! Comment puis-je vous aider ?' }) text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'Suggested answers the widget shows as buttons',
  })
  quickReplies?: string[];
  @ApiPropertyOptional({ type: [ProductCardView], description: 'Product cards' })
  products?: ProductCardView[];
  @ApiPropertyOptional({
    type: TicketSummaryView,
    description: 'The ticket this reply opened or tells about',
  })
  ticket?: TicketSummaryView;
  @ApiPropertyOptional({ type: EvidenceRequestView })
  evidenceRequest?: EvidenceRequestView;
  @ApiPropertyOptional({
    type: RecapCardView,
    description: 'The claim recap card (also sent by e-mail)',
  })
  recap?: RecapCardView;
  @ApiPropertyOptional({
    type: FaqReferenceView,
    description: 'The FAQ entry this reply answers from',
  })
  faq?: FaqReferenceView;
  @ApiPropertyOptional({ description: 'The customer is asked for a 1–5 satisfaction rating' })
  ratingRequest?: boolean;
  @ApiPropertyOptional({
    example: 'SAV-2026-000042',
    description: 'With ratingRequest after a claim was resolved: the ticket the rating is about',
  })
  ticketReference?: string;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Uploads the customer attached to this message',
  })
  attachmentIds?: string[];
}

export class ChatHistoryView {
  @ApiProperty({ type: [ChatMessageView], description: 'Oldest first' })
  items!: ChatMessageView[];
}

export class ChatSessionListQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: CONVERSATION_STATES, example: 'handoff' })
  @IsOptional()
  @IsIn(CONVERSATION_STATES)
  state?: ConversationState;
}

/** A conversation as the console's queue shows it. */
export class ChatSessionSummary {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: CONVERSATION_STATES }) state!: ConversationState;
  @ApiProperty({ enum: CHAT_LOCALES }) locale!: ChatLocale;
  @ApiProperty() origin!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastActivityAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) handoffAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'Customer messages received' })
  messageCount!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Of the order proved in the chat' })
  customerEmail!: string | null;
}

export class ChatSessionPage {
  @ApiProperty({ type: [ChatSessionSummary] }) items!: ChatSessionSummary[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
