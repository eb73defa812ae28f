import { LRUCache } from 'lru-cache';
import passport from 'passport';
import type { Request } from 'express';
import type { Principal } from '../../common/auth/principal';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { JwtKeyRing } from './jwt-key-ring';
import {
  CUSTOMER_AUDIENCE,
  JWT_ALGORITHM,
  STAFF_AUDIENCE,
  TOKEN_ISSUER,
  type TokenClaims,
  TokenService,
} from './token.service';

/** The `kid` of a compact JWT's header, without trusting anything else in it. */
function keyIdOf(rawJwt: string): unknown {
  try {
    const header = JSON.parse(
      Buffer.from(rawJwt.split('.')[0] ?? '', 'base64url').toString('utf8'),
    ) as { kid?: unknown };
    return header.kid;
  } catch {
    return undefined;
  }
}

/** How long a verified token is remembered (never past its own expiry). */
const REMEMBER_MS = 60_000;
const extractBearer = ExtractJwt.fromAuthHeaderAsBearerToken();

/** Passport's authenticator for this application's bearer tokens. */
export class BearerAuthenticator {
  static readonly STRATEGY = 'jwt';

  /**
   * Tokens verified in the last minute and what they proved. A console or a
   * widget sends the same token with every call: the signature and the claims
   * are checked once, then the token is only looked up until it expires. Keyed
   * by the whole token, so a token that differs by one character is verified.
   */
  private readonly verified: LRUCache<string, Principal>;

  /** The principal of a token verified recently and not expired since, else undefined. */
  recall(rawToken: string): Principal | undefined {
    return this.verified.get(rawToken);
  }
  /**
   * A private Passport instance, not the process-wide one: two applications in
   * one process (tests, a CLI beside a server) keep their own signing keys.
   */
  readonly passport: passport.Authenticator = new passport.Authenticator();

  /**
   * HS256 only (so `alg: none` and algorithm swaps are refused), our issuer and
   * audiences, the secret chosen by the token's `kid` among the key ring's keys.
   */
  constructor(
    keys: JwtKeyRing,
    /** Milliseconds since the epoch; tests pass their own clock. */
    now: () => number = Date.now,
  ) {
    this.verified = new LRUCache<string, Principal>({
      max: 20_000,
      perf: { now },
      ttlResolution: 0,
    });
    this.passport.use(
      BearerAuthenticator.STRATEGY,
      new Strategy(
        {
          jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
          secretOrKeyProvider: (_req, rawJwt, done) => {
            const secret = keys.secretFor(keyIdOf(String(rawJwt)));
            // passport-jwt hands it to jsonwebtoken, which takes a KeyObject; its typings lag.
            if (secret) done(null, secret as unknown as Buffer);
            else done(new Error('unknown signing key'));
          },
          algorithms: [JWT_ALGORITHM],
          issuer: TOKEN_ISSUER,
          audience: [STAFF_AUDIENCE, CUSTOMER_AUDIENCE],
          passReqToCallback: true,
        },
        (req: Request, claims: TokenClaims, done: (err: null, principal: unknown) => void) => {
          const principal = TokenService.principalOf(claims);
          const raw = extractBearer(req);
          const ttl =
            typeof claims.exp === 'number' ? Math.min(REMEMBER_MS, claims.exp * 1000 - now()) : 0;
          if (principal && raw && ttl > 0) this.verified.set(raw, principal, { ttl });
          done(null, principal ?? false);
        },
      ),
    );
  }
}
