import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { RecapCardView } from '../../chat';
import { trimString } from '../../common/http/trim-string';
import { CORRECTION_MAX_LENGTH } from '../domain/confirm-page';

/** A browser form posts strings; JSON clients post booleans. Both mean the same. */
function formBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export class ConfirmClaimBody {
  @ApiProperty({
    example: true,
    description:
      'true: the recap is right (validated). false with a correction: corrected. false alone: the customer cancels the claim (validation only — the ticket status is left to agents).',
  })
  @Transform(formBoolean)
  @IsBoolean()
  confirm!: boolean;

  @ApiPropertyOptional({
    example: "Ce n'est pas le pied mais l'accoudoir qui est cassé.",
    maxLength: CORRECTION_MAX_LENGTH,
    description: 'With confirm: false, what is wrong in the recap',
  })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, CORRECTION_MAX_LENGTH)
  correction?: string;
}

export const VALIDATIONS = ['pending', 'validated', 'corrected', 'cancelled'] as const;

export class ClaimConfirmationView {
  @ApiProperty({ example: 'SAV-2026-000042' }) reference!: string;
  @ApiProperty({ type: RecapCardView }) recap!: RecapCardView;
  @ApiProperty({ enum: VALIDATIONS }) validation!: (typeof VALIDATIONS)[number];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) validatedAt!: string | null;
  @ApiProperty({ format: 'date-time', description: 'When this link stops working' })
  expiresAt!: string;
}
