import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

describe('operations endpoints in production mode', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp({
      env: { NODE_ENV: 'production', TRUST_PROXY: 'loopback', METRICS_TOKEN },
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
