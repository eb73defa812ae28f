import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { MemoryKeyValueStore } from '../../infra/store';
import type { Principal } from '../auth/principal';
import { TooManyRequestsError } from '../problem/domain-error';
import { KeyValueThrottlerStorage } from './key-value-throttler-storage';
import { isRateLimitedPath, RateLimitGuard } from './rate-limit.guard';
import { StoreFailover } from './store-failover';

describe('isRateLimitedPath', () => {
  it.each(['/api/v1/products', '/api/v1/auth/login', '/api/v2/anything'])(
    'limits the API route %s',
    (path) => expect(isRateLimitedPath(path)).toBe(true),
  );

  it.each(['/health', '/ready', '/metrics', '/', '/index.html', '/assets/main.js', '/apiary'])(
    'never limits %s',
    (path) => expect(isRateLimitedPath(path)).toBe(false),
  );
});

class ProbeController {
  plain(): void {}

  @Throttle({ default: { limit: 1, ttl: 60_000 } })
  strict(): void {}

  @SkipThrottle()
  free(): void {}
}

interface FakeResponse {
  headers: Record<string, string>;
  header(name: string, value: string | number): void;
}

function call(
  handler: keyof ProbeController,
  options: { url?: string; ip?: string; principal?: Principal } = {},
) {
  const req = {
    originalUrl: options.url ?? '/api/v1/probe',
    ip: options.ip ?? '203.0.113.7',
    principal: options.principal,
  };
  const res: FakeResponse = {
    headers: {},
    header(name, value) {
      this.headers[name] = String(value);
    },
  };
  const context = {
    getType: () => 'http',
    getHandler: () => ProbeController.prototype[handler],
    getClass: () => ProbeController,
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ExecutionContext;
  return { req, res, context };
}

describe('RateLimitGuard', () => {
  let guard: RateLimitGuard;

  beforeEach(async () => {
    const storage = new KeyValueThrottlerStorage(new StoreFailover(new MemoryKeyValueStore()));
    guard = new RateLimitGuard(
      { throttlers: [{ name: 'default', limit: 3, ttl: 60_000 }] },
      storage,
      new Reflector(),
    );
    await guard.onModuleInit();
  });

  async function outcome(context: ExecutionContext): Promise<true | TooManyRequestsError> {
    try {
      return (await guard.canActivate(context)) as true;
    } catch (err) {
      if (err instanceof TooManyRequestsError) return err;
      throw err;
    }
  }

  it('sets RateLimit-* headers (not X-RateLimit-*) and refuses past the limit with a 429 error', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { res, context } = call('plain');
      expect(await outcome(context)).toBe(true);
      expect(Object.keys(res.headers).sort()).toEqual([
        'RateLimit-Limit',
        'RateLimit-Remaining',
        'RateLimit-Reset',
      ]);
      expect(res.headers['RateLimit-Limit']).toBe('3');
      remaining.push(res.headers['RateLimit-Remaining'] ?? '');
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const { res, context } = call('plain');
    const refused = await outcome(context);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    const error = refused as TooManyRequestsError;
    expect(error.status).toBe(429);
    expect(error.message).toBe(
      `Too many requests: the limit is 3 per minute. Try again in 60 seconds.`,
    );
    expect(error.headers).toEqual({ 'Retry-After': '60' });
    expect(res.headers).toMatchObject({
      'RateLimit-Limit': '3',
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': '60',
    });
  });

  it('counts an authenticated caller by principal, apart from its IP', async () => {
    for (let i = 0; i < 3; i++) await guard.canActivate(call('plain').context);
    const agent: Principal = { kind: 'staff', userId: 'u-1', role: 'agent' };
    const { res, context } = call('plain', { principal: agent });
    expect(await outcome(context)).toBe(true);
    expect(res.headers['RateLimit-Remaining']).toBe('2');
    expect(await outcome(call('plain', { ip: '198.51.100.1' }).context)).toBe(true);
  });

  it('counts one request once, even when the guard runs twice on it', async () => {
    const { res, context } = call('plain');
    await guard.canActivate(context);
    await guard.canActivate(context);
    expect(res.headers['RateLimit-Remaining']).toBe('2');
  });

  it('leaves operations endpoints and non-API paths alone', async () => {
    for (const url of ['/health', '/ready', '/metrics', '/console/tickets']) {
      for (let i = 0; i < 5; i++) {
        const { res, context } = call('plain', { url });
        expect(await outcome(context)).toBe(true);
        expect(res.headers).toEqual({});
      }
    }
  });

  it('honours @Throttle with its own counter and @SkipThrottle', async () => {
    expect(await outcome(call('strict').context)).toBe(true);
    expect(await outcome(call('strict').context)).toBeInstanceOf(TooManyRequestsError);
    const { res, context } = call('plain');
    expect(await outcome(context)).toBe(true);
    expect(res.headers['RateLimit-Remaining']).toBe('2');

    for (let i = 0; i < 5; i++) expect(await outcome(call('free').context)).toBe(true);
  });
});
