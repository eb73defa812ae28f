import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openApiDocument } from '../../src/app.factory';
import { AccessPolicyAudit } from '../../src/auth';
import { API_SCOPES, type AccessRule } from '../../src/common/auth/access.decorator';
import { apiKey, bearer, staffToken } from '../support/auth';
import { putOrder } from '../support/orders';
import { CHAT_SHOP_ORIGIN, chatSiteKey, openChat } from '../support/chat';
import { appUrl } from '../support/sse';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  type Exchange,
  explain,
  send,
  type SendOptions,
  Tally,
  violations,
} from './hostile-client';
import { hostileString, SchemaArbitraries } from './hostile-values';
import {
  fuzzRuns,
  fuzzSeed,
  headerSafe,
  pathSegment,
  serverError,
  tableCounts,
} from './hostile-support';

/**
 * Every operation of the OpenAPI document, fed property-based hostile requests
 * (schema-shaped values, boundaries, wrong types, injections, unicode edges),
 * first without a valid credential, then as each kind of caller.
 * HOSTILE_RUNS sets the requests per operation and caller (`npm run test:hostile -w api`);
 * HOSTILE_SEED replays the run a failure names.
 */
const RUNS = fuzzRuns();

type Caller = 'agent' | 'admin' | 'partner key' | 'customer';
const CALLERS: Caller[] = ['agent', 'admin', 'partner key', 'customer'];

interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema?: unknown }[];
  bodyTypes: string[];
  bodySchema: unknown;
  rule: AccessRule;
}

/** Whether the access rule admits this caller at all (its own session for a customer is checked by the app). */
function admits(rule: AccessRule, caller: Caller | 'anonymous'): boolean {
  if (rule.public) return true;
  if (caller === 'customer') return Boolean(rule.customer);
  if (caller === 'partner key') return (rule.scopes ?? []).length > 0;
  if (caller === 'agent' || caller === 'admin') return (rule.roles ?? []).includes(caller);
  return false;
}

describe('hostile requests on every OpenAPI operation (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let base: string;
  let operations: Operation[];
  let arbitraries: SchemaArbitraries;
  let sessionId: string;
  const credentials = new Map<Caller, Record<string, string>>();
  const tally = new Tally();
  const started = Date.now();
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    t = await startTestApp();
    base = await appUrl(t);
    const http = request(t.app.getHttpServer());
    const admin = await staffToken(t, 'admin');
    credentials.set('agent', bearer(await staffToken(t, 'agent')));
    credentials.set('admin', bearer(admin));
    credentials.set('partner key', { 'X-Api-Key': await apiKey(t, [...API_SCOPES]) });
    const chat = await openChat(t);
    sessionId = chat.sessionId;
    credentials.set('customer', chat.auth);
    await putOrder(t, 'CMD-2026-900001', {
      email: 'claire.martin@example.fr',
      sku: 'SOFA-HOSTILE-01',
      productName: 'Canapé Oslo',
      unitPrice: 1299,
    });
    const ticket = await http
      .post('/api/v1/tickets')
      .set(bearer(admin))
      .send({
        description: 'Le pied avant gauche du canapé est cassé.',
        orderNumber: 'CMD-2026-900001',
        customer: { email: 'claire.martin@example.fr' },
      })
      .expect(201);
    const reference = (ticket.body as { reference: string }).reference;

    const document = openApiDocument(t.app);
    const rules = new Map(
      t.app
        .get(AccessPolicyAudit)
        .routes()
        .map((r) => [`${r.controller}_${r.handler}`, r.rule]),
    );
    operations = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, unknown>)) {
        const o = op as {
          operationId: string;
          parameters?: Operation['parameters'];
          requestBody?: { content: Record<string, { schema?: unknown }> };
        };
        const rule = rules.get(o.operationId.replace(/_v\d+$/, ''));
        if (!rule) throw new Error(`No access rule found for ${o.operationId}`);
        const content = o.requestBody?.content ?? {};
        operations.push({
          id: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          parameters: o.parameters ?? [],
          bodyTypes: Object.keys(content),
          bodySchema: Object.values(content)[0]?.schema,
          rule,
        });
      }
    }
    // Real values let some requests get past the lookups into the use cases.
    arbitraries = new SchemaArbitraries(document, {
      id: [chat.sessionId],
      sessionId: [chat.sessionId],
      siteKey: [await chatSiteKey(t)],
      reference: [reference],
      ticketId: [reference],
      Origin: [CHAT_SHOP_ORIGIN],
      Accept: ['application/json', 'text/event-stream'],
      email: ['claire.martin@example.fr'],
      orderNumber: ['CMD-2026-900001'],
      number: ['CMD-2026-900001'],
      sku: ['SOFA-HOSTILE-01'],
      productSku: ['SOFA-HOSTILE-01'],
    });
  });

  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // eslint-disable-next-line no-console -- the request count and time are the run's report
    console.log(`Hostile OpenAPI fuzz, ${RUNS} runs: ${tally.summary()} in ${seconds} s`);
    await t?.close();
  });

  /** One hostile request for an operation, ready to send with any credential. */
  function requests(op: Operation): fc.Arbitrary<SendOptions> {
    const params = (where: string) => op.parameters.filter((p) => p.in === where);
    const path = fc.record(
      Object.fromEntries(
        params('path').map((p) => [p.name, arbitraries.text(p.schema, p.name).map(pathSegment)]),
      ),
    );
    const query = fc.record(
      Object.fromEntries(
        params('query').map((p) => [
          p.name,
          fc.oneof(
            arbitraries.text(p.schema, p.name).map((v) => [v]),
            fc.array(arbitraries.text(p.schema, p.name), { minLength: 2, maxLength: 3 }),
          ),
        ]),
      ),
      { requiredKeys: [] },
    );
    const extraQuery = fc.option(fc.tuple(hostileString(), hostileString()), { freq: 4 });
    const headers = fc.record(
      Object.fromEntries(
        params('header').map((p) => [p.name, arbitraries.text(p.schema, p.name).map(headerSafe)]),
      ),
      { requiredKeys: [] },
    );
    const body = op.bodyTypes.length
      ? fc.tuple(
          fc.constantFrom(...op.bodyTypes),
          fc.oneof(arbitraries.value(op.bodySchema), arbitraries.mutatedExample(op.bodySchema)),
        )
      : fc.constant(undefined);
    const file = fc.oneof(
      fc.uint8Array({ maxLength: 4_096 }),
      fc.constant(
        new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'),
      ),
      fc.constant(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    );
    return fc
      .record({ path, query, extraQuery, headers, body, file, fileName: hostileString() })
      .map((r) => {
        const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => r.path[name] ?? '');
        const search = new URLSearchParams();
        for (const [name, values] of Object.entries(r.query)) {
          for (const v of values ?? []) search.append(name, v);
        }
        if (r.extraQuery) search.append(r.extraQuery[0], r.extraQuery[1]);
        const options: SendOptions = {
          method: op.method,
          path: `${url}${search.size ? `?${search.toString()}` : ''}`,
          headers: Object.fromEntries(
            Object.entries(r.headers).filter((e): e is [string, string] => e[1] !== undefined),
          ),
          readStream: op.method !== 'GET',
        };
        if (r.body) {
          const [type, value] = r.body;
          if (type === 'multipart/form-data') {
            const form = new FormData();
            if (value && typeof value === 'object' && !Array.isArray(value)) {
              for (const [k, v] of Object.entries(value)) {
                if (k !== 'file') form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
              }
            }
            form.append('file', new Blob([r.file]), r.fileName);
            options.body = form;
          } else if (type === 'application/x-www-form-urlencoded') {
            const form = new URLSearchParams();
            if (value && typeof value === 'object') {
              for (const [k, v] of Object.entries(value)) {
                form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
              }
            }
            options.headers = { ...options.headers, 'Content-Type': type };
            options.body = form.toString();
          } else {
            options.headers = { ...options.headers, 'Content-Type': type };
            options.body = JSON.stringify(value) ?? 'null';
          }
        }
        return options;
      });
  }

  async function exchange(
    label: string,
    options: SendOptions,
    credential: Record<string, string>,
  ): Promise<Exchange> {
    const x = await send(base, { ...options, headers: { ...options.headers, ...credential } });
    tally.add(x.status);
    return { ...x, label };
  }

  function check(x: Exchange, mayAccept: boolean): void {
    const problems = violations(x);
    if (!mayAccept && x.status < 400) problems.push('a caller the route does not admit was served');
    if (x.status >= 500) problems.push(`server log: ${serverError(t.logs, x)}`);
    if (problems.length) throw new Error(explain(x, problems));
  }

  /** The shrunk counterexample of a property, described by the answer that broke it. */
  async function firstFailure(
    op: Operation,
    property: fc.IAsyncPropertyWithHooks<[SendOptions, ...unknown[]]>,
  ): Promise<string | undefined> {
    const run = await fc.check(property, { numRuns: RUNS, seed: fuzzSeed() });
    if (!run.failed) return undefined;
    const error =
      run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
    return `${op.id} (seed ${run.seed}, path ${run.counterexamplePath ?? ''}):\n${error}`;
  }

  const timeout = 60_000 + RUNS * 3_000;
  const forged: fc.Arbitrary<Record<string, string>> = fc.oneof<
    fc.Arbitrary<Record<string, string>>[]
  >(
    hostileString().map((s) => ({ Authorization: `Bearer ${headerSafe(s)}` })),
    hostileString().map((s) => ({ 'X-Api-Key': headerSafe(s) })),
    fc.constantFrom<Record<string, string>>(
      { Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.' },
      { Authorization: 'Basic YWRtaW46YWRtaW4=' },
      { Authorization: 'Bearer' },
      { 'X-Api-Key': 'sk_live_' },
    ),
  );

  describe('without a valid credential', () => {
    let before: Map<string, number>;
    beforeAll(async () => {
      before = await tableCounts(t.app.get(DataSource));
    });

    it(
      'answers every operation soundly and serves none that needs a credential',
      async () => {
        const failures: string[] = [];
        for (const op of operations) {
          const failure = await firstFailure(
            op,
            fc.asyncProperty(requests(op), forged, async (options, credential) => {
              const [anonymous, forgedOne] = await Promise.all([
                exchange('anonymous', options, {}),
                exchange('forged credential', options, credential),
              ]);
              check(anonymous, admits(op.rule, 'anonymous'));
              check(forgedOne, admits(op.rule, 'anonymous'));
            }),
          );
          if (failure) failures.push(failure);
        }
        expect(failures).toEqual([]);
      },
      timeout * 4,
    );

    it('stored nothing but the chat sessions the public widget route opens', async () => {
      const after = await tableCounts(t.app.get(DataSource));
      const changed = [...after].filter(([table, n]) => before.get(table) !== n).map(([n]) => n);
      // POST /chat/sessions is public by contract: a session, its greeting and their events.
      expect(
        changed.filter((n) => !['chat_session', 'chat_message', 'chat_event'].includes(n)),
      ).toEqual([]);
    });
  });

  describe('as each kind of caller', () => {
    it(
      'answers every operation soundly and serves each caller only what its rule admits',
      async () => {
        const failures: string[] = [];
        for (const op of operations) {
          const failure = await firstFailure(
            op,
            fc.asyncProperty(requests(op), async (options) => {
              const answers = await Promise.all(
                CALLERS.map((c) => exchange(c, options, credentials.get(c) ?? {})),
              );
              answers.forEach((x, i) => check(x, admits(op.rule, CALLERS[i])));
            }),
          );
          if (failure) failures.push(failure);
        }
        expect(failures).toEqual([]);
      },
      timeout * 8,
    );

    it('left the credentials it used working', async () => {
      const checks: [Caller, string][] = [
        ['agent', '/api/v1/auth/me'],
        ['admin', '/api/v1/auth/me'],
        ['partner key', '/api/v1/tickets'],
        ['customer', `/api/v1/chat/sessions/${sessionId}/messages`],
      ];
      for (const [caller, path] of checks) {
        const x = await exchange(caller, { method: 'GET', path }, credentials.get(caller) ?? {});
        expect(`${caller}: ${x.status}`).toBe(`${caller}: 200`);
      }
    });
  });

  it('left Object.prototype untouched in the server process', () => {
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  });
});
