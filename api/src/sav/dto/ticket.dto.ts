import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PagingQuery } from '../../common/http/paging.dto';
import { queryBoolean } from '../../common/http/query-boolean';
import {
  PRIORITIES,
  PROBLEM_CATEGORIES,
  TICKET_STATUSES,
  type PriorityLevel,
  type ProblemCategory,
  type TicketStatus,
} from '../domain/types';

export const TICKET_REFERENCE = /^SAV-\d{4}-\d{6}$/;

export class TicketListQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: TICKET_STATUSES })
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;
  @ApiPropertyOptional({ enum: PRIORITIES })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: PriorityLevel;
  @ApiPropertyOptional({ enum: PROBLEM_CATEGORIES })
  @IsOptional()
  @IsIn(PROBLEM_CATEGORIES)
  category?: ProblemCategory;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() assigneeId?: string;
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
  @ApiPropertyOptional({ enum: TICKET_STATUSES })
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;
  @ApiPropertyOptional({ enum: PRIORITIES })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: PriorityLevel;
  @ApiPropertyOptional({ example: 'Client rappelé, technicien prévu jeudi.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
