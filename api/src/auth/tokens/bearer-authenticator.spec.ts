import { JwtService } from '@nestjs/jwt';
import type { Principal } from '../../common/auth/principal';
import { BearerAuthenticator } from './bearer-authenticator';
import { JwtKeyRing } from './jwt-key-ring';
import { TokenService } from './token.service';

const keys = new JwtKeyRing({ id: 'k1', secret: 'a-test-signing-secret-of-32-chars!' });
const tokens = new TokenService(new JwtService(), keys);

/** What the bearer authenticator makes of an Authorization header. */
function authenticate(
  bearer: BearerAuthenticator,
  authorization: string,
): Promise<{ principal: Principal | false; info: unknown }> {
  return new Promise((resolve, reject) => {
    const handler = bearer.passport.authenticate(
      BearerAuthenticator.STRATEGY,
      { session: false },
      (err: unknown, principal: Principal | false, info: unknown) =>
        err
          ? reject(err instanceof Error ? err : new Error('authentication error'))
          : resolve({ principal, info }),
    ) as (req: unknown, res: unknown, next: (err?: unknown) => void) => void;
    handler({ headers: { authorization } }, {}, () => reject(new Error('passed to next()')));
  });
}

describe('BearerAuthenticator', () => {
  let clock: number;
  let bearer: BearerAuthenticator;

  beforeEach(() => {
    clock = Date.now();
    bearer = new BearerAuthenticator(keys, () => clock);
  });

  it('remembers a token once its signature and claims are verified', async () => {
    const { token } = tokens.signStaffAccess({ id: 'user-1', role: 'agent' });
    expect(bearer.recall(token)).toBeUndefined();

    const { principal } = await authenticate(bearer, `Bearer ${token}`);

    expect(principal).toEqual({ kind: 'staff', userId: 'user-1', role: 'agent' });
    expect(bearer.recall(token)).toEqual(principal);
  });

  it('never remembers a token that failed verification, nor one character off a good one', async () => {
    const { token } = tokens.signStaffAccess({ id: 'user-1', role: 'admin' });
    await authenticate(bearer, `Bearer ${token}`);
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');

    const { principal } = await authenticate(bearer, `Bearer ${tampered}`);

    expect(principal).toBe(false);
    expect(bearer.recall(tampered)).toBeUndefined();
    const otherKeys = new JwtKeyRing({ id: 'k1', secret: 'another-secret-entirely-32-chars!!' });
    const forged = new TokenService(new JwtService(), otherKeys).signStaffAccess({
      id: 'user-1',
      role: 'admin',
    }).token;
    expect((await authenticate(bearer, `Bearer ${forged}`)).principal).toBe(false);
    expect(bearer.recall(forged)).toBeUndefined();
  });

  it('forgets a token after a minute, so it is verified again', async () => {
    const { token } = tokens.signStaffAccess({ id: 'user-2', role: 'agent' });
    await authenticate(bearer, `Bearer ${token}`);

    clock += 59_000;
    expect(bearer.recall(token)).toBeDefined();
    clock += 2_000;
    expect(bearer.recall(token)).toBeUndefined();
  });

  it('never remembers a token past its own expiry', async () => {
    const token = tokens.signCustomer({
      id: 'session-1',
      siteId: 'site-1',
      expiresAt: new Date(Date.now() + 10_000),
    });
    const { principal } = await authenticate(bearer, `Bearer ${token}`);
    expect(principal).toEqual({ kind: 'customer', sessionId: 'session-1', siteId: 'site-1' });

    clock += 8_000;
    expect(bearer.recall(token)).toBeDefined();
    clock += 3_000;
    expect(bearer.recall(token)).toBeUndefined();
  });

  it('keeps the token of one authenticator to itself', async () => {
    const { token } = tokens.signStaffAccess({ id: 'user-3', role: 'agent' });
    await authenticate(bearer, `Bearer ${token}`);

    expect(new BearerAuthenticator(keys).recall(token)).toBeUndefined();
  });
});
