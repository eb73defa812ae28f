import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../passwords/password-policy';
import { REFRESH_TOKEN_PATTERN } from '../refresh/refresh-tokens.service';
import { UserView } from '../users/dto/user.dto';

export class LoginBody {
  @ApiProperty({ example: 'admin@meubledefrance.example' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Demo-Admin-Canape-2026' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional({
    enum: ['body', 'cookie'],
    default: 'body',
    description:
      'Where the refresh token goes: in the answer (partner tools), or an httpOnly cookie (the console)',
  })
  @IsOptional()
  @IsIn(['body', 'cookie'])
  refreshIn?: 'body' | 'cookie';
}

export class RefreshBody {
  @ApiPropertyOptional({
    description: 'The refresh token; omit it when it travels in the console cookie',
    example: 'rt_4f0Yl3k9bWb1p0n6s8uQ2m7c5xZaVdJhKe1oT3rGyNw',
  })
  @IsOptional()
  @IsString()
  @Matches(REFRESH_TOKEN_PATTERN, { message: 'refreshToken is not a refresh token' })
  refreshToken?: string;
}

export class LogoutBody extends RefreshBody {}

export class TokenPairView {
  @ApiProperty({ description: 'Bearer token for the API' }) accessToken!: string;
  @ApiProperty({ example: 900, description: 'Seconds the access token stays valid' })
  expiresIn!: number;
  @ApiPropertyOptional({ description: 'Absent when it was set as a cookie' })
  refreshToken?: string;
  @ApiPropertyOptional({
    description: 'With the cookie: send it back in X-CSRF-Token to /auth/refresh',
  })
  csrfToken?: string;
  @ApiProperty({ type: UserView }) user!: UserView;
}
