import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ChartConfiguration } from 'chart.js';

import { FakeApi, problemBody, settle } from '../admin/shared/testing';
import type { Schemas } from '../core/api-client';
import { I18n } from '../i18n/i18n';
import { ChartRenderer, type RenderedChart } from './chart-renderer';
import { DashboardPage } from './dashboard-page';

type Stats = Schemas['StatsView'];

const STATS: Stats = {
  window: { from: '2026-11-20T00:00:00.000Z', to: '2026-11-26T09:30:00.000Z' },
  tickets: {
    open: {
      total: 12,
      byStatus: { new: 0, escalated_to_human: 4, in_progress: 8 },
      byPriority: { P0: 1, P1: 3, P2: 6, P3: 2 },
    },
    created: { total: 40, bySource: { chat: 30, partner: 6, agent: 4 } },
  },
  sla: { measured: 38, complianceRate: 0.92, responseBreaches: 2, interventionBreaches: 1 },
  autoResolutionRate: 0.625,
  firstContactResolutionRate: 0.46,
  csat: { ratings: 25, averageScore: 4.4, rate: 0.88 },
  abandonmentRate: 0.2,
  conversationsPerDay: [
    { date: '2026-11-24', count: 17 },
    { date: '2026-11-25', count: 1234 },
    { date: '2026-11-26', count: 5 },
  ],
  medianFirstResponseMinutes: 42.5,
  p90FirstResponseMinutes: 240,
  ai: {
    calls: 420,
    promptTokens: 512000,
    completionTokens: 64000,
    costEur: 1.234567,
    fallbacks: 3,
    errors: 1,
  },
  targets: {
    firstContactResolution: { target: 0.4, value: 0.46, met: true },
    csat: { target: 0.85, value: 0.88, met: true },
    abandonment: { target: 0.15, value: 0.2, met: false },
  },
};

const EMPTY_WINDOW: Stats = {
  ...STATS,
  ai: { ...STATS.ai, costEur: 0.234567 },
  sla: { measured: 0, complianceRate: null, responseBreaches: 0, interventionBreaches: 0 },
  autoResolutionRate: null,
  firstContactResolutionRate: null,
  csat: { ratings: 0, averageScore: null, rate: null },
  abandonmentRate: null,
  medianFirstResponseMinutes: null,
  p90FirstResponseMinutes: null,
  targets: {
    firstContactResolution: { target: 0.4, value: null, met: null },
    csat: { target: 0.85, value: null, met: null },
    abandonment: { target: 0.15, value: null, met: null },
  },
};

/** Records what Chart.js would have been asked to draw (jsdom has no canvas). */
class FakeCharts {
  readonly drawn: { canvas: HTMLCanvasElement; config: ChartConfiguration; chart: FakeChart }[] =
    [];

  render(canvas: HTMLCanvasElement, config: ChartConfiguration): RenderedChart {
    const chart = new FakeChart(config);
    this.drawn.push({ canvas, config, chart });
    return chart;
  }

  byTestId(testId: string): FakeChart {
    const entry = this.drawn.find((d) => d.canvas.dataset['testid'] === testId);
    if (!entry) throw new Error(`no chart drawn on ${testId}`);
    return entry.chart;
  }
}

class FakeChart implements RenderedChart {
  destroyed = false;
  updates = 0;
  constructor(public config: ChartConfiguration) {}
  update(config: ChartConfiguration): void {
    this.config = config;
    this.updates += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

/** Intl puts (narrow) no-break spaces in numbers; plain spaces keep the expectations readable. */
function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

describe('DashboardPage', () => {
  let api: FakeApi;
  let charts: FakeCharts;
  let harness: RouterTestingHarness;

  async function open(url: string, stats: Stats = STATS): Promise<void> {
    api.on('GET', '/api/v1/stats', { body: stats });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, DashboardPage);
    await settle(harness.fixture);
  }

  function host(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function kpi(id: string): { value: string; target: string; text: string } {
    const tile = host().querySelector(`[data-testid="dashboard-kpi-${id}"]`);
    return {
      value: normalise(tile?.querySelector('[data-testid="value"]')?.textContent),
      target: normalise(tile?.querySelector('[data-testid="target"]')?.textContent),
      text: normalise(tile?.textContent),
    };
  }

  function tableRows(testId: string): string[][] {
    const table = host().querySelector(`[data-testid="${testId}-table"]`);
    return Array.from(table?.querySelectorAll('tbody tr') ?? []).map((row) =>
      Array.from(row.children).map((cell) => normalise(cell.textContent)),
    );
  }

  beforeEach(() => {
    api = new FakeApi();
    charts = new FakeCharts();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'dashboard', component: DashboardPage }]),
        ...api.providers(),
        { provide: ChartRenderer, useValue: charts },
      ],
    });
  });

  it('shows every KPI of the stats in French formats', async () => {
    await open('/dashboard?period=7d');

    expect(kpi('open').value).toBe('12');
    expect(kpi('sla').value).toBe('92 %');
    expect(kpi('sla').text).toContain('Sur 38 tickets créés dans la période');
    expect(kpi('breaches').value).toBe('3');
    expect(kpi('breaches').text).toContain('2 en réponse, 1 en intervention');
    expect(kpi('auto-resolution').value).toBe('62,5 %');
    expect(kpi('first-contact').value).toBe('46 %');
    expect(kpi('first-contact').target).toBe('Objectif : plus de 40 % ✓ atteint');
    expect(kpi('csat').value).toBe('88 %');
    expect(kpi('csat').text).toContain('Note moyenne 4,4/5 sur 25 avis');
    expect(kpi('abandonment').value).toBe('20 %');
    expect(kpi('abandonment').target).toBe('Objectif : moins de 15 % ✕ non atteint');
    expect(kpi('first-response').value).toBe('42,5 min');
    expect(kpi('first-response').text).toContain('90 % des tickets en moins de 4 h 0 min');
    expect(kpi('ai-cost').value).toBe('1,23 €');
    expect(kpi('ai-cost').text).toContain('420 appels, 576 000 jetons');
  });

  it('says "no data" rather than 0 when a rate has nothing to measure', async () => {
    await open('/dashboard', EMPTY_WINDOW);

    expect(kpi('sla').value).toBe('—Pas encore de données');
    const dash = host().querySelector('[data-testid="dashboard-kpi-sla"] [aria-hidden="true"]');
    expect(dash?.textContent).toBe('—');
    expect(kpi('csat').text).toContain('Aucun avis dans la période');
    expect(kpi('first-response').value).toBe('—Pas encore de données');
    expect(kpi('ai-cost').value).toBe('0,2346 €');
    expect(kpi('first-contact').target).toBe('Objectif : plus de 40 %');
  });

  it('draws the four charts with the figures of the stats', async () => {
    await open('/dashboard?period=7d');

    expect(charts.drawn).toHaveLength(4);
    const priority = charts.byTestId('dashboard-chart-priority').config;
    expect(priority.type).toBe('bar');
    expect(priority.data.labels).toEqual([
      'P0 · critique',
      'P1 · haute',
      'P2 · normale',
      'P3 · faible',
    ]);
    expect(priority.data.datasets[0]?.data).toEqual([1, 3, 6, 2]);
    expect(priority.data.datasets[0]?.backgroundColor).toEqual([
      '#b42318',
      '#b54708',
      '#1f4e8c',
      '#5b6472',
    ]);

    const status = charts.byTestId('dashboard-chart-status').config;
    expect(status.options?.indexAxis).toBe('y');
    expect(status.data.labels).toEqual(['Nouveau', 'Transmis à un conseiller', 'En cours']);
    expect(status.data.datasets[0]?.data).toEqual([0, 4, 8]);

    const conversations = charts.byTestId('dashboard-chart-conversations').config;
    expect(conversations.type).toBe('line');
    expect(conversations.data.labels).toEqual(['24 nov.', '25 nov.', '26 nov.']);
    expect(conversations.data.datasets[0]?.data).toEqual([17, 1234, 5]);
    expect(conversations.options?.locale).toBe('fr-FR');

    expect(charts.byTestId('dashboard-chart-ai').config.data.datasets[0]?.data).toEqual([
      416, 3, 1,
    ]);
  });

  it('gives each chart a data table as its text alternative', async () => {
    await open('/dashboard?period=7d');

    const canvas = host().querySelector('[data-testid="dashboard-chart-priority"]');
    expect(canvas?.getAttribute('aria-hidden')).toBe('true');
    expect(tableRows('dashboard-chart-priority')).toEqual([
      ['P0 · critique', '1'],
      ['P1 · haute', '3'],
      ['P2 · normale', '6'],
      ['P3 · faible', '2'],
    ]);
    expect(tableRows('dashboard-chart-conversations')[1]).toEqual(['25 nov.', '1 234']);
    expect(tableRows('dashboard-chart-ai')).toEqual([
      ['Modèle', '416'],
      ['Secours intégré', '3'],
      ['Échec', '1'],
    ]);

    const table = host().querySelector('[data-testid="dashboard-chart-status-table"]');
    expect(table?.classList).toContain('visually-hidden');
    const toggle = host().querySelector<HTMLButtonElement>(
      'mdf-stats-chart:has([data-testid="dashboard-chart-status"]) button',
    );
    toggle?.click();
    await settle(harness.fixture);
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(table?.classList).not.toContain('visually-hidden');
  });

  it('queries the window of the period in the URL and again when the period changes', async () => {
    await open('/dashboard?period=7d');

    const first = api.calls('GET', '/api/v1/stats');
    expect(first).toHaveLength(1);
    const from = new Date(first[0]?.query.get('from') ?? '');
    const to = new Date(first[0]?.query.get('to') ?? '');
    expect(from.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(Math.round((to.getTime() - from.getTime()) / 86_400_000)).toBeLessThanOrEqual(7);
    expect(Math.round((to.getTime() - from.getTime()) / 86_400_000)).toBeGreaterThanOrEqual(6);
    const selected = host().querySelector<HTMLInputElement>('input[data-period="7d"]');
    expect(selected?.checked).toBe(true);

    host().querySelector<HTMLInputElement>('input[data-period="today"]')?.click();
    await settle(harness.fixture);

    const calls = api.calls('GET', '/api/v1/stats');
    expect(calls).toHaveLength(2);
    const today = new Date();
    expect(calls[1]?.query.get('from')).toBe(
      new Date(
        Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()),
      ).toISOString(),
    );
    expect(TestBed.inject(Router).url).toBe('/dashboard?period=today');
  });

  it('redraws the charts in English when the locale changes, without new charts', async () => {
    await open('/dashboard?period=7d');
    const priority = charts.byTestId('dashboard-chart-priority');

    TestBed.inject(I18n).setLocale('en');
    await settle(harness.fixture);

    expect(charts.drawn).toHaveLength(4);
    expect(priority.updates).toBeGreaterThan(0);
    expect(priority.config.data.labels).toEqual([
      'P0 · critical',
      'P1 · high',
      'P2 · normal',
      'P3 · low',
    ]);
    const conversations = charts.byTestId('dashboard-chart-conversations').config;
    expect(conversations.options?.locale).toBe('en-GB');
    expect(conversations.data.labels).toEqual(['24 Nov', '25 Nov', '26 Nov']);
    expect(tableRows('dashboard-chart-conversations')[1]).toEqual(['25 Nov', '1,234']);
    expect(kpi('auto-resolution').value).toBe('62.5%');
  });

  it('destroys its charts when the page goes away', async () => {
    await open('/dashboard?period=7d');

    harness.fixture.destroy();

    expect(charts.drawn.every((entry) => entry.chart.destroyed)).toBe(true);
  });

  it('shows the problem the API answered with', async () => {
    api.on('GET', '/api/v1/stats', {
      status: 400,
      body: problemBody(400, 'Bad Request', 'to must not be before from.'),
    });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/dashboard', DashboardPage);
    await settle(harness.fixture);

    const alert = host().querySelector('[role="alert"]');
    expect(normalise(alert?.textContent)).toContain('L’API a refusé la demande');
    expect(normalise(alert?.textContent)).toContain('Bad Request — to must not be before from.');
    expect(host().querySelector('[data-testid="dashboard-kpi-open"]')).toBeNull();
  });
});
