// The HTTPS configuration (tls/default.conf) end to end, run by deploy/nginx/e2e.sh:
// a real nginx with a self-signed certificate in front of two real API processes
// (production mode, one PostgreSQL database, one Redis prefix), all on loopback.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import tls from 'node:tls';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const env = (name) => {
  const value = process.env[name];
  assert.ok(value, `${name} must be set: run this file through deploy/nginx/e2e.sh`);
  return value;
};
const HTTP_PORT = Number(env('E2E_HTTP_PORT'));
const HTTPS_PORT = Number(env('E2E_HTTPS_PORT'));
const [API1_PORT, API2_PORT] = env('E2E_API_PORTS').split(' ').map(Number);
const API1_PID = Number(env('E2E_API1_PID'));
const CA = readFileSync(env('E2E_CA'));
const ACCESS_LOG = env('E2E_ACCESS_LOG');
const ADMIN = {
  email: env('E2E_ADMIN_EMAIL'),
  password: readFileSync(env('E2E_ADMIN_PASSWORD_FILE'), 'utf8'),
};

const HOST = 'localhost';
const NGINX_REQUEST_ID = /^[0-9a-f]{32}$/;
const MB = 1024 * 1024;
/** The API's largest file (VIDEO_MAX_BYTES) and nginx's client_max_body_size (101m). */
const API_FILE_LIMIT = 100 * MB;
const NGINX_BODY_LIMIT = 101 * MB;
/** A bound on waits for something that should come at once, for a clear failure message. */
const WAIT_MS = 20_000;
const SECURITY_HEADERS = [
  'strict-transport-security',
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'x-request-id',
];

let token;
const h2Sessions = [];

/** One HTTPS (HTTP/1.1) request through nginx, with the test certificate as the only CA. */
function request(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: HTTPS_PORT,
        servername: HOST,
        ca: CA,
        path,
        method,
        headers: { host: HOST, ...headers },
        agent: false,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const authorized = (headers = {}) => ({ authorization: `Bearer ${token}`, ...headers });
const json = (res) => JSON.parse(res.body.toString());

/** How many times a header came in the response (node joins repeated ones). */
function occurrences(rawHeaders, name) {
  let n = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i].toLowerCase() === name) n++;
  return n;
}

/** Entries of nginx's JSON access log, newest last. */
function accessLog() {
  return readFileSync(ACCESS_LOG, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** The access log line of a request; nginx writes it just after the response, so wait for it. */
async function logEntry(requestId) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const entry = accessLog().find((e) => e.request_id === requestId);
    if (entry) return entry;
    assert.ok(Date.now() < deadline, `no access log line for request id ${requestId}`);
    await sleep(50);
  }
}

/** Rejects after WAIT_MS with `message`, unless `promise` settles first. */
async function within(promise, message) {
  let timer;
  const bound = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), WAIT_MS);
  });
  try {
    return await Promise.race([promise, bound]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens the staff ticket feed and resolves with the first bytes of its body,
 * noting whether the response had ended by then (it must not: the stream stays open).
 */
function firstEventOverHttp1(headers = {}) {
  return new Promise((resolve, reject) => {
    const req = https.get(
      {
        host: '127.0.0.1',
        port: HTTPS_PORT,
        servername: HOST,
        ca: CA,
        path: '/api/v1/tickets/events',
        headers: authorized({ host: HOST, accept: 'text/event-stream', ...headers }),
        agent: false,
      },
      (res) => {
        res.once('data', (chunk) => {
          resolve({
            status: res.statusCode,
            headers: res.headers,
            first: chunk.toString(),
            ended: res.complete,
          });
          req.destroy();
        });
        res.once('end', () => reject(new Error('the event stream ended before any event')));
      },
    );
    req.on('error', reject);
  });
}

function h2Connect() {
  const session = http2.connect(`https://${HOST}:${HTTPS_PORT}`, {
    ca: CA,
    lookup: (_host, options, callback) =>
      options?.all
        ? callback(null, [{ address: '127.0.0.1', family: 4 }])
        : callback(null, '127.0.0.1', 4),
  });
  h2Sessions.push(session);
  return session;
}

before(async () => {
  const res = await request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  assert.equal(res.status, 200, `sign-in through nginx failed: ${res.status} ${res.body}`);
  token = json(res).accessToken;
  assert.ok(token, 'the sign-in answer has an access token');
});

after(() => {
  for (const session of h2Sessions) session.destroy();
});

test('redirects plain HTTP to HTTPS, path and query kept, and answers its own health there', async () => {
  const get = (path) =>
    new Promise((resolve, reject) => {
      http
        .get(
          {
            host: '127.0.0.1',
            port: HTTP_PORT,
            path,
            headers: { host: 'sav.example.test' },
            agent: false,
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res));
          },
        )
        .on('error', reject);
    });
  const page = await get('/tickets/SAV-2026-000042?tab=notes');
  assert.equal(page.statusCode, 301);
  assert.equal(page.headers.location, 'https://sav.example.test/tickets/SAV-2026-000042?tab=notes');
  const api = await get('/api/v1/auth/me');
  assert.equal(api.statusCode, 301, 'the API is never served over plain HTTP');
  assert.equal(api.headers.location, 'https://sav.example.test/api/v1/auth/me');
  assert.equal(api.headers['strict-transport-security'], undefined, 'HSTS means nothing over HTTP');
  const health = await get('/nginx-health');
  assert.equal(health.statusCode, 200, 'the container healthcheck calls port 8080');
});

/** The outcome of a TLS handshake limited to one protocol version. */
function handshake(version, extra = {}) {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port: HTTPS_PORT,
      servername: HOST,
      ca: CA,
      minVersion: version,
      maxVersion: version,
      ...extra,
    });
    socket.once('secureConnect', () => {
      resolve({
        protocol: socket.getProtocol(),
        alpn: socket.alpnProtocol,
        authorized: socket.authorized,
      });
      socket.destroy();
    });
    socket.once('error', (error) => resolve({ error }));
  });
}

test('accepts TLS 1.3 and 1.2 with the served certificate, and refuses TLS 1.1 and 1.0', async () => {
  for (const version of ['TLSv1.3', 'TLSv1.2']) {
    const result = await handshake(version);
    assert.equal(result.error, undefined, `${version}: ${result.error?.message}`);
    assert.equal(result.protocol, version);
    assert.equal(result.authorized, true, 'the certificate verifies against the test CA');
  }
  for (const version of ['TLSv1.1', 'TLSv1']) {
    // SECLEVEL=0 lets this client offer the old protocol: the refusal must come from nginx.
    const result = await handshake(version, { ciphers: 'DEFAULT:@SECLEVEL=0' });
    assert.ok(result.error, `${version} was accepted`);
    assert.equal(
      result.error.code,
      'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
      `${version}: expected nginx's protocol_version alert, got ${result.error.code} ${result.error.message}`,
    );
  }
});

test('negotiates HTTP/2 through ALPN and serves the console and the API over it', async () => {
  const offered = await handshake('TLSv1.3', { ALPNProtocols: ['h2', 'http/1.1'] });
  assert.equal(offered.alpn, 'h2');
  const http1Only = await handshake('TLSv1.3', { ALPNProtocols: ['http/1.1'] });
  assert.equal(http1Only.alpn, 'http/1.1', 'HTTP/1.1 clients are still served');

  const session = h2Connect();
  const get = (path, headers = {}) =>
    new Promise((resolve, reject) => {
      const stream = session.request({ ':path': path, ...headers });
      const chunks = [];
      let responseHeaders;
      stream.on('response', (h) => (responseHeaders = h));
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => resolve({ headers: responseHeaders, body: Buffer.concat(chunks) }));
      stream.on('error', reject);
      stream.end();
    });
  const page = await get('/');
  assert.equal(page.headers[':status'], 200);
  assert.match(page.body.toString(), /<app-root>/);
  const me = await get('/api/v1/auth/me', authorized());
  assert.equal(me.headers[':status'], 200);
  assert.equal(JSON.parse(me.body.toString()).email, ADMIN.email);
});

test('sends HSTS and each security header once, on the files of nginx and on API answers', async () => {
  const responses = {
    'the console (nginx)': await request('/'),
    'a hashed build file (nginx)': await request('/main-2JZQ6FJD.js'),
    'an API answer (helmet)': await request('/api/v1/auth/me', { headers: authorized() }),
    'an API error (helmet)': await request('/api/v1/no-such-route'),
  };
  for (const [what, res] of Object.entries(responses)) {
    for (const name of SECURITY_HEADERS) {
      assert.equal(
        occurrences(res.rawHeaders, name),
        1,
        `${what}: ${name} ×${occurrences(res.rawHeaders, name)}`,
      );
    }
    assert.equal(
      res.headers['strict-transport-security'],
      'max-age=31536000; includeSubDomains',
      what,
    );
    assert.equal(res.headers.server, 'nginx', `${what}: no version in Server`);
  }
});

test('compresses static files and API JSON with gzip, and with brotli when asked', async () => {
  for (const path of ['/main-2JZQ6FJD.js', '/api/v1/products']) {
    const plain = await request(path, { headers: authorized() });
    assert.equal(plain.status, 200, path);
    assert.equal(plain.headers['content-encoding'], undefined, `${path}: not compressed unasked`);
    assert.ok(
      plain.body.length >= 1024,
      `${path}: ${plain.body.length} bytes, below gzip_min_length`,
    );

    const gz = await request(path, { headers: authorized({ 'accept-encoding': 'gzip' }) });
    assert.equal(gz.headers['content-encoding'], 'gzip', path);
    assert.match(gz.headers.vary, /Accept-Encoding/, path);
    assert.ok(gz.body.length < plain.body.length, `${path}: gzip made it no smaller`);
    assert.deepEqual(gunzipSync(gz.body), plain.body, path);

    const br = await request(path, { headers: authorized({ 'accept-encoding': 'br, gzip' }) });
    assert.equal(br.headers['content-encoding'], 'br', path);
    assert.deepEqual(brotliDecompressSync(br.body), plain.body, path);
  }
});

test("passes the caller's request id to the API and back, and makes one when there is none", async () => {
  const kept = await request('/api/v1/no-such-route', {
    headers: { 'x-request-id': 'e2e-kept.1' },
  });
  assert.equal(kept.status, 404);
  assert.equal(kept.headers['x-request-id'], 'e2e-kept.1');
  assert.equal(
    json(kept).requestId,
    'e2e-kept.1',
    'the API wrote the id it received in its answer',
  );
  assert.equal((await logEntry('e2e-kept.1')).status, 404, "nginx's access log has the same id");

  const made = await request('/api/v1/no-such-route');
  const id = made.headers['x-request-id'];
  assert.match(id, NGINX_REQUEST_ID, 'nginx made the id (the API alone would make a UUID)');
  assert.equal(json(made).requestId, id, 'and the API received it');
  assert.equal((await logEntry(id)).path, '/api/v1/no-such-route');

  const replaced = await request('/api/v1/no-such-route', {
    headers: { 'x-request-id': 'not safe "to log"' },
  });
  assert.match(replaced.headers['x-request-id'], NGINX_REQUEST_ID);
  assert.equal(json(replaced).requestId, replaced.headers['x-request-id']);
});

test('streams the staff ticket feed as the API writes it, over HTTP/1.1 and HTTP/2, uncompressed', async () => {
  const feed = await within(
    firstEventOverHttp1({ 'accept-encoding': 'gzip, br' }),
    `no event from /api/v1/tickets/events within ${WAIT_MS} ms: nginx holds the stream back`,
  );
  assert.equal(feed.status, 200);
  assert.match(feed.headers['content-type'], /^text\/event-stream/);
  assert.equal(feed.headers['content-encoding'], undefined);
  assert.match(feed.first, /^retry: 3000\n/);
  assert.equal(feed.ended, false, 'the first event came while the stream was open');

  const session = h2Connect();
  const overH2 = new Promise((resolve, reject) => {
    const stream = session.request(
      authorized({ ':path': '/api/v1/tickets/events', accept: 'text/event-stream' }),
    );
    let headers;
    stream.on('response', (h) => (headers = h));
    stream.once('data', (chunk) => {
      resolve({ headers, first: chunk.toString(), ended: stream.readableEnded });
      stream.close();
    });
    stream.on('end', () => reject(new Error('the HTTP/2 event stream ended before any event')));
    stream.on('error', reject);
  });
  const viaH2 = await within(overH2, `no event over HTTP/2 within ${WAIT_MS} ms`);
  assert.equal(viaH2.headers[':status'], 200);
  assert.match(viaH2.first, /^retry: 3000\n/);
  assert.equal(viaH2.ended, false);
});

test('passes each ticket change on to an open feed as it happens, whichever instance made it', async () => {
  const received = [];
  let notify = () => {};
  let feedRequest;
  const opened = new Promise((resolve, reject) => {
    feedRequest = https.get(
      {
        host: '127.0.0.1',
        port: HTTPS_PORT,
        servername: HOST,
        ca: CA,
        path: '/api/v1/tickets/events',
        headers: authorized({ host: HOST, accept: 'text/event-stream' }),
        agent: false,
      },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (text) => {
          received.push(text);
          notify();
        });
        resolve(res);
      },
    );
    feedRequest.on('error', reject);
  });
  try {
    const feed = await within(opened, `the ticket feed did not open within ${WAIT_MS} ms`);
    assert.equal(feed.statusCode, 200);

    // Several tickets, so that both instances make some (nginx alternates between them).
    const order = 'CMD-2026-E2E001';
    const put = await request(`/api/v1/orders/${order}`, {
      method: 'PUT',
      headers: authorized({ 'content-type': 'application/json' }),
      body: JSON.stringify({
        customer: {
          email: 'e2e.client@example.fr',
          firstName: 'Claire',
          lastName: 'Martin',
          tier: 'standard',
        },
        postcode: '69003',
        purchaseDate: '2026-01-10',
        deliveryDate: '2026-01-20',
        lines: [{ sku: 'SOFA-E2E-01', productName: 'Canapé', quantity: 1, unitPrice: 1500 }],
      }),
    });
    assert.ok([200, 201].includes(put.status), `order: ${put.status} ${put.body}`);
    const references = [];
    for (let i = 0; i < 3; i++) {
      const created = await request('/api/v1/tickets', {
        method: 'POST',
        headers: authorized({ 'content-type': 'application/json' }),
        body: JSON.stringify({
          description: "Le pied avant gauche du canapé s'est cassé net.",
          orderNumber: order,
          customer: { email: 'e2e.client@example.fr' },
        }),
      });
      assert.equal(created.status, 201, `ticket: ${created.status} ${created.body}`);
      references.push(json(created).reference);
    }
    const allSeen = () => references.every((reference) => received.join('').includes(reference));
    await within(
      new Promise((resolve) => {
        notify = () => allSeen() && resolve();
        notify();
      }),
      `the feed did not carry ${references.join(', ')} within ${WAIT_MS} ms; it had: ${received.join('')}`,
    );
    assert.match(received.join(''), /event: ticket\ndata: \{/);
    assert.equal(feed.complete, false, 'the stream is still open');
  } finally {
    feedRequest.destroy();
  }
});

test('refuses an upload above 101 MB at nginx, and passes a 100 MB file and more to the API to judge', async () => {
  // Above nginx's limit: refused from the headers alone, without reaching the API.
  const refused = await new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: HTTPS_PORT,
        servername: HOST,
        ca: CA,
        path: '/api/v1/uploads',
        method: 'POST',
        agent: false,
        headers: authorized({
          host: HOST,
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': NGINX_BODY_LIMIT + 1,
          'x-request-id': 'e2e-upload-over-limit',
        }),
      },
      (res) => {
        resolve({ status: res.statusCode, type: res.headers['content-type'] });
        req.destroy();
      },
    );
    req.on('error', reject);
    req.flushHeaders();
  });
  assert.equal(refused.status, 413);
  assert.match(refused.type, /^text\/html/, "nginx's own page, not the API's problem+json");
  assert.equal((await logEntry('e2e-upload-over-limit')).upstream_addr, '', 'the API never saw it');

  // One byte over the API's file limit, well within nginx's: the API answers for itself.
  const boundary = 'mdf-e2e-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="video.mp4"\r\n` +
      'Content-Type: video/mp4\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const fileBytes = API_FILE_LIMIT + 1;
  const length = head.length + fileBytes + tail.length;
  assert.ok(length <= NGINX_BODY_LIMIT, 'the largest request the API may take passes nginx');
  const judged = await new Promise((resolve, reject) => {
    let answered = false;
    const req = https.request(
      {
        host: '127.0.0.1',
        port: HTTPS_PORT,
        servername: HOST,
        ca: CA,
        path: '/api/v1/uploads',
        method: 'POST',
        agent: false,
        headers: authorized({
          host: HOST,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': length,
        }),
      },
      (res) => {
        answered = true;
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    // The API may answer before the whole body is sent, and close: only an error before an answer counts.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(MB);
    let left = fileBytes;
    req.write(head);
    const pump = () => {
      while (left > 0 && !answered) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!req.write(piece)) return req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
  assert.equal(judged.status, 413);
  assert.match(judged.headers['content-type'], /^application\/problem\+json/, "the API's answer");
  assert.equal(JSON.parse(judged.body.toString()).type, '/problems/payload-too-large');
});

test('spreads requests over both API instances', async () => {
  const ids = Array.from({ length: 6 }, (_, i) => `e2e-spread-${i}`);
  for (const id of ids) {
    const res = await request('/api/v1/auth/me', { headers: authorized({ 'x-request-id': id }) });
    assert.equal(res.status, 200, id);
  }
  const entries = await Promise.all(ids.map((id) => logEntry(id)));
  const upstreams = new Set(entries.map((e) => e.upstream_addr));
  assert.deepEqual(
    [...upstreams].sort(),
    [`127.0.0.1:${API1_PORT}`, `127.0.0.1:${API2_PORT}`].sort(),
    'nginx sent requests to both instances',
  );
});

/** Resolves once nothing listens on `port` any more. */
async function closed(port) {
  for (;;) {
    const refused = await new Promise((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await sleep(100);
  }
}

// Last: kills the first API process.
test('keeps serving, reads and writes, when one API process is killed', async () => {
  process.kill(API1_PID, 'SIGKILL');
  await within(closed(API1_PORT), `API process 1 still listens ${WAIT_MS} ms after SIGKILL`);

  const ids = Array.from({ length: 8 }, (_, i) => `e2e-failover-${i}`);
  for (const id of ids) {
    const res = await request('/api/v1/auth/me', { headers: authorized({ 'x-request-id': id }) });
    assert.equal(res.status, 200, `${id}: ${res.status} ${res.body}`);
  }
  const retried = (await Promise.all(ids.map((id) => logEntry(id)))).filter(
    (e) => e.upstream_addr === `127.0.0.1:${API1_PORT}, 127.0.0.1:${API2_PORT}`,
  );
  assert.ok(
    retried.length > 0,
    'some request met the dead instance and was passed to the live one',
  );
  for (const entry of retried) assert.match(entry.upstream_status, /^502, 200$/);

  const ready = await request('/ready');
  assert.equal(ready.status, 200);
  const signIn = await request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  assert.equal(signIn.status, 200, 'a write (sign-in) succeeds on the live instance');
  const feed = await within(
    firstEventOverHttp1(),
    `no event from the ticket feed within ${WAIT_MS} ms`,
  );
  assert.equal(feed.status, 200);
  assert.match(feed.first, /^retry: 3000\n/);
});
