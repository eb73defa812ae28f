import { SetMetadata } from '@nestjs/common';

export type Role = 'admin' | 'agent';
export type ApiScope =
  | 'tickets:read'
  | 'tickets:write'
  | 'products:read'
  | 'products:write'
  | 'orders:write'
  | 'sav:analyze'
  | 'faq:read';

/**
 * Who may call a route: anyone, a customer chat session, staff with a role,
 * and/or a partner API key with a scope. The authentication guard reads it;
 * a route without it is refused.
 */
export interface AccessRule {
  public?: boolean;
  customer?: boolean;
  roles?: Role[];
  scopes?: ApiScope[];
}

export const ACCESS_KEY = 'mdf:access';

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_KEY, rule);
