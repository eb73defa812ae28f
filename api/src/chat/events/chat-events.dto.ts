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
}
