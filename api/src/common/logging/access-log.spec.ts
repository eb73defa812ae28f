import { request as httpRequest, type Server } from 'node:http';
import { Writable } from 'node:stream';
import express, { type Request } from 'express';
import pino from 'pino';
import request from 'supertest';
import { accessLevel, accessLog } from './access-log';

function setup(level: pino.Level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  const childSpy = jest.spyOn(logger, 'child');
  const app = express();
  let n = 0;
  app.use((req: Request, _res, next) => {
    req.id = `req-${++n}`;
    next();
  });
  app.use(accessLog(logger));
  app.get('/api/v1/products/:sku', (req, res) => {
    req.log.info({ sku: req.params.sku }, 'looking up');
    res.json({ ok: true });
  });
  app.get('/api/v1/quiet', (_req, res) => res.json({ ok: true }));
  app.get('/health', (_req, res) => res.json({ status: 'ok' }));
  app.get('/api/v1/boom', (_req, res) => res.status(500).json({ status: 500 }));
  app.get('/api/v1/stream', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(': open\n\n');
  });
  return { app, lines, childSpy };
}

describe('accessLevel', () => {
  it.each([
    [200, 'info'],
    [304, 'info'],
    [404, 'warn'],
    [499, 'warn'],
    [500, 'error'],
    [503, 'error'],
  ])('%i → %s', (status, level) => expect(accessLevel(status)).toBe(level));
});

describe('accessLog', () => {
  it('writes one line per request with method, route, status, duration and request id', async () => {
    const { app, lines } = setup();
    await request(app).get('/api/v1/products/CAN-001?q=jeanne@example.fr').expect(200);
    const access = lines.filter((l) => l.route);
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      level: 30,
      reqId: 'req-1',
      route: '/api/v1/products/:sku',
      req: { id: 'req-1', method: 'GET', url: '/api/v1/products/CAN-001?q=…' },
      res: { statusCode: 200 },
      msg: 'GET /api/v1/products/:sku 200',
    });
    expect(typeof access[0]?.responseTime).toBe('number');
    // What the handler logged carries the request id too.
    expect(lines.find((l) => l.msg === 'looking up')).toMatchObject({ reqId: 'req-1' });
  });

  it('gives each request its own logger through one accessor shared by all requests', async () => {
    const { app, lines } = setup();
    const seen: { own: boolean; same: boolean; replaced: boolean }[] = [];
    const replacement = pino({ level: 'silent' });
    app.get('/api/v1/loggers', (req, res) => {
      const own = Object.prototype.hasOwnProperty.call(req, 'log');
      const first = req.log;
      const same = req.log === first;
      first.info('first');
      req.log = replacement;
      seen.push({ own, same, replaced: req.log === replacement });
      res.json({ ok: true });
    });
    await request(app).get('/api/v1/loggers').expect(200);
    await request(app).get('/api/v1/loggers').expect(200);
    expect(seen).toEqual([
      { own: false, same: true, replaced: true },
      { own: false, same: true, replaced: true },
    ]);
    expect(lines.filter((l) => l.msg === 'first').map((l) => l.reqId)).toEqual(['req-1', 'req-2']);
  });

  it('logs 4xx as warnings and 5xx as errors, unmatched routes as such', async () => {
    const { app, lines } = setup();
    await request(app).get('/api/v1/nowhere').expect(404);
    await request(app).get('/api/v1/boom').expect(500);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [40, 'GET unmatched 404'],
      [50, 'GET /api/v1/boom 500'],
    ]);
  });

  it('keeps probes out of the log', async () => {
    const { app, lines } = setup();
    await request(app).get('/health').expect(200);
    expect(lines).toEqual([]);
  });

  it("does no logging work for a line the level drops, nor makes the request's logger unasked", async () => {
    const { app, lines, childSpy } = setup('warn');
    await request(app).get('/api/v1/quiet').expect(200);
    expect(lines).toEqual([]);
    expect(childSpy).not.toHaveBeenCalled();
    await request(app).get('/api/v1/boom').expect(500);
    expect(lines).toHaveLength(1);
  });

  it('writes the line of a stream the client closed, once', async () => {
    const { app, lines } = setup();
    const server: Server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    await new Promise<void>((done) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/v1/stream' }, (res) => {
        res.once('data', () => req.destroy());
        res.once('close', () => done());
      });
      req.on('error', () => undefined);
      req.end();
    });
    const deadline = Date.now() + 5_000;
    while (lines.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    server.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      route: '/api/v1/stream',
      aborted: true,
      msg: 'GET /api/v1/stream 200 (closed before the end)',
    });
  });
});
