import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import type { SiteGreeting } from '../domain/greeting';
import { WidgetThemeView } from './chat-session.dto';
import {
  allowedOriginProblem,
  isAcceptableAllowedOrigin,
  MAX_ALLOWED_ORIGINS,
} from '../domain/origin';
import {
  WIDGET_POSITIONS,
  type WidgetPosition,
  type WidgetTheme,
} from '../entities/widget-site.entity';

export const MAX_GREETING_LENGTH = 500;

/** May be left out, but not sent as null (every column behind it is NOT NULL). */
const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Each element a bare origin; the message names the first bad element and why. */
function IsAllowedOrigin(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAllowedOrigin',
      validator: {
        validate: (value: unknown) => isAcceptableAllowedOrigin(value),
        defaultMessage: (args?: ValidationArguments) => {
          const property = args?.property ?? 'allowedOrigins';
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          const index = values.findIndex((v) => !isAcceptableAllowedOrigin(v));
          const at = Array.isArray(args?.value) ? `${property}[${Math.max(index, 0)}]` : property;
          return `${at} ${allowedOriginProblem(values[Math.max(index, 0)]) ?? 'is not a valid origin'}`;
        },
      },
    },
    { each: true },
  );
}

export class WidgetThemeInput implements WidgetTheme {
  @ApiPropertyOptional({ example: '#1f4e79', description: 'Brand colour, #rrggbb' })
  @Omittable()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'primaryColor must be a colour #rrggbb' })
  primaryColor?: string;

  @ApiPropertyOptional({ enum: WIDGET_POSITIONS, example: 'bottom-right' })
  @Omittable()
  @IsIn(WIDGET_POSITIONS)
  position?: WidgetPosition;
}

/** The site's own first words, per language; missing ones fall back to French, then the default. */
export class WidgetGreetingInput {
  @ApiPropertyOptional({ example: 'Bonjour ! Comment puis-je vous aider ?', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(MAX_GREETING_LENGTH)
  fr?: string;

  @ApiPropertyOptional({ example: 'Hello! How can I help you?', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(MAX_GREETING_LENGTH)
  en?: string;

  @ApiPropertyOptional({ example: 'Hallo! Wie kann ich Ihnen helfen?', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(MAX_GREETING_LENGTH)
  de?: string;

  @ApiPropertyOptional({ example: 'Buongiorno! Come posso aiutarla?', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(MAX_GREETING_LENGTH)
  it?: string;

  @ApiPropertyOptional({ example: 'مرحبًا! كيف يمكنني مساعدتك؟', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(MAX_GREETING_LENGTH)
  ar?: string;
}

export class CreateWidgetSiteBody {
  @ApiProperty({ example: 'Boutique en ligne', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({
    type: [String],
    example: ['https://www.meuble-de-france.fr', 'https://boutique.meuble-de-france.fr'],
    description:
      'Origins the widget may be embedded on, exactly as browsers send them: https://host[:port], no path or wildcard (http only for localhost and 127.0.0.1); 1 to 20.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ALLOWED_ORIGINS)
  @ArrayUnique()
  @IsAllowedOrigin()
  allowedOrigins!: string[];

  @ApiPropertyOptional({ type: WidgetThemeInput, description: 'Replaces the whole theme' })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => WidgetThemeInput)
  theme?: WidgetThemeInput;

  @ApiPropertyOptional({ type: WidgetGreetingInput, description: 'Replaces every greeting' })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => WidgetGreetingInput)
  greeting?: WidgetGreetingInput;

  @ApiPropertyOptional({ default: true, description: 'An inactive site opens no new chat' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

/** Any subset of the creation fields; the site key never changes. */
export class UpdateWidgetSiteBody extends PartialType(CreateWidgetSiteBody, {
  skipNullProperties: false,
}) {}

export class WidgetSiteView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    example: 'site_4fJ9kQ2xVb7LmN0pRs8TuW1y',
    description: 'Public key for the embed',
  })
  siteKey!: string;
  @ApiProperty({ example: 'Boutique en ligne' }) name!: string;
  @ApiProperty({ type: [String], example: ['https://www.meuble-de-france.fr'] })
  allowedOrigins!: string[];
  @ApiProperty({ type: WidgetThemeView }) theme!: WidgetTheme;
  @ApiProperty({ type: WidgetGreetingInput }) greeting!: SiteGreeting;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
