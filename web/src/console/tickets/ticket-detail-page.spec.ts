import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ApiClient } from '../core/api-client';
import { Auth } from '../core/auth';
import { AGENT, FakeBackend, fakeAuth, json } from './testing/fake-backend';
import { NOW, feedChange, workspace } from './testing/fixtures';
import { TicketDetailPage } from './ticket-detail-page';

@Component({ template: '' })
class Elsewhere {}

const REFERENCE = 'SAV-2026-000042';
const TICKET_URL = `/api/v1/tickets/${REFERENCE}`;

describe('TicketDetailPage', () => {
  let backend: FakeBackend;
  let harness: RouterTestingHarness;
  let announce: ReturnType<typeof vi.fn>;
  let auth: ReturnType<typeof fakeAuth>;
  const objectUrls: string[] = [];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      objectUrls.push(`blob:test/${objectUrls.length + 1}`);
      return objectUrls[objectUrls.length - 1];
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    backend = new FakeBackend()
      .on('GET', TICKET_URL, workspace())
      .on(
        'GET',
        '/api/v1/uploads/f1',
        () => new Response(new Blob(['jpeg'], { type: 'image/jpeg' })),
      )
      .on(
        'GET',
        '/api/v1/uploads/f2',
        () => new Response(new Blob(['mp4'], { type: 'video/mp4' })),
      );
    announce = vi.fn(() => Promise.resolve());
    auth = fakeAuth();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'tickets/:reference', component: TicketDetailPage },
          { path: 'tickets', component: Elsewhere },
          { path: 'login', component: Elsewhere },
        ]),
        { provide: ApiClient, useValue: backend.client() },
        { provide: Auth, useValue: auth },
        { provide: LiveAnnouncer, useValue: { announce } },
      ],
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    objectUrls.length = 0;
  });

  async function open(reference = REFERENCE): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/tickets/${reference}`, TicketDetailPage);
    await settle();
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  function host(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function q<T extends HTMLElement = HTMLElement>(testId: string): T | null {
    return host().querySelector<T>(`[data-testid="${testId}"]`);
  }

  function all(testId: string): HTMLElement[] {
    return Array.from(host().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
  }

  function texts(element: Element | null, selector: string): string[] {
    return Array.from(element?.querySelectorAll(selector) ?? []).map(text);
  }

  function click(testId: string): void {
    const element = q(testId);
    if (!element) throw new Error(`no ${testId}`);
    element.click();
  }

  function type(testId: string, value: string): void {
    const field = q<HTMLInputElement | HTMLTextAreaElement>(testId);
    if (!field) throw new Error(`no ${testId}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('shows the ticket header: reference, priority, score, SLA, customer, order and product', async () => {
    await open();

    expect(text(q('ticket-reference'))).toBe(REFERENCE);
    expect(text(q('ticket-priority'))).toBe('P0 Critique');
    expect(text(q('ticket-status'))).toBe('Transmis à un conseiller');
    expect(text(q('ticket-score'))).toBe('114/130');
    expect(texts(q('ticket-sla'), 'mdf-sla-countdown')).toEqual([
      'Réponse dans 03:25:10',
      'Intervention dans 23:00:00',
    ]);
    expect(texts(q('ticket-customer'), 'span, a')).toEqual([
      'Jeanne Dupont',
      'jeanne.dupont@example.fr',
      '+33612345678',
    ]);
    expect(text(q('ticket-order'))).toBe('CMD-2026-004512');
    expect(text(q('ticket-product'))).toBe('CAN-OSLO-3P-NOI');
  });

  it('lists every priority factor with its points and detail, and the total score', async () => {
    await open();

    const rows = all('analysis-factor');
    expect(rows.map((row) => row.dataset['factor'])).toEqual([
      'category',
      'severity',
      'productAge',
      'warranty',
      'customerTier',
      'criticalWords',
      'previousClaims',
      'productValue',
    ]);
    expect(texts(rows[0], 'th, td')).toEqual([
      'Catégorie du problème',
      '30',
      'Structure : 30 points',
    ]);
    expect(texts(rows[5], 'th, td')).toEqual([
      'Mots signalant un danger',
      '10',
      'Danger signalé : 10 points',
    ]);
    expect(texts(q('analysis-total'), 'th, td')).toEqual(['Total', '114/130', 'P0 Critique']);
    const points = texts(q('analysis-factors'), '[data-testid="factor-points"]').map(Number);
    expect(points.reduce((sum, value) => sum + value, 0)).toBe(114);
    expect(text(q('analysis-confidence'))).toBe('86\u00a0%');
    expect(texts(q('analysis-symptoms'), 'li')).toEqual(['pied cassé', 'chute']);
    expect(text(q('analysis-tone'))).toBe('pressant, urgence critique');
    expect(text(q('analysis-decision'))).toBe('Transmission à un conseiller');
    expect(text(q('analysis-reasons'))).toBe('Priorité P0 : un conseiller prend la main.');
  });

  it('gives the warranty verdict with component, expiry, exclusions and reason', async () => {
    await open();

    expect(text(q('warranty-verdict'))).toBe('✓ Couvert par la garantie');
    expect(text(q('warranty-component'))).toBe('Structure');
    expect(text(q('warranty-expires'))).toBe('20 octobre 2031');
    expect(text(q('warranty-exclusions'))).toBe('Aucune');
    expect(text(q('warranty-reason'))).toBe(
      'La structure est garantie 5 ans à compter de la livraison.',
    );
  });

  it('names the exclusions of a claim the warranty does not cover', async () => {
    const ticket = workspace();
    ticket.analysis.warranty = {
      component: 'fabric',
      covered: false,
      exclusions: ['stain', 'pet_damage'],
      reason: 'Les taches ne sont pas couvertes.',
      alternatives: ['Kit de nettoyage'],
    };
    backend.on('GET', TICKET_URL, ticket);
    await open();

    expect(text(q('warranty-verdict'))).toBe('✕ Non couvert par la garantie');
    expect(text(q('warranty-expires'))).toBe('Date inconnue');
    expect(texts(q('warranty-exclusions'), 'li')).toEqual(['tache', 'dégât d’animal']);
    expect(text(q('warranty'))).toContain('Kit de nettoyage');
  });

  it('offers one button per allowed transition, and no other', async () => {
    await open();

    const buttons = Array.from(
      host().querySelectorAll<HTMLElement>('[data-testid^="transition-"]'),
    ).filter((element) => element.tagName === 'BUTTON');
    expect(buttons.map((button) => button.dataset['testid'])).toEqual([
      'transition-in_progress',
      'transition-cancelled',
    ]);
    expect(text(q('transition-in_progress'))).toBe('Passer à «\u00a0En cours\u00a0»');
  });

  it('says when no transition is left', async () => {
    backend.on('GET', TICKET_URL, workspace({ status: 'closed', allowedTransitions: [] }));
    await open();

    expect(text(q('transitions-none'))).toContain('Aucun changement de statut possible');
  });

  it('moves the ticket with its note, then reads it again', async () => {
    backend.on('PATCH', TICKET_URL, workspace({ status: 'in_progress' }));
    await open();
    backend.on(
      'GET',
      TICKET_URL,
      workspace({ status: 'in_progress', allowedTransitions: ['resolved', 'cancelled'] }),
    );

    type('transition-note', '  Client rappelé, technicien jeudi.  ');
    await settle();
    click('transition-in_progress');
    await vi.waitFor(() => expect(backend.sent('PATCH', TICKET_URL)).toHaveLength(1));
    await settle();

    expect(backend.sent('PATCH', TICKET_URL)[0].body).toEqual({
      status: 'in_progress',
      note: 'Client rappelé, technicien jeudi.',
    });
    expect(backend.sent('GET', TICKET_URL)).toHaveLength(2);
    expect(text(q('ticket-status'))).toBe('En cours');
    expect(q('transition-resolved')).not.toBeNull();
    expect(q<HTMLTextAreaElement>('transition-note')?.value).toBe('');
    expect(announce).toHaveBeenCalledWith('Statut changé\u00a0: En cours.', 'polite');
  });

  it('explains a refused transition (409) and refreshes the ticket', async () => {
    backend.on('PATCH', TICKET_URL, () =>
      json(
        {
          title: 'Conflict',
          status: 409,
          detail: 'A ticket cannot go from closed to in_progress.',
        },
        409,
      ),
    );
    await open();

    click('transition-in_progress');
    await vi.waitFor(() => expect(text(q('actions-error'))).not.toBe(''));
    await settle();

    expect(q('actions-error')?.getAttribute('role')).toBe('alert');
    expect(text(q('actions-error'))).toBe(
      'Ce changement n’est plus possible\u00a0: le ticket a changé entre-temps. Le ticket a été actualisé. A ticket cannot go from closed to in_progress.',
    );
    expect(backend.sent('GET', TICKET_URL)).toHaveLength(2);
  });

  it('assigns the ticket to the agent, and unassigns it', async () => {
    backend.on('PATCH', TICKET_URL, workspace());
    await open();

    expect(q('unassign')).toBeNull();
    backend.on('GET', TICKET_URL, workspace({ assigneeId: AGENT.id }));
    click('assign-me');
    await vi.waitFor(() => expect(backend.sent('PATCH', TICKET_URL)).toHaveLength(1));
    expect(backend.sent('PATCH', TICKET_URL)[0].body).toEqual({ assigneeId: AGENT.id });

    await vi.waitFor(() => expect(backend.sent('GET', TICKET_URL)).toHaveLength(2));
    await settle();
    expect(q('unassign')).not.toBeNull();
    expect(q('assign-me')).toBeNull();
    expect(text(q('assignee'))).toBe('Attribué à\u00a0: Vous');

    click('unassign');
    await vi.waitFor(() => expect(backend.sent('PATCH', TICKET_URL)).toHaveLength(2));
    expect(backend.sent('PATCH', TICKET_URL)[1].body).toEqual({ assigneeId: null });
  });

  it('shows the transcript with each role, and posts a reply that clears the box', async () => {
    const reply = {
      id: 'm3',
      role: 'agent',
      text: 'Un technicien passe jeudi.',
      createdAt: new Date(NOW).toISOString(),
    };
    backend.on('POST', `${TICKET_URL}/messages`, () => json(reply, 201));
    await open();

    expect(all('transcript-message').map((m) => m.dataset['role'])).toEqual(['customer', 'bot']);
    expect(text(all('transcript-message')[0])).toContain('Client');

    type('reply-input', '  Un technicien passe jeudi.  ');
    await settle();
    click('reply-send');
    await vi.waitFor(() => expect(backend.sent('POST', `${TICKET_URL}/messages`)).toHaveLength(1));
    await settle();

    expect(backend.sent('POST', `${TICKET_URL}/messages`)[0].body).toEqual({
      text: 'Un technicien passe jeudi.',
    });
    expect(q<HTMLTextAreaElement>('reply-input')?.value).toBe('');
    expect(all('transcript-message').map((m) => m.dataset['role'])).toEqual([
      'customer',
      'bot',
      'agent',
    ]);
    expect(announce).toHaveBeenCalledWith('Message envoyé au client.', 'polite');
  });

  it('keeps the reply and says why when it cannot be sent', async () => {
    backend.on('POST', `${TICKET_URL}/messages`, () =>
      json({ title: 'Bad Gateway', status: 502 }, 502),
    );
    await open();

    click('reply-send');
    await settle();
    expect(text(q('reply-error'))).toBe('Écrivez un message avant de l’envoyer.');
    expect(backend.sent('POST', `${TICKET_URL}/messages`)).toHaveLength(0);

    type('reply-input', 'Bonjour');
    click('reply-send');
    await vi.waitFor(() =>
      expect(text(q('reply-error'))).toBe('Le message n’a pas été envoyé. Réessayez.'),
    );
    expect(q<HTMLTextAreaElement>('reply-input')?.value).toBe('Bonjour');
  });

  it('adds the conversation’s live messages once, and shows an agent typing', async () => {
    await open();
    const chat = backend.stream(`/api/v1/chat/sessions/${workspace().sessionId}/events`);
    const message = {
      id: 'm9',
      role: 'customer',
      text: 'Merci, je serai là jeudi.',
      createdAt: new Date(NOW).toISOString(),
    };

    chat.send(
      'message',
      { message, sessionId: workspace().sessionId, createdAt: message.createdAt },
      '10',
    );
    chat.send(
      'message',
      { message, sessionId: workspace().sessionId, createdAt: message.createdAt },
      '11',
    );
    chat.send('typing', { active: true, createdAt: new Date(NOW).toISOString() }, '12');
    await vi.waitFor(() => expect(all('transcript-message')).toHaveLength(3));
    await settle();

    expect(all('transcript-message')[2].dataset['role']).toBe('customer');
    expect(text(q('transcript-typing'))).toBe('Un conseiller est en train d’écrire…');
    expect(announce).toHaveBeenCalledWith(
      'Nouveau message du client\u00a0: Merci, je serai là jeudi.',
      'polite',
    );
  });

  it('tells the customer the agent is typing, and does not show the agent their own typing', async () => {
    const sessionId = workspace().sessionId as string;
    const typingUrl = `/api/v1/chat/sessions/${sessionId}/typing`;
    backend.on('POST', typingUrl, () => new Response(null, { status: 204 }));
    backend.on('POST', `${TICKET_URL}/messages`, () =>
      json(
        { id: 'm10', role: 'agent', text: 'Bonjour', createdAt: new Date(NOW).toISOString() },
        201,
      ),
    );
    await open();
    const typing = () =>
      backend.sent('POST', typingUrl).map((r) => r.body as Record<string, unknown>);

    type('reply-input', 'Bon');
    await vi.waitFor(() => expect(typing()).toHaveLength(1));
    const clientId = typing()[0]['clientId'];
    expect(typing()[0]).toEqual({ active: true, clientId: expect.any(String) });

    // Renewed every few seconds while the agent writes, not at every keystroke.
    type('reply-input', 'Bonj');
    type('reply-input', 'Bonjo');
    vi.setSystemTime(NOW + 3_500);
    type('reply-input', 'Bonjour');
    await vi.waitFor(() => expect(typing()).toHaveLength(2));
    expect(typing()[1]).toEqual({ active: true, clientId });

    // Its own typing, echoed by the conversation's stream, is not "an agent is typing".
    const chat = backend.stream(`/api/v1/chat/sessions/${sessionId}/events`);
    chat.send(
      'typing',
      { active: true, clientId, createdAt: new Date(NOW + 3_500).toISOString() },
      '20',
    );
    await settle();
    expect(text(q('transcript-typing'))).toBe('');
    chat.send(
      'typing',
      { active: true, clientId: 'another-screen', createdAt: new Date(NOW + 3_500).toISOString() },
      '21',
    );
    await vi.waitFor(() =>
      expect(text(q('transcript-typing'))).toBe('Un conseiller est en train d’écrire…'),
    );

    // Sending the reply ends the indicator.
    click('reply-send');
    await vi.waitFor(() => expect(typing()).toHaveLength(3));
    expect(typing()[2]).toEqual({ active: false, clientId });
  });

  it('has no reply box for a ticket without a conversation', async () => {
    backend.on('GET', TICKET_URL, workspace({ sessionId: null, messages: [], source: 'partner' }));
    await open();

    expect(q('reply-input')).toBeNull();
    expect(text(q('reply-unavailable'))).toContain('Pas de conversation');
    expect(backend.requests.some((r) => r.path.includes('/chat/sessions/'))).toBe(false);
  });

  it('shows photo thumbnails from the API, with the scan status, and keeps infected files out', async () => {
    await open();
    await vi.waitFor(() =>
      expect(host().querySelector('[data-testid="evidence-thumb"] img')).not.toBeNull(),
    );

    expect(backend.sent('GET', '/api/v1/uploads/f1')).toHaveLength(1);
    // Videos load when opened; infected files are never asked for.
    expect(backend.sent('GET', '/api/v1/uploads/f2')).toHaveLength(0);
    expect(backend.sent('GET', '/api/v1/uploads/f3')).toHaveLength(0);
    expect(all('evidence-thumb')).toHaveLength(2);
    expect(all('evidence-thumb')[0].getAttribute('aria-label')).toBe(
      'Agrandir\u00a0: Photo 1 sur 3',
    );
    expect(host().querySelector('[data-testid="evidence-thumb"] img')?.getAttribute('src')).toBe(
      'blob:test/1',
    );
    expect(all('evidence-scan').map(text)).toEqual([
      'Antivirus\u00a0: sain',
      'Antivirus\u00a0: non analysé',
      'Antivirus\u00a0: infecté, fichier supprimé',
    ]);
  });

  it('opens the lightbox, moves with the arrow keys and closes with Escape', async () => {
    await open();
    await vi.waitFor(() =>
      expect(host().querySelector('[data-testid="evidence-thumb"] img')).not.toBeNull(),
    );

    all('evidence-thumb')[0].click();
    await settle();
    const lightbox = document.querySelector<HTMLElement>('[data-testid="lightbox"]');
    if (!lightbox) throw new Error('no lightbox');
    expect(text(lightbox.querySelector('[data-testid="lightbox-title"]'))).toBe('Photo 1 sur 2');
    expect(lightbox.querySelector('[data-testid="lightbox-image"]')?.getAttribute('src')).toBe(
      'blob:test/1',
    );

    lightbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await vi.waitFor(() =>
      expect(lightbox.querySelector('[data-testid="lightbox-video"]')).not.toBeNull(),
    );
    expect(text(lightbox.querySelector('[data-testid="lightbox-title"]'))).toBe('Vidéo 2 sur 2');
    expect(backend.sent('GET', '/api/v1/uploads/f2')).toHaveLength(1);

    lightbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await settle();
    expect(text(lightbox.querySelector('[data-testid="lightbox-title"]'))).toBe('Photo 1 sur 2');

    lightbox.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }),
    );
    await vi.waitFor(() => expect(document.querySelector('[data-testid="lightbox"]')).toBeNull());
  });

  it('revokes the object URLs when the page goes away', async () => {
    await open();
    await vi.waitFor(() => expect(objectUrls).toHaveLength(1));

    await harness.navigateByUrl('/tickets');

    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('shows the timeline, recap and validation', async () => {
    await open();

    const entries = Array.from(q('timeline')?.querySelectorAll('li') ?? []);
    expect(entries.map((entry) => entry.dataset['kind'])).toEqual(['created', 'status_change']);
    expect(text(entries[1])).toContain('Décision en attente → Transmis à un conseiller');
    expect(text(entries[1])).toContain('par le système');
    expect(text(entries[0])).toContain('par le client');
    expect(text(q('recap-status'))).toMatch(/^Envoyé le /);
    expect(text(q('validation-status'))).toBe('En attente');
  });

  it('names colleagues in the timeline and as assignee, and falls back to their role', async () => {
    const colleague = '0f6c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5';
    const base = workspace();
    backend.on(
      'GET',
      TICKET_URL,
      workspace({
        assigneeId: colleague,
        timeline: [
          ...base.timeline,
          {
            at: new Date(NOW - 5 * 60_000).toISOString(),
            actor: `user:${colleague}`,
            kind: 'note',
            from: null,
            to: null,
            note: 'Client rappelé.',
          },
          {
            at: new Date(NOW - 4 * 60_000).toISOString(),
            actor: 'user:3c2b1a09-8f7e-4d6c-9b5a-493827160504',
            kind: 'note',
            from: null,
            to: null,
            note: 'Vu.',
          },
        ],
      }),
    );
    backend.on('GET', '/api/v1/users/directory', [
      { id: colleague, name: 'Léa Roux', role: 'agent', active: true },
      { id: AGENT.id, name: AGENT.name, role: 'agent', active: true },
    ]);
    await open();

    await vi.waitFor(() => expect(text(q('ticket-assignee'))).toBe('Léa Roux'));
    const entries = Array.from(q('timeline')?.querySelectorAll('li') ?? []);
    expect(text(entries[2])).toContain('par Léa Roux');
    // Someone the directory does not list (deleted since): their role.
    expect(text(entries[3])).toContain('par un conseiller');
    expect(backend.sent('GET', '/api/v1/users/directory')).toHaveLength(1);
  });

  it('downloads the dossier as a PDF', async () => {
    backend.on(
      'GET',
      `${TICKET_URL}/dossier`,
      () =>
        new Response(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), {
          headers: { 'Content-Type': 'application/pdf' },
        }),
    );
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    await open();

    click('dossier-pdf');
    await vi.waitFor(() => expect(clicks).toEqual([`dossier-${REFERENCE}.pdf`]));

    expect(backend.sent('GET', `${TICKET_URL}/dossier`)[0].headers.get('Accept')).toBe(
      'application/pdf',
    );
  });

  it('reads the ticket again when the staff feed says it changed', async () => {
    await open();
    const feed = backend.stream('/api/v1/tickets/events');

    feed.send('ticket', feedChange({ reference: 'SAV-2026-000099' }));
    feed.send('ticket', feedChange({ reference: REFERENCE, change: 'assignment' }));
    await vi.waitFor(() => expect(backend.sent('GET', TICKET_URL)).toHaveLength(2));
  });

  it('says when the ticket does not exist', async () => {
    await open('SAV-2026-999999');

    expect(text(q('ticket-not-found'))).toBe('Le ticket SAV-2026-999999 n’existe pas.');
  });

  it('goes to the sign-in page when the session ends', async () => {
    await open();

    auth.signOut();
    await settle();

    expect(TestBed.inject(Router).url).toBe(`/login?returnUrl=%2Ftickets%2F${REFERENCE}`);
  });
});
