import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { apiKey, bearer, staffToken } from './support/auth';
import { sample } from './support/metrics';
import { startTestApp, type TestApp } from './support/test-app';
import { jpeg, phpScript } from './support/uploads';

const DASHBOARD = join(__dirname, '../../monitoring/grafana/dashboards/mdf-sav.json');
const ORDER = 'CMD-2026-800001';
const EMAIL = 'claire.martin@example.fr';

interface Panel {
  type: string;
  title: string;
  targets?: { expr?: string }[];
  panels?: Panel[];
}

/** PromQL words that are not metric names. */
const PROMQL_WORDS = new Set([
  ...['sum', 'min', 'max', 'avg', 'count', 'stddev', 'stdvar', 'topk', 'bottomk', 'quantile'],
  ...['count_values', 'group', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right'],
  ...['and', 'or', 'unless', 'bool', 'offset', 'rate', 'irate', 'increase', 'delta', 'deriv'],
  ...['histogram_quantile', 'abs', 'clamp_min', 'clamp_max', 'absent', 'vector', 'scalar'],
  ...['sum_over_time', 'avg_over_time', 'max_over_time', 'min_over_time', 'label_replace'],
  ...['time', 'round', 'ceil', 'floor', 'sort', 'sort_desc', 'inf', 'nan'],
]);

/** The metric names a PromQL expression reads (sample names: `_bucket`, `_count` kept as written). */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // label values and strings
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\[[^\]]*\]/g, '') // ranges
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '') // label lists
    .replace(/\$\w+/g, '') // Grafana variables
    .replace(/\b\d[\w.]*/g, ''); // numbers and durations
  const words = bare.match(/[a-zA-Z_:][a-zA-Z0-9_:]*/g) ?? [];
  return [...new Set(words.filter((w) => !PROMQL_WORDS.has(w.toLowerCase())))];
}

function panelsOf(panels: Panel[]): Panel[] {
  return panels.flatMap((p) => [p, ...panelsOf(p.panels ?? [])]);
}

describe('the Grafana dashboard reads metrics the API exports', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: string;
  let scrape: string;
  let p0: { reference: string; status: string; priority: string };
  const http = () => request(t.app.getHttpServer());
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { panels: Panel[] };
  const queries = panelsOf(dashboard.panels).flatMap((p) =>
    (p.targets ?? []).flatMap((q) => (q.expr ? [{ panel: p.title, expr: q.expr }] : [])),
  );

  const claim = (credentials: Record<string, string>, description: string) =>
    http()
      .post('/api/v1/tickets')
      .set(credentials)
      .send({ description, orderNumber: ORDER, customer: { email: EMAIL } })
      .expect(201);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mdf-dashboard-'));
    t = await startTestApp({ env: { DATA_DIR: dataDir } });
    admin = await staffToken(t, 'admin');
    await http()
      .put(`/api/v1/orders/${ORDER}`)
      .set(bearer(admin))
      .send({
        customer: { email: EMAIL, firstName: 'Claire', lastName: 'Martin', tier: 'standard' },
        postcode: '69003',
        purchaseDate: '2026-01-10',
        deliveryDate: '2026-01-20',
        lines: [{ sku: 'SOFA-DASH-01', productName: 'Canapé test', quantity: 1, unitPrice: 1500 }],
      })
      .expect(201);
    p0 = (
      await claim(
        bearer(admin),
        'Le moteur du relax fait des étincelles et de la fumée, mon fils était assis dessus !',
      )
    ).body as typeof p0;
    const partner = { 'X-API-Key': await apiKey(t, ['tickets:write']) };
    await claim(partner, 'Le tissu de l’assise est décoloré par endroits.');
    await http()
      .post('/api/v1/uploads')
      .set(bearer(admin))
      .field('ticketId', p0.reference)
      .attach('file', await jpeg(), { filename: 'photo.jpg', contentType: 'image/jpeg' })
      .expect(201);
    await http()
      .post('/api/v1/uploads')
      .set(bearer(admin))
      .field('ticketId', p0.reference)
      .attach('file', phpScript(), { filename: 'photo.jpg', contentType: 'image/jpeg' })
      .expect(415);
    // The P0 claim is overdue for its first response and its intervention.
    await t.app.get(DataSource).query(
      `UPDATE ticket SET response_due_at = now() - interval '1 hour',
                           intervention_due_at = now() - interval '1 minute'
          WHERE reference = $1`,
      [p0.reference],
    );
    scrape = (await http().get('/metrics').expect(200)).text;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has panels with queries, on the business metrics too', () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
    const names = new Set(queries.flatMap((q) => metricNames(q.expr)));
    expect([...names].sort()).toEqual([
      'http_request_duration_seconds_bucket',
      'http_request_duration_seconds_count',
      'nodejs_heap_size_used_bytes',
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'sav_tickets',
      'sav_tickets_sla_breached',
      'security_events_total',
      'tickets_created_total',
      'upload_rejections_total',
      'uploads_total',
    ]);
  });

  it('extracts metric names from PromQL, not functions, labels or variables', () => {
    expect(
      metricNames(
        'histogram_quantile(0.95, sum by (route, le) (rate(x_bucket{route!~"/a|b", job="j"}[$__rate_interval]))) / on (job) y_total offset 5m',
      ),
    ).toEqual(['x_bucket', 'y_total']);
  });

  it('finds a sample of every metric a panel reads in a scrape of /metrics', () => {
    const exported = new Set(
      scrape
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(l)?.[0]),
    );
    const missing = queries.flatMap(({ panel, expr }) =>
      metricNames(expr)
        .filter((name) => !exported.has(name))
        .map((name) => `${panel}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('counts the created tickets by source and priority', () => {
    expect(sample(scrape, `tickets_created_total{source="agent",priority="${p0.priority}"}`)).toBe(
      1,
    );
    expect(scrape).toMatch(/^tickets_created_total\{source="partner",priority="P\d"\} 1$/m);
  });

  it('reports the tickets by status and priority from the database', () => {
    expect(
      sample(scrape, `sav_tickets{status="${p0.status}",priority="${p0.priority}"}`),
    ).toBeGreaterThanOrEqual(1);
    const total = [...scrape.matchAll(/^sav_tickets\{[^}]*\} (\d+)$/gm)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
    expect(total).toBe(2);
  });

  it('reports the overdue open ticket as an SLA breach of both kinds', () => {
    expect(p0.priority).toBe('P0');
    expect(sample(scrape, 'sav_tickets_sla_breached{kind="response"}')).toBe(1);
    expect(sample(scrape, 'sav_tickets_sla_breached{kind="intervention"}')).toBe(1);
  });

  it('counts the stored upload by scan result and the refused one by reason', () => {
    expect(scrape).toMatch(/^uploads_total\{kind="photo",scan_status="[a-z]+"\} 1$/m);
    expect(sample(scrape, 'upload_rejections_total{reason="unsupported_type"}')).toBe(1);
  });
});
