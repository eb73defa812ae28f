export { AuthModule } from './auth.module';
export { AuthenticationMiddleware } from './authentication.middleware';
export { AccessPolicyAudit, type RoutePolicy } from './access-policy.audit';
export {
  TokenService,
  CUSTOMER_TOKEN_TTL_SECONDS,
  type LinkVerification,
} from './tokens/token.service';
export { DEMO_ACCOUNTS, seedsDemoAccounts } from './staff-accounts';
export { UsersService } from './users/users.service';
export { ApiKeysService } from './api-keys/api-keys.service';
