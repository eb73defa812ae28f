import { ApiProperty } from '@nestjs/swagger';
import {
  PRIORITY_SCHEMA,
  type PriorityLevel,
  TICKET_CHANGES,
  TICKET_STATUS_SCHEMA,
  type TicketChange,
  type TicketStatus,
} from '../../sav';

/** The `data:` of one `ticket` frame of GET /tickets/events. */
export class TicketFeedEventView {
  @ApiProperty({ example: 'SAV-2026-000042' }) reference!: string;
  @ApiProperty({ ...TICKET_STATUS_SCHEMA, example: 'in_progress' }) status!: TicketStatus;
  @ApiProperty({
    ...TICKET_STATUS_SCHEMA,
    nullable: true,
    example: 'escalated_to_human',
    description: 'Before this change; null when the ticket was just created',
  })
  previousStatus!: TicketStatus | null;
  @ApiProperty({ ...PRIORITY_SCHEMA, example: 'P1' }) priority!: PriorityLevel;
  @ApiProperty({ enum: TICKET_CHANGES, example: 'status', description: 'What changed' })
  change!: TicketChange;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The conversation the claim came from, if any',
  })
  sessionId!: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the change was committed' })
  at!: string;
}
