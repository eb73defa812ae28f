import request from 'supertest';
import { bearer, staffToken, TEST_PASSWORDS, testEmail } from './support/auth';
import { type TestApp, startTestApp } from './support/test-app';

describe('brute force on the sign-in', () => {
  let t: TestApp;
  const login = (email: string, password: string, ip: string) =>
    request(t.app.getHttpServer())
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email, password });

  beforeAll(async () => {
    // The default limits; the client address comes from the proxy header, as behind nginx.
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT_PER_MINUTE: '5' } });
    await staffToken(t, 'admin');
    await staffToken(t, 'agent');
  });
  afterAll(() => t.close());

  it('slows then locks one account attacked from many addresses, and no other', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      const ip = `203.0.113.${1 + (i % 10)}`;
      const res = await login(testEmail('admin'), `Mauvais-Essai-Numero-${i}`, ip);
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    }
    const wrongPasswordAnswers = statuses.filter((s) => s === 401).length;
    const refused = statuses.filter((s) => s === 429).length;
    expect(wrongPasswordAnswers + refused).toBe(50);
    // At most 20 guesses are checked before the account locks; the rest are refused unchecked.
    expect(wrongPasswordAnswers).toBeLessThanOrEqual(20);
    expect(refused).toBeGreaterThanOrEqual(30);

    // Locked: even the right password from a new address waits.
    const locked = await login(testEmail('admin'), TEST_PASSWORDS.admin, '198.51.100.7');
    expect(locked.status).toBe(429);

    // Another account signs in from the very addresses used by the attack.
    const other = await login(testEmail('agent'), TEST_PASSWORDS.agent, '203.0.113.1').expect(200);
    await request(t.app.getHttpServer())
      .get('/api/v1/auth/me')
      .set(bearer(other.body.accessToken))
      .expect(200);
  });

  it('limits one address to 5 attempts a minute on an account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await login('someone@meubledefrance.example', 'x'.repeat(12), '192.0.2.9')).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

describe('the general rate limit on a real route', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100' } });
  });
  afterAll(() => t.close());

  it('refuses the 101st request of a user in a minute with 429 and the RateLimit headers', async () => {
    const token = await staffToken(t, 'agent');
    const me = () => request(t.app.getHttpServer()).get('/api/v1/auth/me').set(bearer(token));
    // The sign-in above was an anonymous call, counted per address, not for this user.
    let last = await me().expect(200);
    expect(last.headers['ratelimit-limit']).toBe('100');
    expect(last.headers['ratelimit-remaining']).toBe('99');
    for (let i = 2; i <= 100; i++) last = await me().expect(200);
    expect(last.headers['ratelimit-remaining']).toBe('0');
    const refused = await me().expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(refused.body.type).toMatch(/\/problems\/too-many-requests$/);
  });
});
