import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches } from 'class-validator';

export class ChatEventsQuery {
  @ApiPropertyOptional({
    description:
      'The last event id the client received, for clients that cannot send the Last-Event-ID header (the header wins)',
    example: '1042',
  })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'lastEventId must be an event id (digits)' })
  lastEventId?: string;
}

export class TypingBody {
  @ApiProperty({ description: 'Whether the agent is typing now', example: true })
  @IsBoolean()
  active!: boolean;

  @ApiPropertyOptional({
    description:
      'Chosen by the sending screen and echoed in the event, so that it can tell its own typing from another agent’s',
    example: '5d0c1f6e-8a7b-4c31-9f0e-2b6d7a1c9e42',
    maxLength: 64,
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'clientId must be 1 to 64 letters, digits, - or _' })
  clientId?: string;
}
