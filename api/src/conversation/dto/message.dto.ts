import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ChatMessageView, CONVERSATION_STATES, type ConversationState } from '../../chat';
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

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0b9d6c1e-4f7a-4c2b-9e3d-5a8f7c6b1d20',
    description:
      'An id the widget gives this message so that sending it again (after a network drop) is safe: a second message with the same id in the same session stores and answers nothing, and gets the first answer back (the stored message and the reply that followed it). Customer messages only.',
  })
  @IsOptional()
  @IsUUID('all')
  clientMessageId?: string;
}

export class TurnView {
  @ApiProperty({ type: ChatMessageView, description: 'The message as stored' })
  message!: ChatMessageView;
  @ApiProperty({
    type: ChatMessageView,
    nullable: true,
    description:
      'The assistant reply; null while a person handles the conversation, or for an agent message',
  })
  reply!: ChatMessageView | null;
  @ApiProperty({ enum: CONVERSATION_STATES, example: 'browsing' })
  state!: ConversationState;
}
