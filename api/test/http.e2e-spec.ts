import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProbeModule } from './support/probe.module';
import { startTestApp, type TestApp } from './support/test-app';

describe('HTTP baseline (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp({
      extraModules: [ProbeModule],
      env: { CORS_ORIGINS: 'https://shop.meubledefrance.example', BODY_LIMIT: '2kb' },
    });
  });
  afterAll(async () => t.close());

  describe('problem+json', () => {
    it('answers an unknown API route with a 404 problem', async () => {
      const res = await http().get('/api/v1/does-not-exist').expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        type: '/problems/not-found',
        title: 'Not Found',
        status: 404,
        instance: '/api/v1/does-not-exist',
        requestId: res.headers['x-request-id'],
      });
    });

    it('lists every invalid field, nested ones included', async () => {
      const res = await http()
        .post('/api/v1/probe')
        .send({ name: '', quantity: 0, address: { postcode: '7500' } })
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.type).toBe('/problems/validation-error');
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
      expect(fields).toEqual(['address.postcode', 'name', 'quantity']);
    });

    it('rejects unknown fields in a body', async () => {
      const res = await http()
        .post('/api/v1/probe')
        .send({ name: 'Canapé', quantity: 1, isAdmin: true })
        .expect(400);
      expect(res.body.errors).toEqual([
        { field: 'isAdmin', message: 'property isAdmin should not exist' },
      ]);
    });

    it('accepts a valid body and turns it into the DTO', async () => {
      const res = await http()
        .post('/api/v1/probe')
        .send({ name: 'Canapé', quantity: 2 })
        .expect(201);
      expect(res.body).toEqual({ name: 'Canapé', quantity: 2 });
    });

    it('answers malformed JSON with a 400 problem', async () => {
      const res = await http()
        .post('/api/v1/probe')
        .set('Content-Type', 'application/json')
        .send('{"name": "x",')
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: '/problems/malformed-body', status: 400 });
      expect(res.headers['x-request-id']).toBe(res.body.requestId);
    });

    it('refuses a body over the limit with 413', async () => {
      const res = await http()
        .post('/api/v1/probe')
        .send({ name: 'x'.repeat(5_000), quantity: 1 })
        .expect(413);
      expect(res.body).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
    });

    it('maps domain errors to their status with their extensions', async () => {
      const res = await http().get('/api/v1/probe/conflict').expect(409);
      expect(res.body).toMatchObject({
        type: '/problems/conflict',
        status: 409,
        detail: 'Ticket SAV-2026-000001 is already closed.',
        reference: 'SAV-2026-000001',
      });
    });

    it('never lets an internal error message, path or stack reach the client', async () => {
      const res = await http().get('/api/v1/probe/boom').expect(500);
      expect(res.body).toMatchObject({ status: 500, type: '/problems/internal-error' });
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/srv|internal\/db|hunter2|stack|at .*\.ts/);
    });
  });

  describe('request id', () => {
    it('echoes a sane X-Request-Id', async () => {
      const res = await http().get('/health').set('X-Request-Id', 'shop-42.abc_DEF').expect(200);
      expect(res.headers['x-request-id']).toBe('shop-42.abc_DEF');
    });

    it.each([['has spaces in it'], ['a'.repeat(129)], ['<script>'], ['id\u00e9']])(
      'replaces an unsafe id (%s) with a generated one',
      async (bad) => {
        const res = await http().get('/health').set('X-Request-Id', bad).expect(200);
        expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      },
    );

    it('generates one when none is sent, different each time', async () => {
      const a = await http().get('/health');
      const b = await http().get('/health');
      expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    });
  });

  describe('security headers and CORS', () => {
    it('sends a strict CSP and the helmet headers, without X-Powered-By', async () => {
      const res = await http().get('/health').expect(200);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('allows a listed origin and exposes the request id to it', async () => {
      const res = await http()
        .options('/api/v1/probe')
        .set('Origin', 'https://shop.meubledefrance.example')
        .set('Access-Control-Request-Method', 'POST')
        .expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(
        'https://shop.meubledefrance.example',
      );
    });

    it('does not allow an unlisted origin', async () => {
      const res = await http()
        .options('/api/v1/probe')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('logs', () => {
    it('writes one access line per request with method, route, status, duration and id', async () => {
      const res = await http()
        .post('/api/v1/probe')
        .send({ name: 'Table', quantity: 1 })
        .expect(201);
      const id = res.headers['x-request-id'];
      const lines = t.logs
        .records()
        .filter((r) => (r.req as { id?: string } | undefined)?.id === id);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 'info',
        route: '/api/v1/probe',
        req: { method: 'POST', url: '/api/v1/probe' },
        res: { statusCode: 201 },
      });
      expect(typeof lines[0]?.responseTime).toBe('number');
    });

    it('ties what is logged while a request is served to its id', async () => {
      const res = await http().get('/api/v1/probe/boom').expect(500);
      const id = res.headers['x-request-id'];
      const errors = t.logs.records().filter((r) => r.reqId === id && r.err !== undefined);
      expect(errors).toHaveLength(1);
    });

    it('keeps tokens, cookies, API keys and emails out of the logs', async () => {
      const secret = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudCJ9.c2lnbmF0dXJlLXNlY3JldA';
      await http()
        .get(
          `/api/v1/claims/confirm/${'k'.repeat(48)}?email=jeanne.dupont@example.fr&token=${secret}`,
        )
        .set('Authorization', `Bearer ${secret}`)
        .set('Cookie', 'refresh=super-secret-cookie')
        .set('X-API-Key', 'sk_live_abcdef0123456789')
        .expect(404);
      await http().get('/api/v1/probe/boom').expect(500);
      const text = t.logs.text;
      expect(text).toContain('/api/v1/claims/confirm/[redacted]');
      for (const leak of [
        secret,
        'super-secret-cookie',
        'sk_live_abcdef',
        'jeanne.dupont',
        'hunter2',
        'k'.repeat(48),
      ]) {
        expect(text).not.toContain(leak);
      }
    });
  });

  describe('database log lines', () => {
    it('name the failed statement and its error, never the values it was given', async () => {
      const email = 'jeanne.dupont@example.fr';
      await expect(
        t.app
          .get(DataSource)
          .query('SELECT $1::uuid AS id, $2::text AS email', [`${email}-not-a-uuid`, email]),
      ).rejects.toThrow();
      const failed = t.logs.records().filter((r) => r.context === 'Database');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        level: 'error',
        code: '22P02',
        query: 'SELECT $1::uuid AS id, $2::text AS email',
        msg: 'Query failed: invalid input syntax for type uuid: "…"',
      });
      expect(t.logs.text).not.toContain('jeanne.dupont');
    });
  });

  describe('metrics', () => {
    it('exposes process metrics and the HTTP histogram by route template', async () => {
      await http().get('/api/v1/probe/slow?ms=1').expect(200);
      const res = await http().get('/metrics').expect(200);
      expect(res.text).toContain('process_resident_memory_bytes');
      expect(res.text).toMatch(
        /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/probe\/slow",status_code="200"\} \d+/,
      );
      expect(res.text).toMatch(/route="unmatched",status_code="404"/);
    });
  });

  describe('API documentation', () => {
    it('serves the OpenAPI document outside production', async () => {
      const res = await http().get('/api/docs-json').expect(200);
      expect(res.body.info.title).toContain('Meuble de France');
      expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/health', '/ready']));
    });
  });
});
