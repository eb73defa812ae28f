import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ORDER_NUMBER_PATTERN, PHONE_PATTERN, SKU_PATTERN } from '../../common/http/identifiers';
import { CUSTOMER_TIERS, type CustomerTierName } from '../entities/customer.entity';
import { IsDecimalNumber } from '../../common/http/decimal-number';
import { IsCalendarDate } from '../../common/http/calendar-date';

export { ORDER_NUMBER_PATTERN };

export class OrderCustomerInput {
  @ApiProperty({ example: 'jeanne.dupont@example.fr' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional({ example: 'Jeanne' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string;
  @ApiPropertyOptional({ example: 'Dupont' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string;
  @ApiPropertyOptional({ example: '+33612345678' })
  @IsOptional()
  @Matches(PHONE_PATTERN)
  phone?: string;
  @ApiProperty({ enum: CUSTOMER_TIERS, example: 'gold' })
  @IsIn(CUSTOMER_TIERS)
  tier!: CustomerTierName;
}

export class OrderLineInput {
  @ApiProperty({ example: 'CAN-OSLO-3P-NOI' }) @Matches(SKU_PATTERN) sku!: string;
  @ApiPropertyOptional({ example: 'Canapé 3 places Oslo' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  productName?: string;
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(1000) quantity!: number;
  @ApiProperty({ example: 1299 })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(1_000_000)
  unitPrice!: number;
}

/** An order as the retailer's order system pushes it. */
export class OrderInput {
  @ApiProperty({ type: OrderCustomerInput })
  @ValidateNested()
  @Type(() => OrderCustomerInput)
  customer!: OrderCustomerInput;
  @ApiProperty({ example: '75011' })
  @Matches(/^[A-Za-z0-9 -]{3,10}$/, {
    message: 'postcode must be 3–10 letters, digits, spaces or dashes',
  })
  postcode!: string;
  @ApiProperty({ example: '2026-10-02' })
  @IsCalendarDate()
  purchaseDate!: string;
  @ApiPropertyOptional({ example: '2026-10-20' })
  @IsOptional()
  @IsCalendarDate()
  deliveryDate?: string;
  @ApiProperty({ type: [OrderLineInput] })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @Type(() => OrderLineInput)
  lines!: OrderLineInput[];
}

export class OrderCustomerView {
  @ApiProperty({ example: 'jeanne.dupont@example.fr' }) email!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Jeanne' }) firstName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Dupont' }) lastName!: string | null;
  @ApiProperty({ enum: CUSTOMER_TIERS, example: 'gold' }) tier!: CustomerTierName;
}

export class OrderLineView {
  @ApiProperty({ example: 'CAN-OSLO-3P-NOI' }) sku!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Canapé 3 places Oslo' })
  productName!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) quantity!: number;
  @ApiProperty({ example: 1299 }) unitPrice!: number;
}

export class OrderView {
  @ApiProperty({ example: 'CMD-2026-004512' }) number!: string;
  @ApiProperty({ type: OrderCustomerView }) customer!: OrderCustomerView;
  @ApiProperty({ example: '75011' }) postcode!: string;
  @ApiProperty({ format: 'date', example: '2026-10-02' }) purchaseDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-10-20' })
  deliveryDate!: string | null;
  @ApiProperty({ example: 1299 }) total!: number;
  @ApiProperty({ type: [OrderLineView] }) lines!: OrderLineView[];
}
