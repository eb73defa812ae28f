import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/http/calendar-date';
import { IsDecimalNumber } from '../../common/http/decimal-number';
import { ORDER_NUMBER_INPUT_PATTERN, SKU_PATTERN } from '../../common/http/identifiers';
import { CUSTOMER_TIERS, type CustomerTier } from '../domain/types';

/**
 * The rules of a claim as `POST /sav/analyze` and `POST /tickets` receive it, without its
 * OpenAPI description: the analysis workers check claim bodies with this class and must not
 * load `@nestjs/swagger`. `AnalyzeClaimBody` documents these fields.
 */
export class ClaimRules {
  @IsString()
  @Length(3, 5000)
  description!: string;

  @IsOptional()
  @Matches(ORDER_NUMBER_INPUT_PATTERN)
  orderNumber?: string;

  @IsOptional()
  @Matches(SKU_PATTERN)
  productSku?: string;

  @IsOptional()
  @IsCalendarDate({ time: true })
  purchaseDate?: string;

  @IsOptional()
  @IsCalendarDate({ time: true })
  deliveryDate?: string;

  @IsOptional()
  @IsIn(CUSTOMER_TIERS)
  customerTier?: CustomerTier;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  previousClaims?: number;

  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0)
  @Max(1_000_000)
  productValue?: number;
}
