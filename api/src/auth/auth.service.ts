import { Injectable } from '@nestjs/common';
import { UnauthorizedError } from '../common/problem/domain-error';
import { LoginThrottle } from '../common/rate-limit';
import { PasswordHasher } from './passwords/password-hasher';
import { RefreshTokensService } from './refresh/refresh-tokens.service';
import { SecurityEvents } from './security-events';
import { TokenService } from './tokens/token.service';
import type { UserView } from './users/dto/user.dto';
import type { UserEntity } from './users/entities/user.entity';
import { toUserView, UsersService } from './users/users.service';

export interface SignedIn {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: UserView;
}

// One message for every failure: the caller never learns whether the account exists.
const BAD_CREDENTIALS = 'The e-mail address or the password is incorrect.';
const BAD_REFRESH = 'The session has expired; please sign in again.';

/** Sign-in, token refresh with rotation, and sign-out of staff users. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokensService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly events: SecurityEvents,
  ) {}

  async login(email: string, password: string, ip: string): Promise<SignedIn> {
    await this.throttle.assertAllowed(email, ip);
    const user = await this.users.findForLogin(email);
    const passwordOk = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordOk || !user.active) {
      await this.throttle.recordFailure(email, ip);
      this.events.record('login_failed', { userId: user?.id });
      throw new UnauthorizedError(BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email, ip);
    await this.users.markLogin(user.id);
    this.events.record('login_succeeded', { userId: user.id });
    const refresh = await this.refreshTokens.issue(user.id);
    return this.signedIn(user, refresh);
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    const result = await this.refreshTokens.rotate(refreshToken);
    if (result.outcome === 'reused') {
      this.events.record('refresh_reused', { userId: result.userId, familyId: result.familyId });
      throw new UnauthorizedError(BAD_REFRESH);
    }
    if (result.outcome === 'invalid') throw new UnauthorizedError(BAD_REFRESH);
    const user = await this.users.get(result.userId).catch(() => undefined);
    if (!user?.active) {
      await this.refreshTokens.revokeUser(result.userId, 'deactivated');
      throw new UnauthorizedError(BAD_REFRESH);
    }
    return this.signedIn(user, result);
  }

  /** Ends the presented token's family, or every session of the user when none is presented. */
  async logout(userId: string, refreshToken?: string): Promise<void> {
    if (refreshToken) await this.refreshTokens.revokeByToken(refreshToken);
    else await this.refreshTokens.revokeUser(userId, 'logout');
  }

  async me(userId: string): Promise<UserView> {
    const user = await this.users.get(userId).catch(() => undefined);
    if (!user?.active) throw new UnauthorizedError('This account is no longer active.');
    return toUserView(user);
  }

  private signedIn(user: UserEntity, refresh: { token: string; expiresAt: Date }): SignedIn {
    const access = this.tokens.signStaffAccess(user);
    return {
      accessToken: access.token,
      expiresIn: access.expiresIn,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
      user: toUserView(user),
    };
  }
}
