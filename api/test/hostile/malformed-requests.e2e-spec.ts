import { DataSource } from 'typeorm';
import { ApiKeysService } from '../../src/auth';
import { apiKey, bearer, staffToken } from '../support/auth';
import { openChat } from '../support/chat';
import { putOrder } from '../support/orders';
import { appUrl } from '../support/sse';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  type Exchange,
  explain,
  send,
  sendRaw,
  type SendOptions,
  Tally,
  violations,
} from './hostile-client';
import { serverError, tableCounts } from './hostile-support';

/**
 * Requests no schema describes: bodies over the limit, JSON nested 10,000
 * deep, wrong or broken content types, malformed JSON, duplicate keys,
 * prototype pollution, URLs and headers over the limits, broken
 * percent-encoding, method overrides, unknown methods and CR/LF injection on
 * a raw socket. Each is sent without credentials, then as staff and customer.
 */
const JSON_ROUTES = [
  'POST /api/v1/auth/login',
  'POST /api/v1/users',
  'POST /api/v1/tickets',
  'PATCH /api/v1/tickets/SAV-2026-000001',
  'PUT /api/v1/products/SOFA-HOSTILE-01',
  'PUT /api/v1/orders/CMD-2026-900001',
  'POST /api/v1/sav/analyze',
  'POST /api/v1/chat/sessions',
  'POST /api/v1/claims/confirm/abc',
  'POST /api/v1/widget-sites',
  'POST /api/v1/api-keys',
];

const DEPTH = 10_000;
const BODY_OVER_LIMIT = 'x'.repeat(1_100_000);

/** Bodies that are not what a JSON route expects, by what is wrong with them. */
const BODIES: [what: string, contentType: string | undefined, body: string][] = [
  ['a body over the limit', 'application/json', JSON.stringify({ description: BODY_OVER_LIMIT })],
  ['a form over the limit', 'application/x-www-form-urlencoded', `a=${BODY_OVER_LIMIT}`],
  [
    'objects nested 10,000 deep',
    'application/json',
    `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`,
  ],
  ['arrays nested 10,000 deep', 'application/json', `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`],
  [
    'arrays nested 100,000 deep',
    'application/json',
    `${'['.repeat(10 * DEPTH)}${']'.repeat(10 * DEPTH)}`,
  ],
  [
    'a field nested 10,000 deep',
    'application/json',
    `{"customer":${'{"email":'.repeat(DEPTH)}"a"${'}'.repeat(DEPTH)}}`,
  ],
  ['text/plain', 'text/plain', '{"email":"a@example.fr","password":"x"}'],
  ['multipart without a boundary', 'multipart/form-data', '--x\r\n\r\nvalue\r\n--x--'],
  [
    'application/xml',
    'application/xml',
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
  ],
  ['JSON in UTF-16', 'application/json; charset=utf-16', '{"a":1}'],
  ['JSON in an unknown charset', 'application/json; charset=klingon', '{"a":1}'],
  ['no content type', undefined, '{"a":1}'],
  ['a content type with bad parameters', 'application/json; ;;charset="', '{"a":1}'],
  ['a truncated object', 'application/json', '{"email": "a@example.fr",'],
  ['a trailing comma', 'application/json', '[1,]'],
  ['single quotes', 'application/json', "{'email':'a'}"],
  ['NaN', 'application/json', '{"productValue": NaN}'],
  ['a top-level string', 'application/json', '"just a string"'],
  ['a top-level number', 'application/json', '-0'],
  ['null', 'application/json', 'null'],
  ['an empty body', 'application/json', ''],
  ['trailing garbage', 'application/json', '{"a":1} {"b":2}'],
  ['a byte order mark', 'application/json', '\uFEFF{"a":1}'],
  ['a NUL byte', 'application/json', '{"description":"pied\\u0000cassé"}'],
  ['an overlong number', 'application/json', `{"productValue": 1${'0'.repeat(400)}}`],
  ['a negative zero and huge exponent', 'application/json', '{"price": -0, "widthCm": 1e999}'],
  [
    'duplicate keys',
    'application/json',
    '{"email":"a@example.fr","email":{"$gt":""},"password":"x","password":["' +
      "' OR 1=1 --" +
      '"]}',
  ],
  ['__proto__', 'application/json', '{"__proto__":{"isAdmin":true,"role":"admin"}}'],
  [
    'constructor.prototype',
    'application/json',
    '{"constructor":{"prototype":{"isAdmin":true}},"customer":{"__proto__":{"isAdmin":true}}}',
  ],
  [
    '__proto__ in a form',
    'application/x-www-form-urlencoded',
    '__proto__[isAdmin]=true&constructor[prototype][isAdmin]=true',
  ],
  ['NoSQL operators', 'application/json', '{"email":{"$gt":""},"password":{"$ne":null}}'],
];

/** Requests on a raw socket, for what fetch will not send. */
const RAW: [what: string, request: string][] = [
  [
    'CRLF injected in X-Request-Id',
    'GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: a\r\nSet-Cookie: pwned=1\r\n\r\n',
  ],
  [
    'a bare CR in a header value',
    'GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: a\rSet-Cookie: pwned=1\r\n\r\n',
  ],
  [
    'a bare LF in a header value',
    'GET /api/v1/products HTTP/1.1\r\nHost: x\r\nOrigin: https://a\nX-Evil: 1\r\n\r\n',
  ],
  [
    'a folded header',
    'GET /api/v1/products HTTP/1.1\r\nHost: x\r\nX-Api-Key: sk_live_x\r\n Set-Cookie: pwned=1\r\n\r\n',
  ],
  [
    'a NUL in a header',
    'GET /api/v1/auth/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\u0000b\r\n\r\n',
  ],
  ['CRLF in the path', 'GET /api/v1/tickets/a\r\nSet-Cookie: pwned=1 HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['an unknown method', 'BREW /api/v1/products HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['TRACE', 'TRACE /api/v1/auth/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer x\r\n\r\n'],
  ['PROPFIND', 'PROPFIND /api/v1/tickets HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['a lower-case method', 'get /health HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['HTTP/0.9', 'GET /health\r\n\r\n'],
  ['HTTP/9.9', 'GET /health HTTP/9.9\r\nHost: x\r\n\r\n'],
  ['a broken percent-encoding', 'GET /api/v1/tickets/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['a percent sign alone', 'GET /api/v1/products/% HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['a non-hex escape', 'GET /api/v1/uploads/%zz HTTP/1.1\r\nHost: x\r\n\r\n'],
  [
    'an overlong UTF-8 slash',
    'GET /api/v1/products/..%C0%AF..%C0%AFetc%C0%AFpasswd HTTP/1.1\r\nHost: x\r\n\r\n',
  ],
  ['an encoded lone surrogate', 'GET /api/v1/claims/confirm/%ED%A0%80 HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['dot segments', 'GET /api/v1/../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n'],
  [
    'encoded dot segments',
    'GET /api/v1/products/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\n\r\n',
  ],
  [
    'a backslash traversal',
    'GET /api/v1/uploads/..\\..\\windows\\win.ini HTTP/1.1\r\nHost: x\r\n\r\n',
  ],
  [
    'an absolute-form target',
    'GET http://evil.example/api/v1/products HTTP/1.1\r\nHost: x\r\n\r\n',
  ],
  ['an asterisk target', 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['a path outside the API', 'GET /src/main.ts HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['a path under a root route', 'DELETE /health/../metrics/x HTTP/1.1\r\nHost: x\r\n\r\n'],
  [
    'a URL over the limit',
    `GET /api/v1/products?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  ],
  [
    'a header over the limit',
    `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
  ],
  [
    'thousands of headers',
    `GET /health HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 3_000 }, (_, i) => `X-H${i}: v`).join('\r\n')}\r\n\r\n`,
  ],
  [
    'Content-Length and chunked together',
    'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  ],
  [
    'two Content-Lengths',
    'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
  ],
  [
    'a negative Content-Length',
    'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  ],
  [
    'a bad chunk size',
    'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
  ],
  [
    'a gzip body that is not gzip',
    'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\n\r\n{}',
  ],
  [
    'an unknown content encoding',
    'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: br, zstd, x-evil\r\nContent-Length: 2\r\n\r\n{}',
  ],
];

/** Method overrides that an app with method-override middleware would honour. */
const OVERRIDES = ['X-HTTP-Method-Override', 'X-HTTP-Method', 'X-Method-Override'];

describe('malformed and out-of-spec requests (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let base: string;
  let host: string;
  let port: number;
  const tally = new Tally();
  const started = Date.now();
  const callers = new Map<string, Record<string, string>>();
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    t = await startTestApp();
    base = await appUrl(t);
    host = new URL(base).hostname;
    port = Number(new URL(base).port);
    callers.set('anonymous', {});
    callers.set('admin', bearer(await staffToken(t, 'admin')));
    callers.set('agent', bearer(await staffToken(t, 'agent')));
    callers.set('customer', (await openChat(t)).auth);
    callers.set('partner key', {
      'X-Api-Key': await apiKey(t, ['tickets:write', 'products:write']),
    });
  });

  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // eslint-disable-next-line no-console -- the request count and time are the run's report
    console.log(`Malformed requests: ${tally.summary()} in ${seconds} s`);
    await t?.close();
  });

  function record(x: Exchange, label: string, failures: string[]): Exchange {
    tally.add(x.status);
    const problems = violations({ ...x, label });
    if (x.status >= 500) problems.push(`server log: ${serverError(t.logs, x)}`);
    if (problems.length) failures.push(explain({ ...x, label }, problems));
    return x;
  }

  async function sendAll(caller: string): Promise<string[]> {
    const failures: string[] = [];
    const credential = callers.get(caller) ?? {};
    for (const route of JSON_ROUTES) {
      const [method, path] = route.split(' ');
      for (const [what, contentType, body] of BODIES) {
        const options: SendOptions = {
          method,
          path,
          headers: { ...credential, ...(contentType ? { 'Content-Type': contentType } : {}) },
          body,
        };
        const x = record(await send(base, options), `${caller}, ${what}`, failures);
        if (
          what.includes('over the limit') &&
          x.status !== 413 &&
          x.status !== 401 &&
          x.status !== 403
        ) {
          failures.push(`${caller}, ${what}: ${route} answered ${x.status}, not 413`);
        }
      }
    }
    for (const [what, raw] of RAW) {
      const withCredential = raw.replace(
        '\r\nHost: x\r\n',
        `\r\nHost: x\r\n${Object.entries(credential)
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('')}`,
      );
      const x = record(await sendRaw(host, port, withCredential), `${caller}, ${what}`, failures);
      const injected = Object.keys(x.headers).filter(
        (h) => h === 'x-evil' || (h === 'set-cookie' && x.headers[h].includes('pwned')),
      );
      if (injected.length)
        failures.push(`${caller}, ${what}: the answer carries ${injected.join(', ')}`);
    }
    // Long URLs and headers through an ordinary client.
    const odd: SendOptions[] = [
      { method: 'GET', path: `/api/v1/products?q=${'é'.repeat(6_000)}` },
      { method: 'GET', path: `/api/v1/tickets/${'A'.repeat(30_000)}` },
      { method: 'GET', path: '/api/v1/products', headers: { 'X-Pad': 'p'.repeat(17_000) } },
      {
        method: 'GET',
        path: '/api/v1/products',
        headers: { Cookie: `mdf_refresh=${'c'.repeat(9_000)}` },
      },
      { method: 'QUERY', path: '/api/v1/products' },
      { method: 'SEARCH', path: '/api/v1/tickets' },
      { method: 'PATCH', path: '/health' },
      { method: 'DELETE', path: '/api/v1/products/SOFA-HOSTILE-01' },
      { method: 'HEAD', path: '/api/v1/tickets' },
      { method: 'OPTIONS', path: '/api/v1/users' },
      // Served routes outside the OpenAPI document: metrics and the API documentation.
      { method: 'GET', path: '/metrics?name[]=x%00&__proto__=1' },
      { method: 'POST', path: '/metrics' },
      { method: 'GET', path: '/api/docs-json?url=http://evil.example/' },
      { method: 'GET', path: '/api/docs/..%2f..%2f..%2fpackage.json' },
      { method: 'GET', path: '/api/docs/%2e%2e/%2e%2e/src/main.ts' },
    ];
    for (const options of odd) {
      record(
        await send(base, { ...options, headers: { ...options.headers, ...credential } }),
        `${caller}, long or odd request`,
        failures,
      );
    }
    return failures;
  }

  describe('without credentials', () => {
    it('answers every one with a problem, and stores nothing', async () => {
      const db = t.app.get(DataSource);
      const before = await tableCounts(db);
      expect(await sendAll('anonymous')).toEqual([]);
      expect(await tableCounts(db)).toEqual(before);
    });
  });

  describe.each(['admin', 'agent', 'customer', 'partner key'])('as %s', (caller) => {
    it('answers every one with a problem', async () => {
      expect(await sendAll(caller)).toEqual([]);
    });
  });

  it('refuses text PostgreSQL cannot store in otherwise valid requests, with a 400', async () => {
    await putOrder(t, 'CMD-2026-900001', {
      email: 'claire.martin@example.fr',
      sku: 'SOFA-HOSTILE-01',
      productName: 'Canapé Oslo',
      unitPrice: 1299,
    });
    const admin = callers.get('admin') ?? {};
    const claim = (description: string) =>
      JSON.stringify({
        description,
        orderNumber: 'CMD-2026-900001',
        customer: { email: 'claire.martin@example.fr' },
      });
    const failures: string[] = [];
    for (const options of [
      { method: 'POST', path: '/api/v1/tickets', body: claim('Le pied\u0000 du canapé est cassé') },
      {
        method: 'POST',
        path: '/api/v1/tickets',
        body: claim('Le pied du canapé \ud800 est cassé'),
      },
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        body: '{"email":"a\ud800@example.fr","password":"x"}',
      },
      { method: 'GET', path: '/api/v1/tickets?q=pied%00cass%C3%A9' },
      { method: 'GET', path: '/api/v1/tickets/SAV-2026-000001%00' },
    ]) {
      const x = record(
        await send(base, {
          ...options,
          headers: { ...admin, 'Content-Type': 'application/json' },
        }),
        'admin, unstorable text',
        failures,
      );
      if (x.status !== 400)
        failures.push(`${options.method} ${options.path}: ${x.status}, not 400`);
    }
    expect(failures).toEqual([]);
  });

  it('honours no method override', async () => {
    const admin = callers.get('admin') ?? {};
    const keys = t.app.get(ApiKeysService);
    const target = (await keys.list()).find((k) => k.scopes.includes('products:write'));
    if (!target) throw new Error('The partner key is missing');
    const failures: string[] = [];
    for (const header of OVERRIDES) {
      for (const [method, path] of [
        ['POST', `/api/v1/api-keys/${target.id}`],
        ['GET', `/api/v1/api-keys/${target.id}`],
        ['POST', `/api/v1/api-keys/${target.id}?_method=DELETE`],
      ]) {
        record(
          await send(base, { method, path, headers: { ...admin, [header]: 'DELETE' } }),
          `admin, ${header}`,
          failures,
        );
      }
      const x = record(
        await send(base, {
          method: 'GET',
          path: '/api/v1/users',
          headers: { ...admin, [header]: 'POST', 'Content-Type': 'application/json' },
        }),
        `admin, ${header}`,
        failures,
      );
      expect(x.status).toBe(200);
    }
    expect(failures).toEqual([]);
    const still = (await keys.list()).find((k) => k.id === target.id);
    expect(still?.revokedAt ?? null).toBeNull();
  });

  it('judges answers with an oracle that catches what it is meant to', () => {
    const ok: Exchange = {
      label: 'x',
      method: 'GET',
      path: '/p',
      sent: '',
      status: 200,
      headers: {},
      body: '',
    };
    const problem = { 'content-type': 'application/problem+json; charset=utf-8' };
    expect(violations({ ...ok, status: 502 })).toEqual(['status 502']);
    expect(violations({ ...ok, status: 404, headers: { 'content-type': 'text/html' } })).toEqual([
      'a 404 with Content-Type "text/html" instead of application/problem+json',
    ]);
    expect(
      violations({
        ...ok,
        status: 400,
        headers: problem,
        body: '{"type":"/problems/x","title":"X","status":422}',
      }),
    ).toEqual(['a problem whose status is 422']);
    expect(violations({ ...ok, status: 401, headers: problem, body: '{"status":401}' })).toEqual([
      'a problem without a type',
      'a problem without a title',
    ]);
    const stack = 'TypeError: x\n    at Object.<anonymous> (/work/main/api/src/app.ts:1:2)';
    expect(violations({ ...ok, body: stack }).join('; ')).toMatch(/server path.*stack frame/);
    expect(violations({ ...ok, headers: { 'x-debug': 'QueryFailedError' } }).join()).toMatch(
      /database error/,
    );
    // An echo of what the client sent is not a leak.
    expect(
      violations({ ...ok, sent: '/api/v1/products/src/', body: '"/api/v1/products/src/"' }),
    ).toEqual([]);
  });

  it('left Object.prototype untouched in the server process', () => {
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  });
});
