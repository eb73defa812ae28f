import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, convertToParamMap, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ApiClient } from '../core/api-client';
import { Auth } from '../core/auth';
import { I18n } from '../i18n/i18n';
import { AGENT, FakeBackend, fakeAuth, json } from './testing/fake-backend';
import { NOW, feedChange, ticketPage, ticketView } from './testing/fixtures';
import { TICKET_EVENTS_URL } from './ticket-api';
import { TicketQueuePage, filtersFrom, queryFor } from './ticket-queue-page';

@Component({ template: '' })
class Elsewhere {}

const HOUR = 3_600_000;

const TICKETS = [
  ticketView(),
  ticketView({
    reference: 'SAV-2026-000043',
    priority: 'P3',
    status: 'in_progress',
    category: 'smell',
    customer: { email: 'paul@example.fr', name: null, phone: null },
    assigneeId: AGENT.id,
    sla: {
      // The response was given in time: the intervention deadline counts now, and it is past.
      responseDueAt: new Date(NOW - 2 * HOUR).toISOString(),
      interventionDueAt: new Date(NOW - 1 * HOUR - 30 * 60_000 - 5_000).toISOString(),
      respondedAt: new Date(NOW - 3 * HOUR).toISOString(),
      resolvedAt: null,
      responseBreached: false,
      interventionBreached: true,
    },
  }),
];

describe('TicketQueuePage', () => {
  let backend: FakeBackend;
  let harness: RouterTestingHarness;
  let announce: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    backend = new FakeBackend().on('GET', '/api/v1/tickets', ticketPage(TICKETS, 42));
    announce = vi.fn(() => Promise.resolve());
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'tickets', component: TicketQueuePage },
          { path: 'tickets/:reference', component: Elsewhere },
          { path: 'login', component: Elsewhere },
        ]),
        { provide: ApiClient, useValue: backend.client() },
        { provide: Auth, useValue: fakeAuth() },
        { provide: LiveAnnouncer, useValue: { announce } },
      ],
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  async function open(url = '/tickets'): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, TicketQueuePage);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  function host(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function rows(): HTMLElement[] {
    return Array.from(host().querySelectorAll<HTMLElement>('[data-testid="queue-row"]'));
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
  }

  function urlParams(): Record<string, string> {
    const router = TestBed.inject(Router);
    return router.parseUrl(router.url).queryParams as Record<string, string>;
  }

  function paramsOf(query: URLSearchParams | undefined): Record<string, string> {
    const params: Record<string, string> = {};
    query?.forEach((value, key) => (params[key] = value));
    return params;
  }

  function listRequests(): URLSearchParams[] {
    return backend.sent('GET', '/api/v1/tickets').map((r) => r.query);
  }

  it('lists the tickets in a table, with priority in words and a live SLA countdown', async () => {
    await open();

    expect(text(host().querySelector('caption'))).toBe('Tickets SAV\u00a0: 42 au total');
    expect(rows().map((row) => row.dataset['reference'])).toEqual([
      'SAV-2026-000042',
      'SAV-2026-000043',
    ]);
    const [first, second] = rows();
    expect(text(first.querySelector('[data-testid="queue-priority"]'))).toBe('P0 Critique');
    expect(first.querySelector('[data-priority="P0"]')).not.toBeNull();
    expect(text(first.querySelector('[data-testid="queue-sla"]'))).toBe('Réponse dans 03:25:10');
    expect(text(second.querySelector('[data-testid="queue-priority"]'))).toBe('P3 Basse');
    expect(text(second.querySelector('[data-testid="queue-sla"]'))).toBe(
      '⚠ Intervention\u00a0: dépassé de 01:30:05',
    );
    expect(second.querySelector('[data-testid="queue-sla"] .overdue')).not.toBeNull();
    expect(text(second)).toContain('paul@example.fr');
    expect(text(second)).toContain('Vous');
  });

  it('counts down every second with the shared clock', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    await open();

    vi.advanceTimersByTime(5_000);
    await harness.fixture.whenStable();

    expect(text(rows()[0].querySelector('[data-testid="queue-sla"]'))).toBe(
      'Réponse dans 03:25:05',
    );
  });

  it('links each reference to its ticket', async () => {
    await open();

    const link = rows()[0].querySelector<HTMLAnchorElement>('a[data-testid="queue-link"]');
    expect(link?.getAttribute('href')).toBe('/tickets/SAV-2026-000042');
  });

  it('reads its filters and page from the URL and asks the API for them', async () => {
    await open(
      '/tickets?status=in_progress&priority=P1&category=smell&assignee=me&breached=true&q=oslo&page=2&pageSize=50',
    );

    expect(paramsOf(listRequests().at(-1))).toEqual({
      status: 'in_progress',
      priority: 'P1',
      category: 'smell',
      assigneeId: AGENT.id,
      breached: 'true',
      q: 'oslo',
      page: '2',
      pageSize: '50',
    });
    expect(host().querySelector<HTMLSelectElement>('#queue-status')?.value).toBe('in_progress');
    expect(host().querySelector<HTMLInputElement>('#queue-breached')?.checked).toBe(true);
    expect(host().querySelector<HTMLInputElement>('#queue-q')?.value).toBe('oslo');
  });

  it('puts a chosen filter in the URL, back on page 1, and reloads', async () => {
    await open('/tickets?page=3');
    const select = host().querySelector<HTMLSelectElement>('#queue-priority');
    if (!select) throw new Error('no priority filter');

    select.value = 'P0';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();

    expect(urlParams()).toEqual({ priority: 'P0' });
    expect(listRequests().at(-1)?.get('priority')).toBe('P0');
    expect(listRequests().at(-1)?.get('page')).toBe('1');
  });

  it('searches once the agent stops typing', async () => {
    await open();
    const input = host().querySelector<HTMLInputElement>('#queue-q');
    if (!input) throw new Error('no search box');
    const before = listRequests().length;

    for (const value of ['S', 'SA', 'SAV-2026']) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await vi.waitFor(() => expect(listRequests().length).toBe(before + 1));
    await harness.fixture.whenStable();

    expect(listRequests().at(-1)?.get('q')).toBe('SAV-2026');
    expect(urlParams()).toEqual({ q: 'SAV-2026' });
  });

  it('pages through the results', async () => {
    await open();
    const next = host().querySelector<HTMLButtonElement>('[data-testid="queue-next"]');
    const previous = host().querySelector<HTMLButtonElement>('[data-testid="queue-previous"]');

    expect(text(host().querySelector('[data-testid="queue-page"]'))).toBe('Page 1 sur 3');
    expect(previous?.disabled).toBe(true);
    next?.click();
    await harness.fixture.whenStable();

    expect(listRequests().at(-1)?.get('page')).toBe('2');
  });

  it('reloads the page when a ticket changes and announces a new ticket', async () => {
    await open();
    const before = listRequests().length;
    const feed = backend.stream(TICKET_EVENTS_URL);
    backend.on(
      'GET',
      '/api/v1/tickets',
      ticketPage([ticketView({ reference: 'SAV-2026-000050', priority: 'P1' }), ...TICKETS], 43),
    );

    feed.send(
      'ticket',
      feedChange({
        reference: 'SAV-2026-000050',
        status: 'new',
        previousStatus: null,
        priority: 'P1',
        change: 'created',
      }),
    );
    feed.send('ticket', feedChange({ change: 'status' }));
    // Not a ticket change: ignored.
    feed.send('ticket', { reference: 'SAV-2026-000051' });

    await vi.waitFor(() => expect(listRequests().length).toBe(before + 1));
    await harness.fixture.whenStable();

    expect(rows()[0].dataset['reference']).toBe('SAV-2026-000050');
    expect(text(rows()[0])).toContain('Nouveau');
    expect(announce).toHaveBeenCalledWith(
      'Nouveau ticket SAV-2026-000050, priorité P1 Haute.',
      'polite',
    );
    expect(text(host().querySelector('[data-testid="live-status"]'))).toBe(
      'Mises à jour en direct\u00a0: actives',
    );
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    backend.on('GET', '/api/v1/tickets', () =>
      json({ title: 'Internal Server Error', status: 500 }, 500),
    );
    await open();

    expect(text(host().querySelector('[role="alert"]'))).toContain(
      'Les tickets n’ont pas pu être chargés.',
    );

    backend.on('GET', '/api/v1/tickets', ticketPage(TICKETS));
    host().querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await harness.fixture.whenStable();

    expect(rows()).toHaveLength(2);
    expect(host().querySelector('[role="alert"]')).toBeNull();
  });

  it('says so when nothing matches', async () => {
    backend.on('GET', '/api/v1/tickets', ticketPage([]));
    await open('/tickets?q=introuvable');

    expect(text(host().querySelector('[data-testid="queue-empty"]'))).toBe(
      'Aucun ticket ne correspond à ces filtres.',
    );
  });

  it('speaks English when the console does', async () => {
    TestBed.inject(I18n).setLocale('en');
    await open();

    expect(text(rows()[0].querySelector('[data-testid="queue-priority"]'))).toBe('P0 Critical');
    expect(text(rows()[0].querySelector('[data-testid="queue-sla"]'))).toBe(
      'Response due in 03:25:10',
    );
    TestBed.inject(I18n).setLocale('fr');
  });
});

describe('queue filters', () => {
  it('ignores values the API would refuse', () => {
    const filters = filtersFrom(
      convertToParamMap({
        status: 'lost',
        priority: 'P9',
        page: '-2',
        pageSize: '7',
        assignee: 'someone',
      }),
    );

    expect(filters).toEqual({
      status: null,
      priority: null,
      category: null,
      assignee: null,
      breached: false,
      q: '',
      page: 1,
      pageSize: 20,
    });
  });

  it('asks for the agent’s own tickets by id, and for unassigned ones', () => {
    const base = filtersFrom(convertToParamMap({}));

    expect(queryFor({ ...base, assignee: 'me' }, 'u-1')).toEqual({
      page: 1,
      pageSize: 20,
      assigneeId: 'u-1',
    });
    expect(queryFor({ ...base, assignee: 'none' }, 'u-1')).toEqual({
      page: 1,
      pageSize: 20,
      assigneeId: 'none',
    });
  });
});
