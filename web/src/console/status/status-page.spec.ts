import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';

import { I18n } from '../i18n/i18n';
import { HEALTH_URL, READY_URL, type ReadinessBody } from './service-status';
import { StatusPage } from './status-page';

const NBSP = '\u00a0';

type ResponseBody = Parameters<TestRequest['flush']>[0];

/* Bodies as sent by the API's `GET /ready` (@nestjs/terminus v12). */

const ALL_UP: ReadinessBody = {
  status: 'ok',
  info: {
    database: { mode: 'embedded', latencyMs: 5, responseTime: 5, status: 'up' },
    redis: { mode: 'memory', status: 'up' },
  },
  error: {},
  details: {
    database: { mode: 'embedded', latencyMs: 5, responseTime: 5, status: 'up' },
    redis: { mode: 'memory', status: 'up' },
  },
};

/** Sent with HTTP 200: Redis is optional, the API keeps serving. */
const REDIS_DEGRADED: ReadinessBody = {
  status: 'degraded',
  info: { database: { mode: 'external', latencyMs: 2, status: 'up' } },
  error: {},
  details: {
    database: { mode: 'external', latencyMs: 2, status: 'up' },
    redis: { mode: 'redis', status: 'degraded', message: 'Redis is unreachable' },
  },
};

/** Sent with HTTP 503. */
const DATABASE_DOWN: ReadinessBody = {
  status: 'error',
  info: { redis: { mode: 'redis', status: 'up', latencyMs: 1 } },
  error: { database: { status: 'down', message: 'Connection terminated unexpectedly' } },
  details: {
    database: { status: 'down', message: 'Connection terminated unexpectedly' },
    redis: { mode: 'redis', status: 'up', latencyMs: 1 },
  },
};

/** Sent with HTTP 503. */
const SHUTTING_DOWN: ReadinessBody = { status: 'shutting_down', details: {} };

describe('StatusPage', () => {
  let fixture: ComponentFixture<StatusPage>;
  let httpMock: HttpTestingController;
  let host: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [StatusPage],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StatusPage);
    host = fixture.nativeElement as HTMLElement;
    // Renders the initial state and lets the resource start its first load.
    fixture.detectChanges();
  });

  afterEach(() => {
    httpMock.verify();
  });

  function query(selector: string): HTMLElement | null {
    return host.querySelector<HTMLElement>(selector);
  }

  function normalize(value: string | null | undefined): string {
    return value?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
  }

  function text(selector: string): string {
    return normalize(query(selector)?.textContent);
  }

  function row(component: string): HTMLElement {
    const element = query(`tr[data-component="${component}"]`);
    if (!element) {
      throw new Error(`No row for component "${component}"`);
    }
    return element;
  }

  function rowNames(): (string | null)[] {
    return [...host.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-component'));
  }

  function badge(component: string): HTMLElement | null {
    return row(component).querySelector<HTMLElement>('mdf-status-badge');
  }

  function badgeState(component: string): string | null | undefined {
    return badge(component)?.getAttribute('data-state');
  }

  /** The state's non-colour cue, hidden from assistive technologies (the label is read). */
  function symbol(component: string): string | null {
    const element = badge(component)?.querySelector('.symbol');
    expect(element?.getAttribute('aria-hidden')).toBe('true');
    return element?.textContent ?? null;
  }

  function mode(component: string): string {
    return normalize(row(component).querySelector('[data-testid="mode"]')?.textContent);
  }

  function message(component: string): string | null {
    const element = row(component).querySelector('[data-testid="message"]');
    return element ? normalize(element.textContent) : null;
  }

  function refreshButton(): HTMLButtonElement {
    return query('[data-testid="refresh"]') as HTMLButtonElement;
  }

  async function answer(
    ready: { body: ResponseBody; status?: number },
    healthOk = true,
  ): Promise<void> {
    const health = httpMock.expectOne(HEALTH_URL);
    expect(health.request.method).toBe('GET');
    if (healthOk) {
      health.flush({ status: 'ok' });
    } else {
      health.error(new ProgressEvent('error'));
    }
    const status = ready.status ?? 200;
    httpMock
      .expectOne(READY_URL)
      .flush(ready.body, { status, statusText: status === 200 ? 'OK' : 'Error' });
    await fixture.whenStable();
  }

  it('shows a loading state and a busy, inert refresh button until the API answers', async () => {
    expect(text('[data-testid="loading"]')).toBe('Vérification de l’état du service…');
    expect(refreshButton().getAttribute('aria-disabled')).toBe('true');
    expect(refreshButton().textContent?.trim()).toBe('Actualisation…');

    await answer({ body: ALL_UP });

    expect(query('[data-testid="loading"]')).toBeNull();
    expect(refreshButton().getAttribute('aria-disabled')).toBe('false');
    expect(refreshButton().textContent?.trim()).toBe('Actualiser');
  });

  it('renders an operational service with each dependency, its mode and latency', async () => {
    await answer({ body: ALL_UP });

    expect(text('[data-testid="overall"]')).toContain('Service opérationnel');
    expect(query('[data-testid="overall"]')?.classList).toContain('overall--ok');
    expect(text('[data-testid="announcement"]')).toBe('Service opérationnel');
    expect([...host.querySelectorAll('thead th')].map((th) => normalize(th.textContent))).toEqual([
      'Composant',
      'État',
      'Mode',
      'Latence',
    ]);
    // One row per component, the API itself first.
    expect(rowNames()).toEqual(['api', 'database', 'redis']);

    expect(badgeState('database')).toBe('up');
    expect(row('database').textContent).toContain('Base de données');
    expect(mode('database')).toBe('intégrée (PGlite)');
    expect(row('database').textContent).toContain(`5${NBSP}ms`);

    expect(badgeState('redis')).toBe('up');
    expect(row('redis').textContent).toContain('Stockage partagé (sessions, cache)');
    expect(row('redis').textContent).toContain('Opérationnel');
    expect(mode('redis')).toBe('en mémoire (instance unique)');
    expect(row('redis').textContent).toContain('Non mesurée');

    expect(host.querySelectorAll('[data-testid="message"]')).toHaveLength(0);
    expect(query('[role="alert"]')).toBeNull();
  });

  it('renders a degraded report with the degraded dependency and its message', async () => {
    await answer({ body: REDIS_DEGRADED });

    expect(text('[data-testid="overall"]')).toContain('Service dégradé');
    expect(text('[data-testid="overall"]')).toContain('Le service reste disponible');
    expect(query('[data-testid="overall"]')?.classList).toContain('overall--degraded');
    expect(query('[data-testid="overall"]')?.classList).not.toContain('overall--error');
    expect(text('[data-testid="announcement"]')).toBe('Service dégradé');

    expect(badgeState('redis')).toBe('degraded');
    expect(badge('redis')?.classList).toContain('badge--degraded');
    expect(symbol('redis')).toBe('!');
    expect(badge('redis')?.textContent).toContain('Dégradé');
    expect(message('redis')).toBe('Redis is unreachable');
    expect(mode('redis')).toBe('Redis');
    expect(row('redis').textContent).toContain('Non mesurée');

    expect(badgeState('database')).toBe('up');
    expect(mode('database')).toBe('PostgreSQL');
    expect(row('database').textContent).toContain(`2${NBSP}ms`);
    expect(message('database')).toBeNull();
    expect(query('[role="alert"]')).toBeNull();
  });

  it('renders the report of a 503 answer as an error with the database down', async () => {
    await answer({ body: DATABASE_DOWN, status: 503 });

    expect(text('[data-testid="overall"]')).toContain('Service indisponible');
    expect(text('[data-testid="overall"]')).toContain('dépendance indispensable');
    expect(query('[data-testid="overall"]')?.classList).toContain('overall--error');
    expect(text('[data-testid="announcement"]')).toBe('Service indisponible');

    expect(badgeState('database')).toBe('down');
    expect(badge('database')?.classList).toContain('badge--down');
    expect(row('database').textContent).toContain('Hors service');
    expect(message('database')).toBe('Connection terminated unexpectedly');
    expect(mode('database')).toBe('Non précisé');
    expect(row('database').textContent).toContain('Non mesurée');

    expect(badgeState('redis')).toBe('up');
    expect(badge('redis')?.classList).toContain('badge--up');
    expect(mode('redis')).toBe('Redis');
    expect(row('redis').textContent).toContain(`1${NBSP}ms`);

    expect(badgeState('api')).toBe('up');
    expect(query('[role="alert"]')).toBeNull();
  });

  it('renders its own text while the instance shuts down', async () => {
    await answer({ body: SHUTTING_DOWN, status: 503 });

    expect(text('[data-testid="overall"]')).toContain('Instance en cours d’arrêt');
    expect(text('[data-testid="overall"]')).toContain('Actualisez dans quelques instants');
    expect(text('[data-testid="overall"]')).not.toContain('Service');
    expect(query('[data-testid="overall"]')?.classList).toContain('overall--shutting_down');
    expect(text('[data-testid="announcement"]')).toBe('Instance en cours d’arrêt');
    expect(rowNames()).toEqual(['api']);
    expect(query('[role="alert"]')).toBeNull();
  });

  it('shows unknown states, modes and components as reported', async () => {
    await answer({
      body: {
        status: 'ok',
        details: {
          database: { status: 'starting', mode: 'sqlite', latencyMs: 3 },
          search: { status: 'up', mode: 'opensearch' },
        },
      },
    });

    expect(badgeState('database')).toBe('unknown');
    expect(badge('database')?.classList).toContain('badge--unknown');
    expect(symbol('database')).toBe('?');
    expect(badge('database')?.textContent).toContain('Inconnu');
    expect(mode('database')).toBe('sqlite');
    expect(row('search').querySelector('th')?.textContent?.trim()).toBe('search');
    expect(mode('search')).toBe('opensearch');
  });

  it('shows an unexpected-response message for a 200 answer without `details`', async () => {
    await answer({ body: { status: 'ok', info: ALL_UP.info, error: {} } });

    const alert = text('[role="alert"]');
    expect(alert).toContain('Réponse inattendue de l’API');
    expect(alert).toContain('HTTP 200');
    expect(query('[data-testid="overall"]')).toBeNull();
    expect(query('[data-testid="components"]')).toBeNull();
  });

  it('shows the API as down when /health fails but /ready still answers', async () => {
    await answer({ body: ALL_UP }, false);

    expect(badgeState('api')).toBe('down');
    expect(row('api').textContent).toContain('Non mesurée');
    expect(badgeState('database')).toBe('up');
  });

  it('shows the unreachable message when the requests fail at network level', async () => {
    httpMock.expectOne(HEALTH_URL).error(new ProgressEvent('error'));
    httpMock.expectOne(READY_URL).error(new ProgressEvent('error'));
    await fixture.whenStable();

    const alert = text('[role="alert"]');
    expect(alert).toContain('API injoignable');
    expect(alert).toContain('«\u00a0Actualiser\u00a0»');
    expect(query('[data-testid="components"]')).toBeNull();
    expect(query('[data-testid="overall"]')).toBeNull();
    expect(refreshButton().getAttribute('aria-disabled')).toBe('false');
  });

  it('treats a gateway error as unreachable', async () => {
    await answer({ body: '<html>Bad Gateway</html>', status: 502 });

    expect(text('[role="alert"]')).toContain('API injoignable');
  });

  it('shows an unexpected-response message with the HTTP status for other failures', async () => {
    await answer({ body: { message: 'Internal server error' }, status: 500 });

    const alert = text('[role="alert"]');
    expect(alert).toContain('Réponse inattendue de l’API');
    expect(alert).toContain('HTTP 500');
    expect(query('[data-testid="components"]')).toBeNull();
  });

  it('reloads both endpoints on refresh and keeps the last result visible meanwhile', async () => {
    await answer({ body: DATABASE_DOWN, status: 503 });
    expect(badgeState('database')).toBe('down');

    refreshButton().click();
    fixture.detectChanges();

    const health = httpMock.expectOne(HEALTH_URL);
    const ready = httpMock.expectOne(READY_URL);
    expect(refreshButton().getAttribute('aria-disabled')).toBe('true');
    expect(refreshButton().getAttribute('aria-busy')).toBe('true');
    expect(badgeState('database')).toBe('down');

    // Clicking again while a check is running neither cancels it nor starts another one.
    refreshButton().click();
    fixture.detectChanges();
    expect(ready.cancelled).toBe(false);
    httpMock.expectNone(HEALTH_URL);
    httpMock.expectNone(READY_URL);

    health.flush({ status: 'ok' });
    ready.flush(ALL_UP);
    await fixture.whenStable();

    expect(badgeState('database')).toBe('up');
    expect(message('database')).toBeNull();
    expect(text('[data-testid="overall"]')).toContain('Service opérationnel');
    expect(refreshButton().getAttribute('aria-disabled')).toBe('false');
  });

  it('re-renders its text in English when the locale changes', async () => {
    await answer({ body: REDIS_DEGRADED });
    expect(text('h1')).toBe('État du service');

    TestBed.inject(I18n).setLocale('en');
    await fixture.whenStable();

    expect(text('h1')).toBe('Service status');
    expect(text('[data-testid="overall"]')).toContain('Service degraded');
    expect(row('database').textContent).toContain('Database');
    expect(row('database').textContent).toContain('Operational');
    expect(mode('database')).toBe('PostgreSQL');
    expect(row('redis').textContent).toContain('Shared store (sessions, cache)');
    expect(row('redis').textContent).toContain('Degraded');
    expect(row('redis').textContent).toContain('Not measured');
    expect(message('redis')).toBe('Redis is unreachable');
    expect(refreshButton().textContent?.trim()).toBe('Refresh');
    expect(text('[data-testid="checked-at"]')).toMatch(/^Last checked: /);
  });

  it.each([
    [ALL_UP, 200, 'Service operational', 'embedded (PGlite)', 'in memory (single instance)'],
    [DATABASE_DOWN, 503, 'Service unavailable', 'Not specified', 'Redis'],
  ])(
    'translates the overall status and the modes to English (%#)',
    async (body, status, overall, databaseMode, redisMode) => {
      TestBed.inject(I18n).setLocale('en');
      await answer({ body, status });

      expect(text('[data-testid="overall"]')).toContain(overall);
      expect(mode('database')).toBe(databaseMode);
      expect(mode('redis')).toBe(redisMode);
    },
  );

  it('translates the shutting-down text to English', async () => {
    TestBed.inject(I18n).setLocale('en');
    await answer({ body: SHUTTING_DOWN, status: 503 });

    expect(text('[data-testid="overall"]')).toContain('Instance shutting down');
    expect(text('[data-testid="announcement"]')).toBe('Instance shutting down');
  });
});
