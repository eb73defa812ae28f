import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

describe('serving the built console', () => {
  const dist = mkdtempSync(join(tmpdir(), 'mdf-console-'));
  const widget = mkdtempSync(join(tmpdir(), 'mdf-widget-'));
  const demo = mkdtempSync(join(tmpdir(), 'mdf-demo-'));
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>Console SAV</title><mdf-root></mdf-root>',
    );
    mkdirSync(join(dist, 'media'));
    writeFileSync(join(dist, 'main-ABC123.js'), 'console.log("console");');
    writeFileSync(join(widget, 'mdf-chat.js'), 'customElements.define("mdf-chat", class {});');
    writeFileSync(join(demo, 'index.html'), '<!doctype html><title>Boutique</title><mdf-chat>');
    t = await startTestApp({
      env: { WEB_DIST_DIR: dist, WIDGET_DIST_DIR: widget, DEMO_DIR: demo },
    });
  });
  afterAll(async () => {
    await t.close();
    for (const dir of [dist, widget, demo]) rmSync(dir, { recursive: true, force: true });
  });

  it("serves the widget's script so that other sites' pages can load it", async () => {
    const res = await http().get('/widget/mdf-chat.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toContain('max-age=300');
    expect(res.text).toContain('mdf-chat');
  });

  it('answers an unknown widget file with a problem, not the console', async () => {
    const res = await http().get('/widget/nope.js').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('serves the demo shop page at /demo/', async () => {
    const res = await http().get('/demo/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<mdf-chat>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('serves index.html at / with the security headers', async () => {
    const res = await http().get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<mdf-root>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-request-id']).toBeDefined();
  });

  it('serves the bundles', async () => {
    const res = await http().get('/main-ABC123.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('answers client-side routes with the application shell', async () => {
    const res = await http().get('/tickets/SAV-2026-000001').expect(200);
    expect(res.text).toContain('<mdf-root>');
  });

  it('keeps API and operations routes out of the fallback', async () => {
    const api = await http().get('/api/v1/unknown').expect(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    const ready = await http().get('/ready').expect(200);
    expect(ready.body.status).toBe('ok');
    await http().get('/health').expect(200, { status: 'ok' });
  });
});
