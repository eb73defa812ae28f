import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, startupBanner } from './boot';
import { loadConfig } from './config';

describe('startServer', () => {
  it('stops with one message naming every bad variable and exit code 1', async () => {
    const stderr: string[] = [];
    const exit = jest.fn();
    const app = await startServer(
      { PORT: 'abc', NODE_ENV: 'prod', DATABASE_URL: 'postgres://u:VerySecret@h:notaport/db' },
      { stdout: () => undefined, stderr: (l) => stderr.push(l), exit },
    );
    expect(app).toBeUndefined();
    expect(exit).toHaveBeenCalledWith(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^Invalid configuration \(3 problems\):/);
    expect(stderr[0]).toContain('NODE_ENV: must be development, test or production');
    expect(stderr[0]).toContain('PORT:');
    expect(stderr[0]).toContain('DATABASE_URL:');
    expect(stderr[0]).not.toContain('VerySecret');
  });
});

describe('startupBanner', () => {
  it('tells where the console, health and docs are, and which backends are used', () => {
    const lines = startupBanner(
      loadConfig({ PORT: '4000', DATA_DIR: '/tmp/mdf' }),
      '127.0.0.1:4000',
    );
    const text = lines.join('\n');
    expect(text).toContain('Agent console   http://localhost:4000/');
    expect(text).toContain('http://localhost:4000/health');
    expect(text).toContain('API docs        http://localhost:4000/api/docs');
    expect(text).toContain('embedded PGlite in /tmp/mdf');
    expect(text).toContain('in-memory');
    expect(text).toContain('Demo admin      admin@meubledefrance.example / Demo-Admin-Canape-2026');
    expect(text).toContain('Demo agent      agent@meubledefrance.example');
  });

  it('prints no demo login when the first administrator is configured', () => {
    const text = startupBanner(
      loadConfig({
        ADMIN_EMAIL: 'root@example.com',
        ADMIN_PASSWORD: 'Un-Long-Mot-De-Passe-Solide',
      }),
      '127.0.0.1:3000',
    ).join('\n');
    expect(text).not.toContain('Demo admin');
    expect(text).not.toContain('Demo agent');
  });

  it('points to the demo shop when its pages are built, unless it is switched off', () => {
    const demo = mkdtempSync(join(tmpdir(), 'mdf-demo-'));
    writeFileSync(join(demo, 'index.html'), '<!doctype html><title>Boutique</title>');
    try {
      const on = startupBanner(loadConfig({ PORT: '4000', DEMO_DIR: demo }), '127.0.0.1:4000');
      expect(on.join('\n')).toContain('Demo shop       http://localhost:4000/demo/');
      const off = startupBanner(
        loadConfig({ PORT: '4000', DEMO_DIR: demo, DEMO_PAGE_ENABLED: 'false' }),
        '127.0.0.1:4000',
      );
      expect(off.join('\n')).not.toContain('Demo shop');
      const missing = startupBanner(
        loadConfig({ PORT: '4000', DEMO_DIR: join(demo, 'nothing-here') }),
        '127.0.0.1:4000',
      );
      expect(missing.join('\n')).not.toContain('Demo shop');
    } finally {
      rmSync(demo, { recursive: true, force: true });
    }
  });

  it('omits the docs when Swagger is off and names external services', () => {
    const text = startupBanner(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(32),
        DATABASE_URL: 'postgres://db/mdf',
        REDIS_URL: 'redis://r',
      }),
      '0.0.0.0:3000',
    ).join('\n');
    expect(text).not.toContain('API docs');
    expect(text).toContain('PostgreSQL (DATABASE_URL)');
    expect(text).toContain('Redis (REDIS_URL)');
  });
});
