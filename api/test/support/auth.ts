import request from 'supertest';
import type { ApiScope, Role } from '../../src/common/auth/access.decorator';
import { ApiKeysService, UsersService } from '../../src/auth';
import { TEST_PASSWORDS, testEmail } from './accounts';
import type { TestApp } from './test-app';

export { TEST_PASSWORDS, testEmail };

const tokens = new WeakMap<TestApp, Map<Role, string>>();

/** Creates (once per app) a staff account with this role and signs it in; returns its access token. */
export async function staffToken(t: TestApp, role: Role): Promise<string> {
  const cache = tokens.get(t) ?? new Map<Role, string>();
  tokens.set(t, cache);
  const cached = cache.get(role);
  if (cached) return cached;
  await t.app.get(UsersService).ensure({
    email: testEmail(role),
    name: `Test ${role}`,
    role,
    password: TEST_PASSWORDS[role],
  });
  const res = await request(t.app.getHttpServer())
    .post('/api/v1/auth/login')
    .send({ email: testEmail(role), password: TEST_PASSWORDS[role] })
    .expect(200);
  const token = (res.body as { accessToken: string }).accessToken;
  cache.set(role, token);
  return token;
}

/** A partner API key with exactly these scopes. */
export async function apiKey(t: TestApp, scopes: ApiScope[]): Promise<string> {
  const created = await t.app
    .get(ApiKeysService)
    .create({ name: `test ${scopes.join(' ')}`, scopes }, null);
  return created.key;
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}
