import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { FAQ_CATEGORIES, type FaqCategory } from '../entities/faq-entry.entity';

export class FaqQuery {
  @ApiPropertyOptional({ example: 'garantie canapé' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  q?: string;

  @ApiPropertyOptional({ enum: FAQ_CATEGORIES })
  @IsOptional()
  @IsIn(FAQ_CATEGORIES)
  category?: FaqCategory;

  @ApiPropertyOptional({ enum: ['fr', 'en'], default: 'fr' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

export class FaqVoteBody {
  @ApiProperty({ example: true })
  @IsBoolean()
  useful!: boolean;
}

export class FaqView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'garantie-structure' }) slug!: string;
  @ApiProperty({ enum: FAQ_CATEGORIES }) category!: FaqCategory;
  @ApiProperty() question!: string;
  @ApiProperty() answer!: string;
  @ApiProperty() usefulCount!: number;
  @ApiProperty() notUsefulCount!: number;
}
