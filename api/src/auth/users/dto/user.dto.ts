import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../../common/auth/access.decorator';
import { trimString } from '../../../common/http/trim-string';
import { PASSWORD_MAX_LENGTH } from '../../passwords/password-policy';

export class CreateUserBody {
  @ApiProperty({ example: 'claire.martin@meubledefrance.example' })
  @Transform(trimString)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Claire Martin' })
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: ROLES, example: 'agent' })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({
    description: 'At least 12 characters and hard to guess (checked with zxcvbn)',
    example: 'Tabouret-Velours-Ocre-42',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UpdateUserBody {
  @ApiPropertyOptional({ example: 'Claire Martin-Durand' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false signs the user out everywhere and blocks login' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'A new password; signs the user out everywhere' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() active!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastLoginAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** A colleague as agents see them: who did what on a ticket, who holds it. No e-mail. */
export class StaffMemberView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Claire Martin' }) name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() active!: boolean;
}
