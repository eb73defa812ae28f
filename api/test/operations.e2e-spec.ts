import request from 'supertest';
import { bearer, staffToken } from './support/auth';
import { startTestApp, type TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

describe('operations endpoints in production mode', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        NODE_ENV: 'production',
        TRUST_PROXY: 'loopback',
        METRICS_TOKEN,
        JWT_SECRET: 'operations-test-signing-secret-0123456789',
      },
    });
  });
  afterAll(async () => t.close());

  it('turns Swagger off in production', async () => {
    await http().get('/api/docs-json').expect(404);
    await http().get('/api/docs').expect(404);
  });

  it('adds HSTS in production', async () => {
    const res = await http().get('/health').expect(200);
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
  });

  it('refuses /metrics to a public address without the token', async () => {
    const res = await http().get('/metrics').set('X-Forwarded-For', '203.0.113.9').expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.text).not.toContain('process_cpu');
  });

  it('refuses a wrong metrics token', async () => {
    await http()
      .get('/metrics')
      .set('X-Forwarded-For', '203.0.113.9')
      .set('Authorization', `Bearer ${METRICS_TOKEN.replace('0', '1')}`)
      .expect(403);
  });

  it('serves /metrics with the token, or to the internal network', async () => {
    await http()
      .get('/metrics')
      .set('X-Forwarded-For', '203.0.113.9')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`)
      .expect(200);
    const internal = await http().get('/metrics').set('X-Forwarded-For', '10.1.2.3').expect(200);
    expect(internal.headers['content-type']).toMatch(/^text\/plain/);
  });
});

describe('API documentation enabled in production', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        NODE_ENV: 'production',
        SWAGGER_ENABLED: 'true',
        JWT_SECRET: 'operations-test-signing-secret-0123456789',
      },
    });
  });
  afterAll(async () => t.close());

  it('opens it to administrators only', async () => {
    const anonymous = await http().get('/api/docs-json').expect(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    await http().get('/api/docs').expect(401);
    await http()
      .get('/api/docs-json')
      .set(bearer(await staffToken(t, 'agent')))
      .expect(403);
    const doc = await http()
      .get('/api/docs-json')
      .set(bearer(await staffToken(t, 'admin')))
      .expect(200);
    expect(doc.body.paths['/api/v1/auth/login']).toBeDefined();
  });
});
