import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  Length,
} from 'class-validator';
import { API_SCOPES, type ApiScope } from '../../../common/auth/access.decorator';
import { trimString } from '../../../common/http/trim-string';

export class CreateApiKeyBody {
  @ApiProperty({ example: 'Order system (production)' })
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: API_SCOPES, isArray: true, example: ['orders:write', 'tickets:read'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true })
  scopes!: ApiScope[];

  @ApiPropertyOptional({ format: 'date-time', example: '2027-12-31T23:59:59Z' })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string;
}

export class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    description: 'The start of the key, to recognise it',
    example: 'sk_live_a1b2c3d4',
  })
  prefix!: string;
  @ApiProperty({ enum: API_SCOPES, isArray: true }) scopes!: ApiScope[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) expiresAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revokedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastUsedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({
    description: 'The key itself, shown this once only',
    example: 'sk_live_a1b2c3d4Qm9uam91ciBsZXMgbWV1Ymxlcw8x2v',
  })
  key!: string;
}
