import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './index';
import type { MdfChat } from './mdf-chat';

const API = 'http://api.test';
const SITE = 'site_test_shop';
const SESSION_ID = '6f1c2a3b-1111-4222-8333-444455556666';

/** A text/event-stream body the test writes to frame by frame. */
function eventStream() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    response: new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    send(event: string, data: unknown, id?: string) {
      controller.enqueue(
        encoder.encode(
          `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
        ),
      );
    },
    close() {
      controller.close();
    },
  };
}

function sse(frames: [string, unknown][]): Response {
  const text = frames.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join('');
  return new Response(text, { headers: { 'Content-Type': 'text/event-stream' } });
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type, ...headers },
  });
}

interface Call {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

/** Routes the widget's requests to per-route handlers and records them. */
class FakeApi {
  calls: Call[] = [];
  events = eventStream();
  createSession = vi.fn((): Response =>
    json(
      {
        sessionId: SESSION_ID,
        token: 'tok-1',
        expiresAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
        greeting: 'Bienvenue chez Meuble de France !',
        theme: { primaryColor: '#ffd400', position: 'bottom-left' },
      },
      201,
    ),
  );
  appearance = vi.fn((): Response =>
    json({ theme: { primaryColor: '#7a1f1f', position: 'bottom-left' } }),
  );
  history = vi.fn((): Response => json({ items: [] }));
  send = vi.fn<(body: unknown) => Response>(() => sse([['done', { state: 'browsing' }]]));
  rate = vi.fn((): Response =>
    json({ score: 4, comment: null, replaced: false, thanks: 'Merci pour votre note !' }, 201),
  );

  readonly fetch = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    const body = input.method === 'GET' ? undefined : await input.clone().json();
    const call = { method: input.method, path: url.pathname, headers: input.headers, body };
    this.calls.push(call);
    const path = url.pathname;
    if (input.method === 'POST' && path === '/api/v1/chat/sessions') return this.createSession();
    if (input.method === 'GET' && path.endsWith('/appearance')) return this.appearance();
    if (path.endsWith('/events')) return this.events.response;
    if (input.method === 'GET' && path.endsWith('/messages')) return this.history();
    if (input.method === 'POST' && path.endsWith('/messages')) return this.send(body);
    if (input.method === 'POST' && path.endsWith('/rating')) return this.rate();
    return json({ title: 'Not Found', status: 404 }, 404);
  });

  callsTo(method: string, suffix: string): Call[] {
    return this.calls.filter((c) => c.method === method && c.path.endsWith(suffix));
  }
}

const product = {
  sku: 'CAN-HON-3P-GR',
  name: 'Canapé Honfleur 3 places',
  category: 'sofa',
  price: 949,
  promoPrice: 799,
  dimensions: { widthCm: 210, depthCm: 95, heightCm: 85 },
  seats: 3,
  colors: ['gris', 'beige'],
  materials: ['tissu'],
  inStock: false,
  deliveryDays: 21,
  rating: 4.4,
  reviewCount: 128,
};

let api: FakeApi;
let el: MdfChat;

function $(selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(selector: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}

function mount(attributes: Record<string, string> = {}): MdfChat {
  el = document.createElement('mdf-chat') as MdfChat;
  el.setAttribute('site-key', SITE);
  el.setAttribute('api-base', API);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

async function openPanel(): Promise<void> {
  await el.updateComplete;
  $('[data-testid=launcher]')!.click();
  await el.updateComplete;
  await vi.waitFor(() => expect(api.createSession).toHaveBeenCalled());
}

async function type(text: string): Promise<void> {
  const input = $('[data-testid=message-input]') as HTMLTextAreaElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function sendText(text: string): Promise<void> {
  await type(text);
  ($('[data-testid=send-button]') as HTMLButtonElement).click();
  await el.updateComplete;
}

function messages(role?: string): HTMLElement[] {
  return $$('[data-testid=message]').filter(
    (m) => !m.hasAttribute('data-greeting') && (!role || m.dataset['role'] === role),
  );
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.setAttribute('lang', 'fr');
  api = new FakeApi();
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  el?.remove();
  vi.unstubAllGlobals();
});

describe('<mdf-chat> panel', () => {
  it('opens a labelled dialog from the launcher, moves focus into it, and Escape brings it back', async () => {
    mount();
    await el.updateComplete;
    const launcher = $('[data-testid=launcher]') as HTMLButtonElement;
    expect($('[data-testid=panel]')!.hidden).toBe(true);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');

    await openPanel();
    const panel = $('[data-testid=panel]')!;
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('role')).toBe('dialog');
    expect($(`#${panel.getAttribute('aria-labelledby')}`)!.textContent).toBe('Meuble de France');
    expect(el.shadowRoot!.activeElement).toBe($('[data-testid=message-input]'));
    expect(launcher.getAttribute('aria-expanded')).toBe('true');

    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(panel.hidden).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(launcher);
  });

  it('opens a session for its site key, stores it, and takes the site theme', async () => {
    mount();
    await openPanel();
    expect(api.callsTo('POST', '/chat/sessions')[0].body).toEqual({ siteKey: SITE, locale: 'fr' });
    await vi.waitFor(() =>
      expect($('[data-greeting] .bubble')!.textContent).toBe('Bienvenue chez Meuble de France !'),
    );
    const stored = JSON.parse(localStorage.getItem(`mdf-chat:${SITE}:session`)!);
    expect(stored).toMatchObject({ sessionId: SESSION_ID, token: 'tok-1', apiBase: API });
    expect(el.getAttribute('data-position')).toBe('bottom-left');
    const root = $('.root')!;
    expect(root.style.getPropertyValue('--mdf-brand')).toBe('#ffd400');
    // Yellow is light: text on it is dark.
    expect(root.style.getPropertyValue('--mdf-on-brand')).toBe('#000000');
    expect($('[data-testid=transcript]')!.getAttribute('role')).toBe('log');
    expect($('[data-testid=transcript]')!.getAttribute('aria-live')).toBe('polite');
  });

  it("wears the site's colours on a first visit before any chat is opened, and remembers them", async () => {
    mount();
    await vi.waitFor(() => expect(api.appearance).toHaveBeenCalledTimes(1));
    expect(api.callsTo('GET', '/appearance')[0].path).toBe(`/api/v1/chat/sites/${SITE}/appearance`);
    await vi.waitFor(() =>
      expect($('.root')!.style.getPropertyValue('--mdf-brand')).toBe('#7a1f1f'),
    );
    // Dark red: text on it is white.
    expect($('.root')!.style.getPropertyValue('--mdf-on-brand')).toBe('#ffffff');
    expect(el.getAttribute('data-position')).toBe('bottom-left');
    expect(api.createSession).not.toHaveBeenCalled();
    el.remove();
    // The next page reads them from storage.
    mount();
    await el.updateComplete;
    expect($('.root')!.style.getPropertyValue('--mdf-brand')).toBe('#7a1f1f');
    expect(api.appearance).toHaveBeenCalledTimes(1);
  });

  it('keeps the default look, quietly, when the appearance cannot be read', async () => {
    api.appearance.mockImplementation(() => json({ title: 'Forbidden', status: 403 }, 403));
    mount();
    await vi.waitFor(() => expect(api.appearance).toHaveBeenCalledTimes(1));
    await el.updateComplete;
    expect($('.root')!.style.getPropertyValue('--mdf-brand')).toBe('#1f4e79');
    expect(el.getAttribute('data-position')).toBe('bottom-right');
    // Nothing says the service is down: the chat itself has not been tried.
    expect($('.statusbar')!.classList.contains('offline')).toBe(false);
  });

  it('starts opened with the open attribute, without taking the focus from the page', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    mount({ open: '' });
    await vi.waitFor(() => expect(api.createSession).toHaveBeenCalledTimes(1));
    expect($('[data-testid=panel]')!.hidden).toBe(false);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});

describe('<mdf-chat> conversation', () => {
  it('streams a reply, then shows its products, quick replies and ticket card', async () => {
    const reply = eventStream();
    api.send.mockImplementation(() => reply.response);
    mount();
    await openPanel();
    await sendText('Je cherche un canapé gris');

    await vi.waitFor(() => expect(api.callsTo('POST', '/messages')).toHaveLength(1));
    const body = api.callsTo('POST', '/messages')[0];
    expect(body.headers.get('Accept')).toBe('text/event-stream');
    expect(body.headers.get('Authorization')).toBe('Bearer tok-1');
    expect(body.body).toMatchObject({ text: 'Je cherche un canapé gris' });
    expect((body.body as { clientMessageId: string }).clientMessageId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(messages('customer')[0].querySelector('.bubble')!.textContent).toBe(
      'Je cherche un canapé gris',
    );

    reply.send('delta', { text: 'Voici ce que ' });
    reply.send('delta', { text: 'je vous propose :' });
    await vi.waitFor(() =>
      expect(messages('bot')[0]?.querySelector('.bubble')!.textContent).toBe(
        'Voici ce que je vous propose :',
      ),
    );
    expect(messages('bot')[0].getAttribute('aria-busy')).toBe('true');

    reply.send('message', {
      message: { id: 'm-1', role: 'customer', text: 'Je cherche un canapé gris', createdAt: '' },
      reply: {
        id: 'r-1',
        role: 'bot',
        text: 'Voici ce que je vous propose : <b>pas du HTML</b>',
        createdAt: '',
        products: [product],
        quickReplies: ['Moins cher', 'Parler à un conseiller'],
        ticket: { reference: 'SAV-2026-000042', status: 'evidence_collection', priority: 'P1' },
      },
    });
    reply.send('done', { state: 'browsing' });
    reply.close();

    await vi.waitFor(() => expect($$('[data-testid=product-card]')).toHaveLength(1));
    const bot = messages('bot');
    expect(bot).toHaveLength(1);
    expect(bot[0].dataset['id']).toBe('r-1');
    expect(bot[0].getAttribute('aria-busy')).toBe('false');
    // Text is text: markup in a reply is shown, never interpreted.
    expect(bot[0].querySelector('b')).toBeNull();
    expect(bot[0].querySelector('.bubble')!.textContent).toContain('<b>pas du HTML</b>');

    const card = $('[data-testid=product-card]')!;
    expect(card.querySelector('h3')!.textContent).toBe('Canapé Honfleur 3 places');
    expect(card.querySelector('[data-testid=product-price]')!.textContent).toMatch(/799/);
    expect(card.querySelector('s[data-testid=product-old-price]')!.textContent).toMatch(/949/);
    expect(card.textContent).toContain('210 × 95 × 85 cm');
    expect(card.textContent).toContain('gris, beige');
    expect(card.querySelector('[data-testid=product-stock]')!.textContent).toContain(
      'Livraison sous 21 jours',
    );
    expect(card.querySelector('[role=img]')!.getAttribute('aria-label')).toBe(
      'Note 4,4 sur 5, 128 avis',
    );

    expect($$('[data-testid=quick-reply]').map((b) => b.textContent!.trim())).toEqual([
      'Moins cher',
      'Parler à un conseiller',
    ]);
    const ticket = $('[data-testid=ticket-card]')!;
    expect(ticket.querySelector('[data-testid=ticket-reference]')!.textContent).toBe(
      'SAV-2026-000042',
    );
    expect(ticket.textContent).toContain('En attente de photos');
    expect(ticket.textContent).toContain('Réponse sous 24 heures, intervention sous 48 heures');
    expect(messages('customer')[0].dataset['id']).toBe('m-1');
  });

  it('sends a quick reply when it is clicked', async () => {
    api.send.mockImplementationOnce(() =>
      sse([
        [
          'message',
          {
            message: { id: 'm-1', role: 'customer', text: 'Bonjour', createdAt: '' },
            reply: {
              id: 'r-1',
              role: 'bot',
              text: 'Que cherchez-vous ?',
              createdAt: '',
              quickReplies: ['Un canapé', 'Un lit'],
            },
          },
        ],
        ['done', { state: 'browsing' }],
      ]),
    );
    mount();
    await openPanel();
    await sendText('Bonjour');
    await vi.waitFor(() => expect($$('[data-testid=quick-reply]')).toHaveLength(2));
    $$('[data-testid=quick-reply]')[1].click();
    await vi.waitFor(() => expect(api.send).toHaveBeenCalledTimes(2));
    expect(api.send.mock.calls[1][0]).toMatchObject({ text: 'Un lit' });
  });

  it('shows the evidence request and the claim recap', async () => {
    api.send.mockImplementationOnce(() =>
      sse([
        [
          'message',
          {
            message: { id: 'm-1', role: 'customer', text: 'Le pied est cassé', createdAt: '' },
            reply: {
              id: 'r-1',
              role: 'bot',
              text: 'Pouvez-vous nous envoyer des photos ?',
              createdAt: '',
              evidenceRequest: {
                photos: 2,
                videos: 0,
                shots: ['Vue d’ensemble du canapé', 'Gros plan sur le pied cassé'],
                received: { photos: 0, videos: 0 },
              },
              recap: {
                reference: 'SAV-2026-000043',
                title: 'Récapitulatif de votre réclamation',
                lines: [{ label: 'Produit', value: 'Canapé Honfleur' }],
                nextSteps: ['Un technicien vous appelle'],
                deadline: '2026-11-04T09:30:00.000Z',
                emailedTo: 'j***@example.fr',
              },
            },
          },
        ],
      ]),
    );
    mount();
    await openPanel();
    await sendText('Le pied est cassé');
    await vi.waitFor(() => expect($('[data-testid=evidence-request]')).not.toBeNull());
    const evidence = $('[data-testid=evidence-request]')!;
    expect(evidence.textContent).toContain('Photos : 2');
    expect(evidence.textContent).toContain('Gros plan sur le pied cassé');
    const recap = $('[data-testid=recap-card]')!;
    expect(recap.textContent).toContain('Canapé Honfleur');
    expect(recap.textContent).toContain('Un technicien vous appelle');
    expect(recap.textContent).toContain('j***@example.fr');
  });
});

describe('<mdf-chat> sessions', () => {
  function storeSession(expiresInMs = 24 * 3600_000): void {
    localStorage.setItem(
      `mdf-chat:${SITE}:session`,
      JSON.stringify({
        sessionId: 'old-session',
        token: 'tok-old',
        expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
        apiBase: API,
        locale: 'fr',
        greeting: 'Re-bonjour',
        lastEventId: '99',
      }),
    );
  }

  it('resumes the stored session after a reload: the transcript comes back, no new session', async () => {
    storeSession();
    api.history.mockImplementation(() =>
      json({
        items: [
          { id: 'a', role: 'customer', text: 'Où en est mon dossier ?', createdAt: '' },
          { id: 'b', role: 'agent', text: 'Un technicien passe jeudi.', createdAt: '' },
        ],
      }),
    );
    mount();
    await vi.waitFor(() => expect(messages()).toHaveLength(2));
    expect(api.createSession).not.toHaveBeenCalled();
    const history = api.callsTo('GET', '/chat/sessions/old-session/messages')[0];
    expect(history.headers.get('Authorization')).toBe('Bearer tok-old');
    expect(messages('agent')[0].querySelector('.bubble')!.textContent).toBe(
      'Un technicien passe jeudi.',
    );
    await vi.waitFor(() => expect(api.callsTo('GET', '/events')).toHaveLength(1));
    expect(api.callsTo('GET', '/events')[0].headers.get('Last-Event-ID')).toBe('99');
  });

  it('starts a new session when the stored one is refused (401)', async () => {
    storeSession();
    api.history.mockImplementation(() => json({ title: 'Unauthorized', status: 401 }, 401));
    mount();
    await vi.waitFor(() => expect(api.createSession).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect($('[data-testid=notice]')!.textContent).toContain('a expiré'));
    expect(JSON.parse(localStorage.getItem(`mdf-chat:${SITE}:session`)!).sessionId).toBe(
      SESSION_ID,
    );
  });

  it('does not resume an expired session', async () => {
    storeSession(-1000);
    mount();
    await el.updateComplete;
    expect(api.history).not.toHaveBeenCalled();
    await openPanel();
    expect(api.createSession).toHaveBeenCalledTimes(1);
  });
});

describe('<mdf-chat> network failures', () => {
  it('marks a failed message "not sent" and resends it with the same clientMessageId', async () => {
    api.send
      .mockImplementationOnce(() => json({ title: 'Bad Gateway', status: 502 }, 502))
      .mockImplementationOnce(() =>
        sse([
          [
            'message',
            {
              message: { id: 'm-1', role: 'customer', text: 'Bonjour', createdAt: '' },
              reply: { id: 'r-1', role: 'bot', text: 'Bonjour !', createdAt: '' },
            },
          ],
        ]),
      );
    mount();
    await openPanel();
    await sendText('Bonjour');
    await vi.waitFor(() => expect($('[data-testid=delivery]')?.dataset['state']).toBe('failed'));
    expect($('[data-testid=retry-button]')!.textContent).toContain('Réessayer');
    const pending = JSON.parse(localStorage.getItem(`mdf-chat:${SITE}:outbox`)!);
    expect(pending).toHaveLength(1);

    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(messages('bot')).toHaveLength(1));
    const ids = api.send.mock.calls.map(
      ([b]) => (b as { clientMessageId: string }).clientMessageId,
    );
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[0]).toBe(pending[0].clientMessageId);
    expect(messages('customer')).toHaveLength(1);
    expect($('[data-testid=delivery]')).toBeNull();
    expect(localStorage.getItem(`mdf-chat:${SITE}:outbox`)).toBeNull();
  });

  it('shows a refused message with the server reason and does not retry it', async () => {
    api.send.mockImplementationOnce(() =>
      json({ title: 'Bad Request', status: 400, detail: 'text must be shorter' }, 400),
    );
    mount();
    await openPanel();
    await sendText('x');
    await vi.waitFor(() => expect($('[data-testid=delivery]')?.dataset['state']).toBe('rejected'));
    expect($('[data-testid=delivery]')!.textContent).toContain('text must be shorter');
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(api.send).toHaveBeenCalledTimes(1);
  });
});

describe('<mdf-chat> live events', () => {
  it('shows agent replies once, the typing indicator, ticket changes and the rating prompt', async () => {
    mount();
    await openPanel();
    await vi.waitFor(() => expect(api.callsTo('GET', '/events')).toHaveLength(1));
    const events = api.events;

    events.send('typing', { active: true, createdAt: new Date().toISOString() }, '1');
    await vi.waitFor(() =>
      expect($('[data-testid=status]')!.textContent).toContain('Un conseiller écrit'),
    );

    const agentLine = {
      id: 'ag-1',
      role: 'agent',
      text: 'Bonjour, je suis Claire.',
      createdAt: '',
    };
    events.send('message', { message: agentLine }, '2');
    events.send('message', { message: agentLine }, '3');
    await vi.waitFor(() => expect(messages('agent')).toHaveLength(1));
    expect($('[data-testid=status]')!.textContent!.trim()).toBe('');
    expect(JSON.parse(localStorage.getItem(`mdf-chat:${SITE}:session`)!).lastEventId).toBe('3');

    events.send('ticket', { reference: 'SAV-2026-000042', status: 'in_progress', priority: 'P1' });
    await vi.waitFor(() =>
      expect($('[data-testid=notice]')?.textContent).toContain(
        'Dossier SAV-2026-000042 : En cours de traitement',
      ),
    );

    events.send('rating_request', {});
    await vi.waitFor(() => expect($$('[data-testid=rating-star]')).toHaveLength(5));
    const stars = $$('[data-testid=rating-star]');
    expect(stars.map((s) => s.getAttribute('aria-label'))).toEqual([
      '1 sur 5',
      '2 sur 5',
      '3 sur 5',
      '4 sur 5',
      '5 sur 5',
    ]);
    stars[3].click();
    await el.updateComplete;
    expect(stars[3].getAttribute('aria-pressed')).toBe('true');
    const comment = $('[data-testid=rating-comment]') as HTMLTextAreaElement;
    comment.value = 'Très rapide';
    comment.dispatchEvent(new Event('input'));
    await el.updateComplete;
    ($('[data-testid=rating-submit]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(api.rate).toHaveBeenCalled());
    expect(api.callsTo('POST', '/rating')[0].body).toEqual({ score: 4, comment: 'Très rapide' });
    await vi.waitFor(() => expect($('[data-testid=rating]')).toBeNull());
    expect($$('[data-testid=notice]').at(-1)!.textContent).toContain('Merci pour votre note');
  });

  it('asks for the rating with its own form instead of the reply buttons', async () => {
    api.send.mockImplementationOnce(() =>
      sse([
        [
          'message',
          {
            message: { id: 'm-1', role: 'customer', text: 'Merci, au revoir', createdAt: '' },
            reply: {
              id: 'r-1',
              role: 'bot',
              text: 'Pourriez-vous noter cette conversation de 1 à 5 ?',
              createdAt: '',
              quickReplies: ['1', '2', '3', '4', '5'],
              ratingRequest: true,
            },
          },
        ],
      ]),
    );
    api.rate.mockImplementationOnce(() =>
      json({ score: 5, comment: null, replaced: false, thanks: 'Merci beaucoup !' }, 201),
    );
    mount();
    await openPanel();
    await sendText('Merci, au revoir');
    await vi.waitFor(() => expect($('[data-testid=rating]')).not.toBeNull());
    expect($$('[data-testid=quick-reply]')).toHaveLength(0);
    $$('[data-testid=rating-star]')[4].click();
    await el.updateComplete;
    ($('[data-testid=rating-submit]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect($('[data-testid=rating]')).toBeNull());
    expect(api.callsTo('POST', '/rating')[0].body).toEqual({ score: 5 });
    expect(JSON.parse(localStorage.getItem(`mdf-chat:${SITE}:session`)!).rated).toBe(true);
  });

  it('counts replies that arrive while the panel is closed', async () => {
    mount();
    await openPanel();
    await vi.waitFor(() => expect(api.callsTo('GET', '/events')).toHaveLength(1));
    $('[data-testid=close-button]')!.click();
    await el.updateComplete;
    api.events.send('message', {
      message: { id: 'ag-9', role: 'agent', text: 'Êtes-vous là ?', createdAt: '' },
    });
    await vi.waitFor(() => expect($('[data-testid=unread]')?.textContent).toContain('1'));
  });
});

describe('<mdf-chat> languages', () => {
  it('sets dir=rtl on the panel for Arabic, and its labels', async () => {
    mount({ locale: 'ar' });
    await el.updateComplete;
    const panel = $('[data-testid=panel]')!;
    expect(panel.getAttribute('dir')).toBe('rtl');
    expect($('[data-testid=send-button]')!.getAttribute('aria-label')).toBe('إرسال');
    expect(($('[data-testid=language-select]') as HTMLSelectElement).value).toBe('ar');
  });

  it('takes the page language when there is no locale attribute', async () => {
    document.documentElement.setAttribute('lang', 'de-DE');
    mount();
    await el.updateComplete;
    expect($('[data-testid=send-button]')!.getAttribute('aria-label')).toBe('Senden');
  });

  it('switches every label from the language menu, sends nothing, and remembers the choice', async () => {
    mount();
    await openPanel();
    const callsBefore = api.calls.length;
    expect($('[data-testid=send-button]')!.getAttribute('aria-label')).toBe('Envoyer');

    const select = $('[data-testid=language-select]') as HTMLSelectElement;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;

    expect($('[data-testid=send-button]')!.getAttribute('aria-label')).toBe('Send');
    expect(($('[data-testid=message-input]') as HTMLTextAreaElement).placeholder).toBe(
      'Type your message…',
    );
    expect($('[data-greeting] .bubble')!.textContent).toContain('Hello!');
    expect($('[data-testid=panel]')!.getAttribute('dir')).toBe('ltr');
    expect(api.calls.length).toBe(callsBefore);

    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($('[data-testid=panel]')!.getAttribute('dir')).toBe('rtl');

    el.remove();
    mount();
    await el.updateComplete;
    expect($('[data-testid=send-button]')!.getAttribute('aria-label')).toBe('إرسال');
  });
});

describe('<mdf-chat> uploads', () => {
  class FakeXhr {
    static last: FakeXhr | undefined;
    upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    status = 0;
    responseText = '';
    headers: Record<string, string> = {};
    url = '';
    form: FormData | undefined;
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(form: FormData) {
      this.form = form;
      FakeXhr.last = this;
    }
    abort() {
      this.onabort?.();
    }
    respond(status: number, body: unknown) {
      this.status = status;
      this.responseText = JSON.stringify(body);
      this.onload?.();
    }
  }

  beforeEach(() => {
    FakeXhr.last = undefined;
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    URL.createObjectURL = vi.fn(() => 'blob:preview');
    URL.revokeObjectURL = vi.fn();
  });

  function choose(...files: File[]): void {
    const input = $('[data-testid=upload-input]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('refuses a file that is not a photo or a video, with a clear message', async () => {
    mount();
    await openPanel();
    choose(new File(['%PDF'], 'facture.pdf', { type: 'application/pdf' }));
    await el.updateComplete;
    expect($('[data-testid=upload-errors]')!.textContent).toContain(
      'facture.pdf n’est ni une photo ni une vidéo.',
    );
    expect(FakeXhr.last).toBeUndefined();
  });

  it('uploads a photo with progress, then sends its id with the next message', async () => {
    mount();
    await openPanel();
    const photo = new File([new Uint8Array(60 * 1024)], 'pied.jpg', { type: 'image/jpeg' });
    choose(photo);
    await vi.waitFor(() => expect(FakeXhr.last).toBeDefined());
    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe(`${API}/api/v1/uploads`);
    expect(xhr.headers['Authorization']).toBe('Bearer tok-1');
    expect(xhr.form!.get('sessionId')).toBe(SESSION_ID);
    expect((xhr.form!.get('file') as File).name).toBe('pied.jpg');

    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 30, total: 100 } as ProgressEvent);
    await el.updateComplete;
    expect(($('[data-testid=attachment] progress') as HTMLProgressElement).value).toBe(30);
    expect(($('[data-testid=send-button]') as HTMLButtonElement).disabled).toBe(true);

    xhr.respond(201, {
      id: '0d9e8f7a-1111-4222-8333-999988887777',
      kind: 'photo',
      mimeType: 'image/jpeg',
      size: 61440,
      sha256: 'ab',
      scanStatus: 'clean',
    });
    await vi.waitFor(() => expect($('[data-testid=attachment]')!.dataset['state']).toBe('ready'));

    await sendText('Voici la photo');
    await vi.waitFor(() => expect(api.send).toHaveBeenCalled());
    expect(api.send.mock.calls[0][0]).toMatchObject({
      text: 'Voici la photo',
      attachmentIds: ['0d9e8f7a-1111-4222-8333-999988887777'],
    });
    expect($('[data-testid=attachment]')).toBeNull();
    expect(messages('customer')[0].querySelector('img')!.getAttribute('src')).toBe('blob:preview');
  });

  it('reports an infected file and a problem+json refusal', async () => {
    mount();
    await openPanel();
    choose(new File([new Uint8Array(60 * 1024)], 'virus.jpg', { type: 'image/jpeg' }));
    await vi.waitFor(() => expect(FakeXhr.last).toBeDefined());
    FakeXhr.last!.respond(201, { id: 'x', scanStatus: 'infected' });
    await vi.waitFor(() =>
      expect($('[data-testid=attachment]')!.textContent).toContain('contient un virus'),
    );

    FakeXhr.last = undefined;
    choose(new File([new Uint8Array(60 * 1024)], 'flou.jpg', { type: 'image/jpeg' }));
    await vi.waitFor(() => expect(FakeXhr.last).toBeDefined());
    FakeXhr.last!.respond(422, { status: 422, detail: 'The photo could not be decoded.' });
    await vi.waitFor(() =>
      expect($$('[data-testid=attachment]')[1].textContent).toContain(
        'The photo could not be decoded.',
      ),
    );
    expect(($('[data-testid=send-button]') as HTMLButtonElement).disabled).toBe(true);
  });
});
