import { Controller, Get, Module } from '@nestjs/common';
import request from 'supertest';
import { API_SCOPES, type ApiScope } from '../src/common/auth/access.decorator';
import { apiKey, bearer, staffToken } from './support/auth';
import { type TestApp, startTestApp } from './support/test-app';

type Caller = 'admin' | 'agent' | 'customer' | `key:${ApiScope}`;

const STAFF: Caller[] = ['admin', 'agent'];
/**
 * Who may call each route, as ../shared/spec/api.md says. `public` routes need
 * no credential. A route the app serves that is missing here fails the test.
 */
const POLICY: Record<string, 'public' | Caller[]> = {
  'GET /health': 'public',
  'GET /ready': 'public',
  // Its own guard: internal network (the test client is on loopback) or METRICS_TOKEN.
  'GET /metrics': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/logout': STAFF,
  'GET /api/v1/auth/me': STAFF,
  'GET /api/v1/users': ['admin'],
  'GET /api/v1/users/directory': ['admin', 'agent'],
  'POST /api/v1/users': ['admin'],
  'PATCH /api/v1/users/:id': ['admin'],
  'GET /api/v1/api-keys': ['admin'],
  'POST /api/v1/api-keys': ['admin'],
  'DELETE /api/v1/api-keys/:id': ['admin'],
  'GET /api/v1/widget-sites': ['admin'],
  'POST /api/v1/widget-sites': ['admin'],
  'PATCH /api/v1/widget-sites/:id': ['admin'],
  'POST /api/v1/chat/sessions': 'public',
  'GET /api/v1/chat/sites/:siteKey/appearance': 'public',
  'GET /api/v1/chat/sessions': STAFF,
  'GET /api/v1/chat/sessions/:id/messages': ['customer', ...STAFF],
  'POST /api/v1/chat/sessions/:id/rating': ['customer'],
  'POST /api/v1/chat/sessions/:id/messages': ['customer', ...STAFF],
  'GET /api/v1/chat/sessions/:id/events': ['customer', ...STAFF],
  'POST /api/v1/chat/sessions/:id/typing': STAFF,
  'POST /api/v1/sav/analyze': [...STAFF, 'key:sav:analyze'],
  'GET /api/v1/tickets': [...STAFF, 'key:tickets:read'],
  'GET /api/v1/tickets/events': STAFF,
  'GET /api/v1/tickets/:reference': [...STAFF, 'key:tickets:read'],
  'GET /api/v1/tickets/:reference/dossier': [...STAFF, 'key:tickets:read'],
  'POST /api/v1/tickets/:reference/messages': STAFF,
  'GET /api/v1/claims/confirm/:token': 'public',
  'POST /api/v1/claims/confirm/:token': 'public',
  'POST /api/v1/tickets': [...STAFF, 'key:tickets:write'],
  'PATCH /api/v1/tickets/:reference': [...STAFF, 'key:tickets:write'],
  'GET /api/v1/products': ['customer', ...STAFF, 'key:products:read'],
  'GET /api/v1/products/:sku': ['customer', ...STAFF, 'key:products:read'],
  'PUT /api/v1/products/:sku': ['admin', 'key:products:write'],
  'POST /api/v1/products/import': ['admin', 'key:products:write'],
  'GET /api/v1/faq': ['customer', ...STAFF, 'key:faq:read'],
  'POST /api/v1/faq/:id/vote': ['customer', ...STAFF],
  'PUT /api/v1/orders/:number': ['admin', 'key:orders:write'],
  'POST /api/v1/uploads': ['customer', ...STAFF],
  'GET /api/v1/uploads': STAFF,
  'GET /api/v1/uploads/:id': ['customer', ...STAFF],
  'GET /api/v1/stats': STAFF,
  'GET /api/v1/privacy/customers/:email/export': ['admin'],
  'DELETE /api/v1/privacy/customers/:email': ['admin'],
};

/** Swagger UI and its document: open outside production (they are not API routes). */
const DOCS = /^\/api\/docs/;

interface Route {
  method: string;
  path: string;
}

/** Every route the running application's router serves. */
function servedRoutes(t: TestApp): Route[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const routes = new Map<string, Route>();
  for (const layer of express.router.stack) {
    const methods = Object.keys(layer.route?.methods ?? {});
    // Module middleware is mounted on every method; endpoints answer one.
    if (!layer.route || methods.length !== 1) continue;
    const route = { method: methods[0].toUpperCase(), path: layer.route.path };
    routes.set(`${route.method} ${route.path}`, route);
  }
  return [...routes.values()];
}

describe('every route is protected as the API contract says', () => {
  let t: TestApp;
  let routes: Route[];
  const credentials = new Map<Caller, Record<string, string>>();
  let ownSessionId: string;
  const http = () => request(t.app.getHttpServer());

  function call(route: Route, headers: Record<string, string>, sessionId = ownSessionId) {
    const path = route.path
      .replace(/^(\/api\/v1\/chat\/sessions\/):id/, `$1${sessionId}`)
      .replace(':id', '3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b')
      .replace(':sku', 'SKU-ABSENT')
      .replace(':reference', 'SAV-2026-999999')
      .replace(':number', 'CMD-2026-999999');
    const verb = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const req = http()[verb](path).set(headers).set('Origin', 'https://shop.example.com').send({});
    // A live event stream never ends: take its status, then hang up (before
    // supertest closes its ephemeral server, which waits for open connections).
    if (route.path.endsWith('/events')) {
      req.buffer(false).on('response', (res: request.Response) => {
        if (String(res.headers['content-type']).startsWith('text/event-stream')) {
          (res as unknown as { res: { destroy(): void } }).res.destroy();
        }
      });
    }
    return req;
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    routes = servedRoutes(t);
    credentials.set('admin', bearer(await staffToken(t, 'admin')));
    credentials.set('agent', bearer(await staffToken(t, 'agent')));
    for (const scope of API_SCOPES)
      credentials.set(`key:${scope}`, { 'X-API-Key': await apiKey(t, [scope]) });
    const site = await http()
      .post('/api/v1/widget-sites')
      .set(credentials.get('admin') ?? {})
      .send({ name: 'Policy test shop', allowedOrigins: ['https://shop.example.com'] })
      .expect(201);
    const session = await http()
      .post('/api/v1/chat/sessions')
      .set('Origin', 'https://shop.example.com')
      .send({ siteKey: site.body.siteKey })
      .expect(201);
    ownSessionId = session.body.sessionId;
    credentials.set('customer', bearer(session.body.token));
  });
  afterAll(() => t.close());

  it('declares a policy for every route the application serves, and nothing stale', () => {
    const served = routes.filter((r) => !DOCS.test(r.path)).map((r) => `${r.method} ${r.path}`);
    expect(served.filter((r) => !(r in POLICY))).toEqual([]);
    expect(Object.keys(POLICY).filter((r) => !served.includes(r))).toEqual([]);
  });

  it('answers 401 problem+json without credentials, except the public allowlist', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const res = await call(route, {});
      const isPublic = POLICY[key] === 'public' || DOCS.test(route.path);
      // A public route may still say 401 about its own input (refresh without a token), never the guard's refusal.
      const refusedByGuard =
        res.status === 401 && /Credentials are required/.test(res.body?.detail);
      if (isPublic ? refusedByGuard || res.status === 403 : !refusedByGuard) {
        wrong.push(`${key} → ${res.status}`);
      } else if (!isPublic && !res.headers['content-type']?.includes('application/problem+json')) {
        wrong.push(`${key} → not problem+json`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to the wrong kind of credential or scope, and lets the right ones through', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const allowed = POLICY[key];
      if (!allowed || allowed === 'public') continue;
      for (const [caller, headers] of credentials) {
        const status = (await call(route, headers)).status;
        const expectedIn = allowed.includes(caller);
        if (expectedIn ? status === 401 || status === 403 : status !== 403) {
          wrong.push(`${caller} ${key} → ${status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("refuses a customer on another session's routes", async () => {
    const route = { method: 'GET', path: '/api/v1/chat/sessions/:id/messages' };
    const other = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
    expect((await call(route, credentials.get('customer') ?? {}, other)).status).toBe(403);
  });

  it('refuses to start when a route declares no policy', async () => {
    @Controller('undeclared')
    class UndeclaredController {
      @Get()
      open(): string {
        return 'anyone?';
      }
    }
    @Module({ controllers: [UndeclaredController] })
    class UndeclaredModule {}
    await expect(startTestApp({ extraModules: [UndeclaredModule] })).rejects.toThrow(
      /Routes without an @Access policy: UndeclaredController\.open/,
    );
  });
});
