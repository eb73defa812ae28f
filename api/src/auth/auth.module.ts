import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../common/rate-limit';
import { AppConfig } from '../config';
import { AccessGuard } from './access.guard';
import { AccessPolicyAudit } from './access-policy.audit';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { ApiKeyEntity } from './api-keys/entities/api-key.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationMiddleware } from './authentication.middleware';
import { PasswordHasher } from './passwords/password-hasher';
import { RefreshTokenEntity } from './refresh/refresh-token.entity';
import { RefreshTokensService } from './refresh/refresh-tokens.service';
import { SecurityEvents, securityEventsCounter } from './security-events';
import { StaffAccounts } from './staff-accounts';
import { JwtKeyRing } from './tokens/jwt-key-ring';
import { BearerAuthenticator } from './tokens/bearer-authenticator';
import { TokenService } from './tokens/token.service';
import { UserEntity } from './users/entities/user.entity';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/**
 * Who may call what: staff sign-in and tokens, partner API keys, customer
 * session tokens, and the global access guard that enforces every route's policy.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity, ApiKeyEntity]),
    JwtModule.register({}),
    DiscoveryModule,
    RateLimitModule,
  ],
  controllers: [AuthController, UsersController, ApiKeysController],
  providers: [
    {
      provide: JwtKeyRing,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => JwtKeyRing.fromConfig(config),
    },
    securityEventsCounter,
    SecurityEvents,
    PasswordHasher,
    RefreshTokensService,
    UsersService,
    ApiKeysService,
    TokenService,
    {
      provide: BearerAuthenticator,
      inject: [JwtKeyRing],
      useFactory: (k: JwtKeyRing) => new BearerAuthenticator(k),
    },
    AuthService,
    AuthenticationMiddleware,
    AccessPolicyAudit,
    StaffAccounts,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenService, AuthenticationMiddleware, AccessPolicyAudit],
})
export class AuthModule {}
