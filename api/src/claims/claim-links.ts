import { Injectable } from '@nestjs/common';
import { type LinkVerification, TokenService } from '../auth';
import { GoneError, NotFoundError } from '../common/problem/domain-error';
import { AppConfig } from '../config';

/** Its own audience: a claim link never opens anything else, nor is anything else a claim link. */
export const CLAIM_LINK_AUDIENCE = 'mdf-claim';
export const CLAIM_LINK_PURPOSE = 'claim-confirm';

/** The confirm link of a recap e-mail: signed, for one ticket, for one purpose, expiring. */
@Injectable()
export class ClaimLinks {
  constructor(
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  /** A fresh token for this ticket, valid `config.mail.claimLinkTtlMs`. */
  issue(ticketId: string, now = new Date()): { token: string; url: string; expiresAt: Date } {
    const ttlSeconds = Math.max(1, Math.floor(this.config.mail.claimLinkTtlMs / 1000));
    const token = this.tokens.signLink(
      { subject: ticketId, purpose: CLAIM_LINK_PURPOSE },
      CLAIM_LINK_AUDIENCE,
      ttlSeconds,
    );
    return {
      token,
      url: `${this.config.http.publicUrl}/api/v1/claims/confirm/${token}`,
      // jsonwebtoken counts whole seconds from the signing time.
      expiresAt: new Date((Math.floor(now.getTime() / 1000) + ttlSeconds) * 1000),
    };
  }

  /** The ticket a link stands for: 404 when tampered or foreign, 410 when expired. */
  open(token: string): { ticketId: string; expiresAt: Date } {
    const verdict: LinkVerification =
      token.length > 0 && token.length <= 2048
        ? this.tokens.verifyLink(token, CLAIM_LINK_AUDIENCE, CLAIM_LINK_PURPOSE)
        : { status: 'invalid' };
    if (verdict.status === 'expired') throw new GoneError('This link has expired.');
    if (verdict.status === 'invalid') throw new NotFoundError('No claim for this link.');
    return { ticketId: verdict.subject, expiresAt: verdict.expiresAt };
  }
}
