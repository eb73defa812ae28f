import Redis from 'ioredis';
import request, { type Response } from 'supertest';
import { LoginThrottle } from '../src/common/rate-limit';
import { RateLimitProbeModule } from './support/rate-limit-probe.module';
import { TEST_REDIS_URL, testRedisPrefix } from './support/services';
import { startTestApp, type TestApp } from './support/test-app';

const PROBE = '/api/v1/rate-limit-probe';
const LIMIT = 100;

function startProbeApp(env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp({
    extraModules: [RateLimitProbeModule],
    env: { RATE_LIMIT_PER_MINUTE: String(LIMIT), ...env },
  });
}

/** Sends `count` requests one after the other and returns the answers. */
async function hit(t: TestApp, count: number, path = PROBE, user?: string): Promise<Response[]> {
  const answers: Response[] = [];
  for (let i = 0; i < count; i++) {
    const req = request(t.app.getHttpServer()).get(path);
    answers.push(await (user ? req.set('X-Test-User', user) : req));
  }
  return answers;
}

function expectRefusal(res: Response, limit = LIMIT): void {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: '/problems/too-many-requests',
    title: 'Too Many Requests',
    status: 429,
    requestId: res.headers['x-request-id'],
  });
  expect(res.body.detail).toMatch(
    /^Too many requests: the limit is \d+ per minute\. Try again in \d+ seconds?\.$/,
  );
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.headers['ratelimit-limit']).toBe(String(limit));
  expect(res.headers['ratelimit-remaining']).toBe('0');
  expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
}

async function redisKeys(prefix: string): Promise<{ keys: string[]; values: string[] }> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}*`);
    const values = keys.length ? await redis.mget(...keys) : [];
    return { keys, values: values.map(String) };
  } finally {
    redis.disconnect();
  }
}

describe('rate limiting (real Redis)', () => {
  describe('one instance', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startProbeApp();
    });
    afterAll(async () => t.close());

    it('allows 100 requests a minute per IP with decreasing RateLimit headers, then answers 429', async () => {
      const allowed = await hit(t, LIMIT);
      expect(allowed.map((r) => r.status)).toEqual(Array(LIMIT).fill(200));
      expect(allowed.map((r) => Number(r.headers['ratelimit-remaining']))).toEqual(
        Array.from({ length: LIMIT }, (_, i) => LIMIT - 1 - i),
      );
      for (const res of allowed) {
        expect(res.headers['ratelimit-limit']).toBe(String(LIMIT));
        const reset = Number(res.headers['ratelimit-reset']);
        expect(reset).toBeGreaterThanOrEqual(1);
        expect(reset).toBeLessThanOrEqual(60);
        expect(Object.keys(res.headers).filter((h) => h.startsWith('x-ratelimit'))).toEqual([]);
      }

      const [refused] = await hit(t, 1);
      expectRefusal(refused);
    });

    it('gives each authenticated caller its own budget, whatever its IP has used', async () => {
      const [first] = await hit(t, 1, PROBE, 'agent-1');
      expect(first.status).toBe(200);
      expect(first.headers['ratelimit-remaining']).toBe(String(LIMIT - 1));
      const [other] = await hit(t, 1, PROBE, 'agent-2');
      expect(other.headers['ratelimit-remaining']).toBe(String(LIMIT - 1));
    });

    it('keeps a route-level @Throttle limit, counted apart from the caller budget', async () => {
      const answers = await hit(t, 3, `${PROBE}/strict`, 'agent-3');
      expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
      expect(answers[0].headers['ratelimit-limit']).toBe('2');
      expectRefusal(answers[2], 2);
      const [elsewhere] = await hit(t, 1, PROBE, 'agent-3');
      expect(elsewhere.headers['ratelimit-remaining']).toBe(String(LIMIT - 1));
    });

    it('does not limit a @SkipThrottle route', async () => {
      const [res] = await hit(t, 1, `${PROBE}/unlimited`);
      expect(res.status).toBe(200);
      expect(res.headers['ratelimit-limit']).toBeUndefined();
    });

    it('keeps no IP, user id or e-mail in Redis keys or values', async () => {
      const login = t.app.get(LoginThrottle);
      for (let i = 0; i < 5; i++) {
        await login.assertAllowed('Jeanne.Dupont@example.fr', '203.0.113.7');
        await login.recordFailure('Jeanne.Dupont@example.fr', '203.0.113.7');
      }
      await expect(login.assertAllowed('jeanne.dupont@example.fr', '203.0.113.7')).rejects.toThrow(
        'Too many login attempts',
      );

      const { keys, values } = await redisKeys(t.config.redis.keyPrefix);
      expect(keys.some((k) => k.includes(':login:lock:'))).toBe(true);
      expect(keys.some((k) => k.includes(':throttle:'))).toBe(true);
      const stored = [...keys, ...values].join('\n').toLowerCase();
      for (const personal of [
        'jeanne',
        'dupont',
        'example.fr',
        '203.0.113',
        '127.0.0.1',
        'agent-1',
      ]) {
        expect(stored).not.toContain(personal);
      }
    });
  });

  describe('two instances sharing one Redis prefix', () => {
    let a: TestApp;
    let b: TestApp;

    beforeAll(async () => {
      const prefix = testRedisPrefix();
      [a, b] = await Promise.all([
        startProbeApp({ REDIS_KEY_PREFIX: prefix }),
        startProbeApp({ REDIS_KEY_PREFIX: prefix }),
      ]);
    });
    afterAll(async () => Promise.all([a.close(), b.close()]));

    it('share one budget: 60 on one and 40 on the other exhaust it for both', async () => {
      expect((await hit(a, 60)).every((r) => r.status === 200)).toBe(true);
      const onB = await hit(b, 40);
      expect(onB.every((r) => r.status === 200)).toBe(true);
      expect(onB[0].headers['ratelimit-remaining']).toBe(String(LIMIT - 61));
      expect(onB[39].headers['ratelimit-remaining']).toBe('0');

      expectRefusal((await hit(a, 1))[0]);
      expectRefusal((await hit(b, 1))[0]);
    });
  });

  describe('with Redis unreachable', () => {
    let a: TestApp;
    let b: TestApp;

    beforeAll(async () => {
      [a, b] = await Promise.all([
        startProbeApp({ REDIS_URL: 'redis://127.0.0.1:1' }),
        startProbeApp({ REDIS_URL: 'redis://127.0.0.1:1' }),
      ]);
    });
    afterAll(async () => Promise.all([a.close(), b.close()]));

    it('still serves requests and limits each instance on its own, saying so once in the logs', async () => {
      const onA = await hit(a, LIMIT);
      expect(onA.every((r) => r.status === 200)).toBe(true);
      expect(onA[LIMIT - 1].headers['ratelimit-remaining']).toBe('0');
      expectRefusal((await hit(a, 1))[0]);

      // The other instance counts its own requests.
      const [onB] = await hit(b, 1);
      expect(onB.status).toBe(200);
      expect(onB.headers['ratelimit-remaining']).toBe(String(LIMIT - 1));

      const switches = a.logs.lines.filter((l) => l.includes('fall back to per-instance memory'));
      expect(switches).toHaveLength(1);
    });
  });
});
