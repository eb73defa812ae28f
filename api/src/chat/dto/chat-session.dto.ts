import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { CHAT_LOCALES, type ChatLocale } from '../domain/locales';
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
}

export class ChatHistoryView {
  @ApiProperty({ type: [ChatMessageView], description: 'Oldest first' })
  items!: ChatMessageView[];
}
