import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PagingQuery } from '../../common/http/paging.dto';
import { queryBoolean } from '../../common/http/query-boolean';
import { CATEGORY_SCHEMA, PRIORITY_SCHEMA, TICKET_STATUS_SCHEMA } from './claim-analysis.dto';
import {
  PRIORITIES,
  PROBLEM_CATEGORIES,
  TICKET_STATUSES,
  type PriorityLevel,
  type ProblemCategory,
  type TicketStatus,
} from '../domain/types';

export const TICKET_REFERENCE = /^SAV-\d{4}-\d{6}$/;

/** `assigneeId=none` lists the tickets nobody is assigned to. */
export const UNASSIGNED = 'none';

export class TicketListQuery extends PagingQuery {
  @ApiPropertyOptional(TICKET_STATUS_SCHEMA)
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;
  @ApiPropertyOptional(PRIORITY_SCHEMA)
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: PriorityLevel;
  @ApiPropertyOptional(CATEGORY_SCHEMA)
  @IsOptional()
  @IsIn(PROBLEM_CATEGORIES)
  category?: ProblemCategory;
  @ApiPropertyOptional({
    description: "An agent's id (uuid), or `none` for the tickets nobody is assigned to",
    example: 'none',
  })
  @IsOptional()
  @ValidateIf((query: TicketListQuery) => query.assigneeId !== UNASSIGNED)
  @IsUUID(undefined, { message: 'assigneeId must be a uuid or none' })
  assigneeId?: string;
  @ApiPropertyOptional({ description: 'Reference, customer e-mail or words of the description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ description: 'Only tickets past a deadline' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  breached?: boolean;
}

export class UpdateTicketBody {
  @ApiPropertyOptional(TICKET_STATUS_SCHEMA)
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;
  @ApiPropertyOptional(PRIORITY_SCHEMA)
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: PriorityLevel;
  @ApiPropertyOptional({ example: 'Client rappelé, technicien prévu jeudi.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
