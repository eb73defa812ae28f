import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ORDER_NUMBER_INPUT_PATTERN,
  PHONE_PATTERN,
  SKU_PATTERN,
} from '../../common/http/identifiers';
import { CUSTOMER_TIERS, type CustomerTier } from '../domain/types';
import { IsDecimalNumber } from '../../common/http/decimal-number';
import { IsCalendarDate } from '../../common/http/calendar-date';

export class AnalyzeClaimBody {
  @ApiProperty({
    example: "Le pied avant gauche du canapé s'est cassé net, on ne peut plus s'asseoir.",
  })
  @IsString()
  @Length(3, 5000)
  description!: string;

  @ApiPropertyOptional({ example: 'CMD-2026-004512' })
  @IsOptional()
  @Matches(ORDER_NUMBER_INPUT_PATTERN)
  orderNumber?: string;

  @ApiPropertyOptional({ example: 'CAN-OSLO-3P-NOI' })
  @IsOptional()
  @Matches(SKU_PATTERN)
  productSku?: string;

  @ApiPropertyOptional({
    example: '2026-05-02',
    description: 'YYYY-MM-DD; a time may follow (only the day counts)',
  })
  @IsOptional()
  @IsCalendarDate({ time: true })
  purchaseDate?: string;

  @ApiPropertyOptional({
    example: '2026-05-20',
    description: 'YYYY-MM-DD; a time may follow (only the day counts)',
  })
  @IsOptional()
  @IsCalendarDate({ time: true })
  deliveryDate?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_TIERS })
  @IsOptional()
  @IsIn(CUSTOMER_TIERS)
  customerTier?: CustomerTier;

  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  previousClaims?: number;

  @ApiPropertyOptional({ example: 1299 })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0)
  @Max(1_000_000)
  productValue?: number;
}

export class TicketContactInput {
  @ApiProperty({ example: 'jeanne.dupont@example.fr' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional({ example: 'Jeanne Dupont' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ example: '+33612345678' })
  @IsOptional()
  @Matches(PHONE_PATTERN)
  phone?: string;
}

export class CreateTicketBody extends AnalyzeClaimBody {
  @ApiProperty({ example: 'CMD-2026-004512' })
  // Required here: a condition of its own replaces the @IsOptional inherited from the analysis
  // body (class-validator keeps a subclass's own conditions over inherited ones).
  @ValidateIf(() => true)
  @Matches(ORDER_NUMBER_INPUT_PATTERN)
  declare orderNumber: string;

  @ApiProperty({ type: TicketContactInput })
  @ValidateNested()
  @Type(() => TicketContactInput)
  customer!: TicketContactInput;
}
