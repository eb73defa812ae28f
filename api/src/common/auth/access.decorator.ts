import { SetMetadata } from '@nestjs/common';

export const ROLES = ['admin', 'agent'] as const;
export type Role = (typeof ROLES)[number];

export const API_SCOPES = [
  'tickets:read',
  'tickets:write',
  'products:read',
  'products:write',
  'orders:write',
  'sav:analyze',
  'faq:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * Who may call a route: anyone, a customer chat session, staff with a role,
 * and/or a partner API key with a scope. The access guard reads it; a route
 * without it is refused, and the application refuses to start.
 */
export interface AccessRule {
  /** No credential needed (the spec's public allowlist only). */
  public?: boolean;
  /** A customer chat session token is accepted. */
  customer?: boolean;
  /**
   * With `customer`: the route parameter holding a session id, which must be
   * the caller's own session.
   */
  sessionParam?: string;
  roles?: Role[];
  scopes?: ApiScope[];
}

export const ACCESS_KEY = 'mdf:access';

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_KEY, rule);
