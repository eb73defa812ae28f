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

/** What a link token says once checked; the token itself is never kept nor logged. */
export type LinkVerification =
  | { status: 'valid'; subject: string; expiresAt: Date }
  | { status: 'expired' }
  | { status: 'invalid' };

export type TokenClaims = (StaffClaims | CustomerClaims) & {
  aud?: string | string[];
  /** Expiry, seconds since the epoch (set on every token this service signs). */
  exp?: number;
};

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

  /**
   * A single-purpose link token (e.g. the claim recap's confirm link): its own
   * audience, so it never passes as a bearer token, and a `purpose` claim.
   */
  signLink(
    link: { subject: string; purpose: string },
    audience: string,
    ttlSeconds: number,
  ): string {
    return this.sign({ sub: link.subject, purpose: link.purpose }, audience, ttlSeconds);
  }

  /**
   * Checks a link token made by {@link signLink}: HS256, our issuer, this
   * audience and purpose, a key of the ring. Tells an expired link from a bad one.
   */
  verifyLink(token: string, audience: string, purpose: string): LinkVerification {
    let kid: unknown;
    try {
      const header = JSON.parse(
        Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'),
      ) as { kid?: unknown };
      kid = header.kid;
    } catch {
      return { status: 'invalid' };
    }
    const secret = this.keys.secretFor(kid);
    if (!secret) return { status: 'invalid' };
    try {
      const claims = this.jwt.verify<{ sub?: unknown; purpose?: unknown; exp?: unknown }>(token, {
        // jsonwebtoken takes a KeyObject; the @nestjs/jwt typings lag.
        publicKey: secret as unknown as Buffer,
        algorithms: [JWT_ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience,
      });
      if (
        claims.purpose !== purpose ||
        typeof claims.sub !== 'string' ||
        typeof claims.exp !== 'number'
      )
        return { status: 'invalid' };
      return { status: 'valid', subject: claims.sub, expiresAt: new Date(claims.exp * 1000) };
    } catch (err) {
      // Signature and audience are checked before expiry: an expired link is a genuine one.
      if (err instanceof Error && err.name === 'TokenExpiredError') return { status: 'expired' };
      return { status: 'invalid' };
    }
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
