import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CustomerSessions } from '../common/auth/customer-sessions';
import type { NextFunction, Response } from 'express';
import type { AuthenticatedRequest, AuthFailure, Principal } from '../common/auth/principal';
import { ApiKeysService } from './api-keys/api-keys.service';
import { SecurityEvents } from './security-events';
import { BearerAuthenticator } from './tokens/bearer-authenticator';

/**
 * Works out who is calling, before any guard: an `X-API-Key`, or a bearer
 * token (staff or customer session). It never refuses a request itself; the
 * access guard decides with the route's policy, and the rate limiter counts
 * per caller.
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly events: SecurityEvents,
    private readonly bearer: BearerAuthenticator,
    private readonly moduleRef: ModuleRef,
  ) {}

  private sessions: CustomerSessions | null | undefined;

  /** Provided by the chat feature, which depends on this one: looked up once, not injected. */
  private get customerSessions(): CustomerSessions | null {
    if (this.sessions === undefined) {
      try {
        this.sessions = this.moduleRef.get(CustomerSessions, { strict: false });
      } catch {
        this.sessions = null;
      }
    }
    return this.sessions ?? null;
  }

  use(req: AuthenticatedRequest, res: Response, next: NextFunction): void {
    const apiKey = req.get('x-api-key');
    if (apiKey !== undefined) {
      this.apiKeys.authenticate(apiKey).then((principal) => {
        if (principal) req.principal = principal;
        else this.fail(req, 'invalid_api_key');
        next();
      }, next);
      return;
    }
    const authorization = req.headers.authorization;
    if (!authorization) return next();
    const known = /^bearer /i.test(authorization)
      ? this.bearer.recall(authorization.slice(7).trim())
      : undefined;
    if (known) {
      this.admit(req, known, next);
      return;
    }
    const authenticate = this.bearer.passport.authenticate(
      BearerAuthenticator.STRATEGY,
      { session: false },
      (err: unknown, principal: Principal | false, info: unknown) => {
        if (principal && !err) {
          this.admit(req, principal, next);
          return;
        }
        this.fail(
          req,
          (info as Error | undefined)?.name === 'TokenExpiredError'
            ? 'expired_token'
            : 'invalid_token',
        );
        next();
      },
    ) as (req: AuthenticatedRequest, res: Response, next: NextFunction) => void;
    authenticate(req, res, next);
  }

  private admit(req: AuthenticatedRequest, principal: Principal, next: NextFunction): void {
    if (principal.kind === 'customer') {
      this.admitCustomer(req, principal).then(next, next);
      return;
    }
    req.principal = principal;
    next();
  }

  /** A customer token counts only while its session is open on an active site. */
  private async admitCustomer(
    req: AuthenticatedRequest,
    principal: Extract<Principal, { kind: 'customer' }>,
  ): Promise<void> {
    const sessions = this.customerSessions;
    if (!sessions || (await sessions.isOpen(principal.sessionId, principal.siteId))) {
      req.principal = principal;
    } else {
      this.fail(req, 'ended_session');
    }
  }

  private fail(req: AuthenticatedRequest, failure: AuthFailure): void {
    req.authFailure = failure;
    this.events.record(failure === 'invalid_api_key' ? 'api_key_rejected' : 'token_rejected', {
      reason: failure,
      requestId: typeof req.id === 'string' ? req.id : undefined,
    });
  }
}
