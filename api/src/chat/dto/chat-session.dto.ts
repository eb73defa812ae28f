import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PagingQuery } from '../../common/http/paging.dto';
import { CHAT_LOCALES, type ChatLocale } from '../domain/locales';
import { CONVERSATION_STATES, type ConversationState } from '../domain/states';
import { CHAT_MESSAGE_ROLES, type ChatMessageRole } from '../entities/chat-message.entity';

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

export class ChatSessionView {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ description: 'Bearer token for this session only, valid until expiresAt' })
  token!: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-02T09:30:00.000Z' }) expiresAt!: string;
  @ApiProperty({ example: 'Bonjour ! Comment puis-je vous aider ?' }) greeting!: string;
}

export class ChatMessageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CHAT_MESSAGE_ROLES, example: 'bot' }) role!: ChatMessageRole;
  @ApiProperty({ example: 'Bonjour ! Comment puis-je vous aider ?' }) text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ description: 'Suggested answers the widget shows as buttons' })
  quickReplies?: string[];
  @ApiPropertyOptional({
    description: 'Product cards (price, promotion, dimensions, stock, rating)',
  })
  products?: unknown[];
  @ApiPropertyOptional({
    example: { reference: 'SAV-2026-000042', status: 'evidence_collection', priority: 'P1' },
  })
  ticket?: { reference: string; status: string; priority: string };
  @ApiPropertyOptional({
    description: 'Photos and videos the claim needs, and what they should show',
  })
  evidenceRequest?: object;
  @ApiPropertyOptional({ description: 'The claim recap card (also sent by e-mail)' })
  recap?: object;
  @ApiPropertyOptional({ description: 'The FAQ entry this reply answers from' })
  faq?: { id: string; question: string };
  @ApiPropertyOptional({ description: 'The customer is asked for a 1–5 satisfaction rating' })
  ratingRequest?: boolean;
  @ApiPropertyOptional({ description: 'Uploads the customer attached to this message' })
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
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) handoffAt!: string | null;
  @ApiProperty() messageCount!: number;
  @ApiPropertyOptional({ nullable: true }) customerEmail!: string | null;
}

export class ChatSessionPage {
  @ApiProperty({ type: [ChatSessionSummary] }) items!: ChatSessionSummary[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
