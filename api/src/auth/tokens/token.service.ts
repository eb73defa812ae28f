import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/access.decorator';
import { JwtKeyRing } from './jwt-key-ring';

export const TOKEN_ISSUER = 'mdf-api';
/** Audiences keep a customer token from ever passing as a staff token, and back. */
export const STAFF_AUDIENCE = 'mdf-console';
export const CUSTOMER_AUDIENCE = 'mdf-widget';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const CUSTOMER_TOKEN_TTL_SECONDS = 24 * 60 * 60;
export const JWT_ALGORITHM = 'HS256';

interface StaffClaims {
  sub: string;
  typ: 'staff';
  role: Role;
}

interface CustomerClaims {
  sub: string;
  typ: 'customer';
  site: string;
}

export type TokenClaims = (StaffClaims | CustomerClaims) & { aud?: string | string[] };

/** Signs the bearer tokens of staff and of customer chat sessions. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly keys: JwtKeyRing,
  ) {}

  /** A 15-minute access token for an agent or administrator. */
  signStaffAccess(user: { id: string; role: Role }): { token: string; expiresIn: number } {
    const claims: StaffClaims = { sub: user.id, typ: 'staff', role: user.role };
    return {
      token: this.sign(claims, STAFF_AUDIENCE, ACCESS_TOKEN_TTL_SECONDS),
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    };
  }

  /** A token that opens one chat session of one widget site, until the session expires. */
  signCustomer(session: { id: string; siteId: string; expiresAt: Date }): string {
    const claims: CustomerClaims = { sub: session.id, typ: 'customer', site: session.siteId };
    const ttl = Math.max(1, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
    return this.sign(claims, CUSTOMER_AUDIENCE, ttl);
  }

  private sign(claims: object, audience: string, ttlSeconds: number): string {
    return this.jwt.sign(claims, {
      privateKey: this.keys.currentKey,
      algorithm: JWT_ALGORITHM,
      keyid: this.keys.current.id,
      issuer: TOKEN_ISSUER,
      audience,
      expiresIn: ttlSeconds,
    });
  }

  /** The caller a verified token stands for; undefined when the claims do not fit. */
  static principalOf(claims: TokenClaims): Principal | undefined {
    const audiences = [claims.aud].flat();
    if (claims.typ === 'staff' && audiences.includes(STAFF_AUDIENCE)) {
      if (claims.role !== 'admin' && claims.role !== 'agent') return undefined;
      return { kind: 'staff', userId: claims.sub, role: claims.role };
    }
    if (claims.typ === 'customer' && audiences.includes(CUSTOMER_AUDIENCE)) {
      return { kind: 'customer', sessionId: claims.sub, siteId: claims.site };
    }
    return undefined;
  }
}
