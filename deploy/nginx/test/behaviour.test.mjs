// Behaviour of the shipped nginx configuration, run by deploy/nginx/check.sh:
// a real nginx (prefix prepared by check.sh) in front of a stub API.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';

const nginxBin = process.env.NGINX_BIN ?? 'nginx';
const prefix = process.env.NGINX_PREFIX;
const nginxPort = Number(process.env.NGINX_TEST_PORT ?? 18080);
const apiPort = Number(process.env.NGINX_TEST_API_PORT ?? 13000);
assert.ok(prefix, 'NGINX_PREFIX must name the prefix prepared by check.sh');

const NGINX_REQUEST_ID = /^[0-9a-f]{32}$/;
const INDEX_HTML = '<!doctype html><html><body><app-root></app-root></body></html>\n';
const HASHED_JS = `console.log(${JSON.stringify('x'.repeat(4096))});\n`;
/** A bound on waits for what should come at once, for a clear failure message. */
const WAIT_MS = 10_000;
const WIDGET_JS = 'customElements.define("mdf-chat", class extends HTMLElement {});\n';

/** Stub API: echoes what it received, plus the few routes the tests need. */
const apiHits = [];
/** Event streams the stub holds open: each sends one event, then waits to be ended. */
const openStreams = new Set();
const api = http.createServer((req, res) => {
  apiHits.push(req.url);
  const reply = (status, body, type = 'application/json') => {
    res.writeHead(status, {
      'content-type': type,
      'x-request-id': req.headers['x-request-id'] ?? '',
    });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  if (req.url === '/health') return reply(200, { status: 'ok' });
  if (req.url === '/ready') return reply(503, { status: 'down' });
  if (req.url === '/api/v1/big') return reply(200, { items: Array(200).fill('fauteuil') });
  if (req.url.endsWith('/events')) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write('data: first\n\n');
    openStreams.add(res);
    res.on('close', () => openStreams.delete(res));
    return;
  }
  let bodyBytes = 0;
  req.on('data', (chunk) => (bodyBytes += chunk.length));
  req.on('end', () =>
    reply(200, { method: req.method, url: req.url, headers: req.headers, bodyBytes }),
  );
});

let nginx;
let nginxLog = '';

before(async () => {
  writeFileSync(`${prefix}/html/index.html`, INDEX_HTML);
  writeFileSync(`${prefix}/html/main-2JZQ6FJD.js`, HASHED_JS);
  writeFileSync(`${prefix}/html/favicon.ico`, 'icon');
  writeFileSync(`${prefix}/widget/mdf-chat.js`, WIDGET_JS);
  await new Promise((resolve) => api.listen(apiPort, '127.0.0.1', resolve));
  nginx = spawn(
    nginxBin,
    ['-p', `${prefix}/`, '-c', `${prefix}/nginx.conf`, '-e', 'stderr', '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  nginx.stderr.on('data', (d) => (nginxLog += d));
  for (let i = 0; ; i++) {
    const up = await request('/nginx-health').then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) break;
    if (i === 50 || nginx.exitCode !== null) throw new Error(`nginx did not start:\n${nginxLog}`);
    await sleep(100);
  }
});

after(async () => {
  for (const res of openStreams) res.end();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (api.listening) {
    api.closeAllConnections();
    api.close();
  }
});

/** One request to nginx, without the defaults a fetch() would add. */
function request(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: nginxPort, path, method, headers, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = (res) => JSON.parse(res.body.toString());

/**
 * The first bytes of a response body, and whether the response had ended by then.
 * The stub keeps its event streams open: a proxy that buffers them delivers nothing,
 * and the wait fails after WAIT_MS.
 */
function firstBytes(path, headers = {}) {
  let timer;
  const bound = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`nothing from ${path} within ${WAIT_MS} ms: nginx holds it back`)),
      WAIT_MS,
    );
  });
  const first = new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port: nginxPort, path, headers, agent: false },
      (res) => {
        res.once('data', (chunk) => {
          resolve({ headers: res.headers, body: chunk.toString(), ended: res.complete });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
  });
  return Promise.race([first, bound]).finally(() => clearTimeout(timer));
}

function assertStaticHeaders(res) {
  assert.match(res.headers['content-security-policy'], /default-src 'self'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
  assert.equal(res.headers['referrer-policy'], 'no-referrer');
  assert.match(res.headers['x-request-id'], NGINX_REQUEST_ID);
}

test('serves index.html at / with no-cache and the security headers', async () => {
  const res = await request('/');
  assert.equal(res.status, 200);
  assert.equal(res.body.toString(), INDEX_HTML);
  assert.match(res.headers['content-type'], /^text\/html/);
  assert.equal(res.headers['cache-control'], 'no-cache');
  assertStaticHeaders(res);
  assert.equal(res.headers.server, 'nginx', 'server_tokens off hides the version');
});

test('answers a client-side route with index.html (SPA fallback)', async () => {
  const res = await request('/tickets/SAV-2024-000123');
  assert.equal(res.status, 200);
  assert.equal(res.body.toString(), INDEX_HTML);
  assert.equal(res.headers['cache-control'], 'no-cache');
});

test('caches hashed build files for a year, immutable', async () => {
  const res = await request('/main-2JZQ6FJD.js');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /javascript/);
  assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
  assertStaticHeaders(res);
});

test('answers 404, not index.html, for a hashed file that does not exist', async () => {
  const res = await request('/chunk-ABCDEFGH.js');
  assert.equal(res.status, 404);
});

test('revalidates files without a hash in their name', async () => {
  const res = await request('/favicon.ico');
  assert.equal(res.status, 200);
  assert.equal(res.headers['cache-control'], 'no-cache');
});

test('compresses static files and API JSON, with Vary', async () => {
  const js = await request('/main-2JZQ6FJD.js', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(js.headers['content-encoding'], 'gzip');
  assert.match(js.headers.vary, /Accept-Encoding/);
  assert.equal(gunzipSync(js.body).toString(), HASHED_JS);
  const apiJson = await request('/api/v1/big', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(apiJson.headers['content-encoding'], 'gzip');
});

test('proxies /api/ with the forwarding headers and a keep-alive upstream connection', async () => {
  const res = await request('/api/v1/tickets?status=open', {
    headers: { 'x-forwarded-proto': 'https' },
  });
  assert.equal(res.status, 200);
  const seen = json(res);
  assert.equal(seen.url, '/api/v1/tickets?status=open');
  assert.equal(seen.headers['x-forwarded-for'], '127.0.0.1');
  assert.equal(seen.headers['x-real-ip'], '127.0.0.1');
  assert.equal(seen.headers['x-forwarded-proto'], 'https');
  assert.equal(seen.headers.connection, undefined);
  const plain = json(await request('/api/v1/tickets'));
  assert.equal(plain.headers['x-forwarded-proto'], 'http');
});

test('proxies API paths that look like hashed build files', async () => {
  const res = await request('/api/v1/uploads/photo-ABCDEFGH.jpg');
  assert.equal(res.status, 200);
  assert.equal(json(res).url, '/api/v1/uploads/photo-ABCDEFGH.jpg');
});

test('adds no header of its own to API responses', async () => {
  const res = await request('/api/v1/tickets', { headers: { 'x-request-id': 'req-1' } });
  assert.equal(res.headers['content-security-policy'], undefined);
  assert.equal(res.headers['x-frame-options'], undefined);
  assert.equal(res.headers['cache-control'], undefined);
  assert.equal(res.headers['x-request-id'], 'req-1', 'the API echoes it, once');
});

test('passes a sane X-Request-Id through and replaces any other with its own', async () => {
  const kept = json(
    await request('/api/v1/tickets', { headers: { 'x-request-id': 'abc.DEF_1-2' } }),
  );
  assert.equal(kept.headers['x-request-id'], 'abc.DEF_1-2');
  const made = json(await request('/api/v1/tickets'));
  assert.match(made.headers['x-request-id'], NGINX_REQUEST_ID);
  for (const bad of ['two words', 'x'.repeat(129), 'quote"d']) {
    const replaced = json(await request('/api/v1/tickets', { headers: { 'x-request-id': bad } }));
    assert.match(replaced.headers['x-request-id'], NGINX_REQUEST_ID, bad);
  }
  const page = await request('/', { headers: { 'x-request-id': 'page-7' } });
  assert.equal(page.headers['x-request-id'], 'page-7');
});

test('proxies /health and /ready, passing the API 503 unchanged', async () => {
  const health = await request('/health');
  assert.equal(health.status, 200);
  assert.deepEqual(json(health), { status: 'ok' });
  const ready = await request('/ready');
  assert.equal(ready.status, 503);
  assert.deepEqual(json(ready), { status: 'down' });
});

test('does not expose /metrics', async () => {
  const hits = apiHits.length;
  const res = await request('/metrics');
  assert.equal(res.status, 404);
  assert.equal(apiHits.length, hits);
});

test('accepts uploads up to 101 MB under /api/ (a 100 MB file and its envelope) and refuses larger ones', async () => {
  const twoMb = Buffer.alloc(2 * 1024 * 1024, 1);
  const res = await request('/api/v1/uploads', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'content-length': twoMb.length },
    body: twoMb,
  });
  assert.equal(res.status, 200);
  assert.equal(json(res).bodyBytes, twoMb.length);

  const tooLarge = await new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: nginxPort,
        path: '/api/v1/uploads',
        method: 'POST',
        agent: false,
        headers: { 'content-length': 101 * 1024 * 1024 + 1 },
      },
      (r) => {
        resolve(r.statusCode);
        req.destroy();
      },
    );
    req.on('error', reject);
    req.flushHeaders();
  });
  assert.equal(tooLarge, 413);
});

test('streams chat session events as they come, uncompressed', async () => {
  const first = await firstBytes('/api/v1/chat/sessions/0b6c1f1e/events', {
    'accept-encoding': 'gzip',
  });
  assert.equal(first.body, 'data: first\n\n');
  assert.equal(first.ended, false, 'the first event came while the stream was open');
  assert.equal(first.headers['content-encoding'], undefined);
});

test("streams the agents' ticket feed as it comes, uncompressed", async () => {
  const first = await firstBytes('/api/v1/tickets/events', { 'accept-encoding': 'gzip' });
  assert.equal(first.body, 'data: first\n\n');
  assert.equal(first.ended, false, 'the first event came while the stream was open');
  assert.equal(first.headers['content-encoding'], undefined);
});

test('serves the widget script to any origin, briefly cached, never the console', async () => {
  const res = await request('/widget/mdf-chat.js');
  assert.equal(res.status, 200);
  assert.equal(res.body.toString(), WIDGET_JS);
  assert.match(res.headers['content-type'], /javascript/);
  assert.equal(res.headers['cross-origin-resource-policy'], 'cross-origin');
  assert.equal(res.headers['access-control-allow-origin'], '*');
  assert.equal(res.headers['cache-control'], 'public, max-age=300');
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  const missing = await request('/widget/nope.js');
  assert.equal(missing.status, 404);
  assert.notEqual(missing.body.toString(), INDEX_HTML);
});

// Last: stops the stub API.
test('answers problem+json 503 with Retry-After when no API instance is reachable', async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  const res = await request('/api/v1/tickets', { headers: { 'x-request-id': 'down-1' } });
  assert.equal(res.status, 503);
  assert.equal(res.headers['content-type'], 'application/problem+json');
  assert.equal(res.headers['retry-after'], '5');
  assert.equal(res.headers['x-request-id'], 'down-1');
  const problem = json(res);
  assert.equal(problem.status, 503);
  assert.equal(problem.requestId, 'down-1');
});
