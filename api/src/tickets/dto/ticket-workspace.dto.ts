import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trimString } from '../../common/http/trim-string';

/** SAV-YYYY-NNNNNN (../shared/spec/sav-domain.md §7). */
export const TICKET_REFERENCE_PATTERN = /^SAV-\d{4}-\d{6}$/;

export class AgentMessageBody {
  @ApiProperty({
    example: 'Bonjour, un technicien passera jeudi entre 9 h et 12 h. Cela vous convient-il ?',
    minLength: 1,
    maxLength: 4000,
  })
  @Transform(trimString)
  @IsString()
  @Length(1, 4000)
  text!: string;
}
