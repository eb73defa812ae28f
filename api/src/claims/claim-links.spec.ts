import { JwtService } from '@nestjs/jwt';
import { TokenService } from '../auth';
import { GoneError, NotFoundError } from '../common/problem/domain-error';
import type { AppConfig } from '../config';
import { createSecretKey } from 'node:crypto';
import { CLAIM_LINK_AUDIENCE, ClaimLinks } from './claim-links';

type KeyRing = ConstructorParameters<typeof TokenService>[1];

/** The key ring's contract (auth keeps the class to itself): the current key signs, all verify. */
function keyRing(
  current: { id: string; secret: string },
  previous: (typeof current)[] = [],
): KeyRing {
  const byId = new Map(
    [...previous, current].map((k) => [k.id, createSecretKey(Buffer.from(k.secret, 'utf8'))]),
  );
  return {
    current,
    currentKey: byId.get(current.id),
    secretFor: (id: unknown) => (typeof id === 'string' ? byId.get(id) : undefined),
  } as unknown as KeyRing;
}

const TICKET = '0b8e3c56-8a8c-4f2e-9d55-5e1f1e8f5a11';

function links(ring = keyRing({ id: 'k1', secret: 'a'.repeat(48) }), ttlMs = 3_600_000) {
  const tokens = new TokenService(new JwtService({}), ring);
  const config = {
    mail: { claimLinkTtlMs: ttlMs },
    http: { publicUrl: 'https://sav.example' },
  } as unknown as AppConfig;
  return { links: new ClaimLinks(tokens, config), tokens };
}

describe('ClaimLinks', () => {
  afterEach(() => jest.restoreAllMocks());

  it('opens the ticket its link was made for, until it expires', () => {
    const { links: l } = links();
    const issued = l.issue(TICKET);
    expect(issued.url).toBe(`https://sav.example/api/v1/claims/confirm/${issued.token}`);
    const opened = l.open(issued.token);
    expect(opened.ticketId).toBe(TICKET);
    expect(opened.expiresAt.toISOString()).toBe(issued.expiresAt.toISOString());
  });

  it('refuses a tampered link as unknown (404)', () => {
    const { links: l } = links();
    const [header, payload, signature] = l.issue(TICKET).token.split('.');
    const forged = Buffer.from(
      Buffer.from(payload ?? '', 'base64url')
        .toString('utf8')
        .replace(TICKET, '11111111-2222-4333-8444-555555555555'),
    ).toString('base64url');
    expect(() => l.open(`${header}.${forged}.${signature}`)).toThrow(NotFoundError);
    expect(() => l.open(`${header}.${payload}.${signature}x`)).toThrow(NotFoundError);
    expect(() => l.open('not-a-token')).toThrow(NotFoundError);
    expect(() => l.open('')).toThrow(NotFoundError);
  });

  it('answers 410 for an expired link', () => {
    const { links: l } = links(undefined, 60_000);
    const { token } = l.issue(TICKET);
    const later = Date.now() + 61_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    expect(() => l.open(token)).toThrow(GoneError);
  });

  it('refuses tokens of another audience, purpose or key', () => {
    const { links: l, tokens } = links();
    const staff = tokens.signStaffAccess({ id: TICKET, role: 'admin' }).token;
    expect(() => l.open(staff)).toThrow(NotFoundError);
    const otherPurpose = tokens.signLink(
      { subject: TICKET, purpose: 'password-reset' },
      CLAIM_LINK_AUDIENCE,
      600,
    );
    expect(() => l.open(otherPurpose)).toThrow(NotFoundError);
    const otherAudience = tokens.signLink(
      { subject: TICKET, purpose: 'claim-confirm' },
      'mdf-console',
      600,
    );
    expect(() => l.open(otherAudience)).toThrow(NotFoundError);
    const foreign = links(keyRing({ id: 'k1', secret: 'b'.repeat(48) })).links.issue(TICKET);
    expect(() => l.open(foreign.token)).toThrow(NotFoundError);
  });

  it('still opens links signed with a previous key after a rotation', () => {
    const old = { id: 'k1', secret: 'a'.repeat(48) };
    const { token } = links(keyRing(old)).links.issue(TICKET);
    const rotated = links(keyRing({ id: 'k2', secret: 'c'.repeat(48) }, [old])).links;
    expect(rotated.open(token).ticketId).toBe(TICKET);
  });
});
