import passport from 'passport';
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

/** Passport's authenticator for this application's bearer tokens. */
export class BearerAuthenticator {
  static readonly STRATEGY = 'jwt';
  /**
   * A private Passport instance, not the process-wide one: two applications in
   * one process (tests, a CLI beside a server) keep their own signing keys.
   */
  readonly passport: passport.Authenticator = new passport.Authenticator();

  /**
   * HS256 only (so `alg: none` and algorithm swaps are refused), our issuer and
   * audiences, the secret chosen by the token's `kid` among the key ring's keys.
   */
  constructor(keys: JwtKeyRing) {
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
        },
        (claims: TokenClaims, done: (err: null, principal: unknown) => void) =>
          done(null, TokenService.principalOf(claims) ?? false),
      ),
    );
  }
}
