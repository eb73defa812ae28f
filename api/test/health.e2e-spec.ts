import { Client } from 'pg';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';
import { TEST_DATABASE_URL } from './support/services';

describe('liveness and readiness', () => {
  describe('with PostgreSQL and Redis up', () => {
    let t: TestApp;
    const http = () => request(t.app.getHttpServer());

    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(async () => t.close());

    it('is live', async () => {
      await http().get('/health').expect(200, { status: 'ok' });
    });

    it('reports the database and Redis up with their latency', async () => {
      const res = await http().get('/ready').expect(200);
      expect(res.body.status).toBe('ok');
      expect(res.body.details.database).toMatchObject({ status: 'up', mode: 'external' });
      expect(res.body.details.redis).toMatchObject({ status: 'up', mode: 'redis' });
      expect(typeof res.body.details.database.latencyMs).toBe('number');
      expect(typeof res.body.details.redis.latencyMs).toBe('number');
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('reports file storage, and warns that uploads go unscanned without ClamAV', async () => {
      const res = await http().get('/ready').expect(200);
      expect(res.body.details.storage).toMatchObject({ status: 'up', mode: 'disk' });
      expect(res.body.details.antivirus).toMatchObject({ status: 'up', mode: 'none' });
      expect(res.body.details.antivirus.message).toContain('unscanned');
    });

    it('reports the language model up without one configured: the built-in engine answers', async () => {
      const res = await http().get('/ready').expect(200);
      expect(res.body.details.llm).toMatchObject({ status: 'up', mode: 'none' });
      expect(res.body.details.llm.message).toContain('built-in engine');
    });

    it('reports an unreachable ClamAV as degraded, still ready', async () => {
      const noClamd = await startTestApp({ env: { CLAMAV_HOST: '127.0.0.1', CLAMAV_PORT: '1' } });
      try {
        const res = await request(noClamd.app.getHttpServer()).get('/ready').expect(200);
        expect(res.body.status).toBe('degraded');
        expect(res.body.details.antivirus).toMatchObject({ status: 'degraded', mode: 'clamav' });
      } finally {
        await noClamd.close();
      }
    });

    it('answers 503 while the database refuses connections, and recovers by itself', async () => {
      const database = new URL(t.config.database.url ?? '').pathname.slice(1);
      const admin = new Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      try {
        await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
        await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [database],
        );
        const down = await http().get('/ready').expect(503);
        expect(down.body.status).toBe('error');
        expect(down.body.details.database.status).toBe('down');
        await http().get('/health').expect(200);
      } finally {
        await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
        await admin.end();
      }
      const up = await http().get('/ready').expect(200);
      expect(up.body.details.database.status).toBe('up');
    });
  });

  describe('with Redis unreachable', () => {
    let t: TestApp;
    const http = () => request(t.app.getHttpServer());

    beforeAll(async () => {
      // Port 1 on loopback: nothing listens, connections are refused at once.
      t = await startTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    });
    afterAll(async () => t.close());

    it('stays ready but degraded, and keeps serving', async () => {
      const res = await http().get('/ready').expect(200);
      expect(res.body.status).toBe('degraded');
      expect(res.body.details.redis).toMatchObject({ status: 'degraded', mode: 'redis' });
      expect(res.body.details.database.status).toBe('up');
      await http().get('/health').expect(200);
      await http().get('/api/v1/nothing-here').expect(404);
    });
  });
});
