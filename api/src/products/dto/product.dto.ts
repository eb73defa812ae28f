import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SKU_PATTERN } from '../../common/http/identifiers';
import { PagingQuery } from '../../common/http/paging.dto';
import { queryBoolean } from '../../common/http/query-boolean';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../domain/search-query';
import { IsDecimalNumber } from '../../common/http/decimal-number';

export { SKU_PATTERN };
/** The catalog's styles. */
export const PRODUCT_STYLES = [
  'contemporain',
  'scandinave',
  'industriel',
  'classique',
  'campagne',
  'design',
  'vintage',
] as const;

export class ProductSearchQuery extends PagingQuery {
  @ApiPropertyOptional({
    example: 'canapé cuir noir moins de 1500',
    description: 'Free text; budget, colour, material and category words are understood',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;

  @ApiPropertyOptional({ example: 300 })
  @IsOptional()
  @Type(() => Number)
  @IsDecimalNumber(2)
  @Min(0)
  @Max(1_000_000)
  minPrice?: number;

  @ApiPropertyOptional({ example: 1500 })
  @IsOptional()
  @Type(() => Number)
  @IsDecimalNumber(2)
  @Min(0)
  @Max(1_000_000)
  maxPrice?: number;

  @ApiPropertyOptional({ example: 'noir' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  color?: string;

  @ApiPropertyOptional({ example: 'cuir' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  material?: string;

  @ApiPropertyOptional({ example: 220 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  maxWidthCm?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  inStock?: boolean;
}

export class ProductOptionsDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() convertible?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() storage?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() relax?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() electric?: boolean;
}

export class WarrantyYearsDto {
  @ApiProperty({ example: 5 }) @IsInt() @Min(0) @Max(30) structure!: number;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(0) @Max(30) mechanisms?: number;
  @ApiPropertyOptional({ example: 2 }) @IsOptional() @IsInt() @Min(0) @Max(30) fabric?: number;
  @ApiPropertyOptional({ example: 2 }) @IsOptional() @IsInt() @Min(0) @Max(30) cushions?: number;
}

/** A product as the retailer's systems send it (PUT /products/:sku, import). */
export class ProductInput {
  @ApiProperty({ example: 'Canapé 3 places Oslo' }) @IsString() @Length(2, 200) name!: string;
  @ApiProperty({ enum: PRODUCT_CATEGORIES }) @IsIn(PRODUCT_CATEGORIES) category!: ProductCategory;
  @ApiProperty() @IsString() @Length(10, 4000) description!: string;
  @ApiProperty({ example: 1299 })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(1_000_000)
  price!: number;
  @ApiPropertyOptional({ example: 1099 })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0)
  @Max(1_000_000)
  promoPrice?: number;
  @ApiProperty({ example: 214 }) @IsInt() @Min(1) @Max(10_000) widthCm!: number;
  @ApiProperty({ example: 92 }) @IsInt() @Min(1) @Max(10_000) depthCm!: number;
  @ApiProperty({ example: 85 }) @IsInt() @Min(1) @Max(10_000) heightCm!: number;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(1) @Max(50) seats?: number;
  @ApiProperty({ enum: PRODUCT_STYLES }) @IsIn(PRODUCT_STYLES) style!: string;
  @ApiProperty({ example: ['cuir', 'chêne massif'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  materials!: string[];
  @ApiProperty({ example: ['noir'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  colors!: string[];
  @ApiProperty({ type: ProductOptionsDto })
  @ValidateNested()
  @Type(() => ProductOptionsDto)
  options!: ProductOptionsDto;
  @ApiProperty({ example: 12 }) @IsInt() @Min(0) @Max(1_000_000) stock!: number;
  @ApiProperty({ example: 21 }) @IsInt() @Min(0) @Max(365) deliveryDays!: number;
  @ApiProperty({ example: 4.5 }) @IsDecimalNumber(1) @Min(0) @Max(5) rating!: number;
  @ApiProperty({ example: 128 }) @IsInt() @Min(0) reviewCount!: number;
  @ApiProperty({ type: WarrantyYearsDto })
  @ValidateNested()
  @Type(() => WarrantyYearsDto)
  warrantyYears!: WarrantyYearsDto;
}

export class ImportProductItem extends ProductInput {
  @ApiProperty({ example: 'CAN-OSLO-3P-NOI' })
  @Matches(SKU_PATTERN, { message: 'sku must be 2–64 of A-Z, 0-9 and dashes' })
  sku!: string;
}

export class ImportProductsBody {
  @ApiProperty({ type: [ImportProductItem] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => ImportProductItem)
  products!: ImportProductItem[];
}

export class ProductDimensionsView {
  @ApiProperty({ type: 'integer', example: 214 }) widthCm!: number;
  @ApiProperty({ type: 'integer', example: 92 }) depthCm!: number;
  @ApiProperty({ type: 'integer', example: 85 }) heightCm!: number;
}

export class ProductView {
  @ApiProperty({ example: 'CAN-OSLO-3P-NOI' }) sku!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PRODUCT_CATEGORIES }) category!: ProductCategory;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 1299 }) price!: number;
  @ApiProperty({ type: Number, example: 1099, nullable: true }) promoPrice!: number | null;
  @ApiProperty({ example: 1099, description: 'promoPrice when on promotion, else price' })
  effectivePrice!: number;
  @ApiProperty({ type: ProductDimensionsView }) dimensions!: ProductDimensionsView;
  @ApiProperty({ type: 'integer', nullable: true, example: 3 }) seats!: number | null;
  @ApiProperty() style!: string;
  @ApiProperty() materials!: string[];
  @ApiProperty() colors!: string[];
  @ApiProperty({ type: ProductOptionsDto }) options!: ProductOptionsDto;
  @ApiProperty() stock!: number;
  @ApiProperty() inStock!: boolean;
  @ApiProperty() deliveryDays!: number;
  @ApiProperty() rating!: number;
  @ApiProperty() reviewCount!: number;
  @ApiProperty({ type: WarrantyYearsDto }) warrantyYears!: WarrantyYearsDto;
}

export class ProductPage {
  @ApiProperty({ type: [ProductView] }) items!: ProductView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
