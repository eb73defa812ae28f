import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { ApiScope, Role } from './access.decorator';

/** Who is calling, once their credential has been verified. */
export type Principal =
  | { kind: 'staff'; userId: string; role: Role }
  | { kind: 'customer'; sessionId: string; siteId: string }
  | { kind: 'apiKey'; keyId: string; scopes: ApiScope[] };

/** Why a presented credential was not accepted (never echoed in detail to the caller). */
export type AuthFailure = 'invalid_token' | 'expired_token' | 'ended_session' | 'invalid_api_key';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  authFailure?: AuthFailure;
}

/** A stable identity for rate limits and audit trails: `user:…`, `session:…`, `key:…`. */
export function principalKey(principal: Principal): string {
  switch (principal.kind) {
    case 'staff':
      return `user:${principal.userId}`;
    case 'customer':
      return `session:${principal.sessionId}`;
    case 'apiKey':
      return `key:${principal.keyId}`;
  }
}

/** The verified caller of the current request (the access guard has already run). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal | undefined =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);
