import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ORDER_NUMBER_INPUT_PATTERN, PHONE_PATTERN } from '../../common/http/identifiers';
import { CUSTOMER_TIERS, type CustomerTier } from '../domain/types';
import { ClaimRules } from './claim-rules';

/** A claim to assess; its rules are `ClaimRules`, documented here. */
export class AnalyzeClaimBody extends ClaimRules {
  @ApiProperty({
    example: "Le pied avant gauche du canapé s'est cassé net, on ne peut plus s'asseoir.",
  })
  declare description: string;

  @ApiPropertyOptional({ example: 'CMD-2026-004512' })
  declare orderNumber?: string;

  @ApiPropertyOptional({ example: 'CAN-OSLO-3P-NOI' })
  declare productSku?: string;

  @ApiPropertyOptional({
    example: '2026-05-02',
    description: 'YYYY-MM-DD; a time may follow (only the day counts)',
  })
  declare purchaseDate?: string;

  @ApiPropertyOptional({
    example: '2026-05-20',
    description: 'YYYY-MM-DD; a time may follow (only the day counts)',
  })
  declare deliveryDate?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_TIERS })
  declare customerTier?: CustomerTier;

  @ApiPropertyOptional({ example: 0 })
  declare previousClaims?: number;

  @ApiPropertyOptional({ example: 1299 })
  declare productValue?: number;
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
