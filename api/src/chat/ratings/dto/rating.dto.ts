import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { trimString } from '../../../common/http/trim-string';

export const RATING_COMMENT_MAX = 1000;

export class RateConversationBody {
  @ApiProperty({
    minimum: 1,
    maximum: 5,
    example: 5,
    description: 'Satisfaction from 1 (not at all) to 5 (very satisfied); whole numbers only',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @ApiPropertyOptional({ maxLength: RATING_COMMENT_MAX, example: 'Rapide et efficace, merci !' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(RATING_COMMENT_MAX)
  comment?: string;
}

export class ConversationRatingView {
  @ApiProperty({ minimum: 1, maximum: 5, example: 5 }) score!: number;
  @ApiProperty({ type: String, nullable: true, example: 'Rapide et efficace, merci !' })
  comment!: string | null;
  @ApiProperty({ description: 'True when this rating replaced an earlier one of the conversation' })
  replaced!: boolean;
  @ApiProperty({
    description: "Thanks in the conversation's language, for the widget to show",
    example: 'Merci pour votre note ! Elle nous aide à améliorer notre service.',
  })
  thanks!: string;
  @ApiProperty({ format: 'date-time', description: 'When the conversation was first rated' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the current score was given' })
  updatedAt!: string;
}
