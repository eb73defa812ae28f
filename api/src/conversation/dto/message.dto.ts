import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CONVERSATION_STATES } from '../../chat';
import { trimString } from '../../common/http/trim-string';

/** The longest message a customer or an agent may send at once. */
export const MESSAGE_MAX_CHARS = 2000;

export class SendMessageBody {
  @ApiProperty({
    example: 'Je cherche un canapé gris de 3 places à moins de 1000 €',
    maxLength: MESSAGE_MAX_CHARS,
  })
  @Transform(trimString)
  @IsString()
  @Length(1, MESSAGE_MAX_CHARS)
  text!: string;

  @ApiPropertyOptional({
    description:
      'Uploads of this conversation (POST /uploads with its sessionId) sent with the message',
    type: [String],
    format: 'uuid',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class ChatLineView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['customer', 'bot', 'agent'] }) role!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: [String] }) quickReplies?: string[];
  @ApiPropertyOptional({ description: 'Product cards' }) products?: unknown[];
  @ApiPropertyOptional({
    example: { reference: 'SAV-2026-000042', status: 'evidence_collection', priority: 'P1' },
  })
  ticket?: { reference: string; status: string; priority: string };
  @ApiPropertyOptional({ description: '{photos, videos, shots[], received}' })
  evidenceRequest?: object;
  @ApiPropertyOptional({
    description: 'Claim recap card {reference, title, lines[], nextSteps[], deadline, emailedTo?}',
  })
  recap?: object;
  @ApiPropertyOptional() faq?: { id: string; question: string };
  @ApiPropertyOptional() ratingRequest?: boolean;
  @ApiPropertyOptional({ type: [String] }) attachmentIds?: string[];
}

export class TurnView {
  @ApiProperty({ type: ChatLineView, description: 'The message as stored' }) message!: ChatLineView;
  @ApiPropertyOptional({
    type: ChatLineView,
    nullable: true,
    description:
      'The assistant reply; null while a person handles the conversation, or for an agent message',
  })
  reply!: ChatLineView | null;
  @ApiProperty({ enum: CONVERSATION_STATES })
  state!: string;
}
