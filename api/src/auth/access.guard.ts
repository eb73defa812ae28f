import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from '../common/auth/access.decorator';
import type { AuthenticatedRequest, Principal } from '../common/auth/principal';
import { ForbiddenError, UnauthorizedError } from '../common/problem/domain-error';
import { RateLimitGuard } from '../common/rate-limit';
import { SecurityEvents } from './security-events';

/** Whether the route's policy admits this caller. */
export function admits(
  rule: AccessRule,
  principal: Principal,
  params: Record<string, unknown>,
): boolean {
  switch (principal.kind) {
    case 'staff':
      return rule.roles?.includes(principal.role) ?? false;
    case 'customer':
      return (
        rule.customer === true &&
        (!rule.sessionParam || params[rule.sessionParam] === principal.sessionId)
      );
    case 'apiKey':
      return rule.scopes?.some((scope) => principal.scopes.includes(scope)) ?? false;
  }
}

const UNAUTHENTICATED: Record<string, string> = {
  expired_token: 'The token has expired.',
  invalid_token: 'The token is not valid.',
  ended_session: 'This chat session has ended; open a new one.',
  invalid_api_key: 'The API key is not valid.',
};

/**
 * The one global guard: rate limit first (so refused calls count too), then
 * the route's `@Access` policy. No policy means no access.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimit: RateLimitGuard,
    private readonly events: SecurityEvents,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This route has no access policy.');
    await this.rateLimit.canActivate(context);
    if (rule.public) return true;

    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = req.principal;
    if (!principal) {
      throw new UnauthorizedError(
        UNAUTHENTICATED[req.authFailure ?? ''] ??
          'Credentials are required: a bearer token or an API key.',
      );
    }
    if (!admits(rule, principal, req.params)) {
      const route = (req.route as { path?: string } | undefined)?.path;
      this.events.record('access_denied', { caller: principal.kind, route });
      throw new ForbiddenError('These credentials do not give access to this resource.');
    }
    return true;
  }
}
