import { Clipboard } from '@angular/cdk/clipboard';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import type { Schemas } from '../core/api-client';
import { ApiKeysPage } from './api-keys-page';
import { FakeApi, problemBody, settle } from './shared/testing';

type ApiKey = Schemas['ApiKeyView'];

const ORDERS_KEY: ApiKey = {
  id: '00000000-0000-4000-8000-0000000000a1',
  name: 'Order system (production)',
  prefix: 'sk_live_a1b2c3d4',
  scopes: ['orders:write', 'tickets:read'],
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: '2026-11-25T10:00:00.000Z',
  createdAt: '2026-03-01T09:00:00.000Z',
};

const SECRET = 'sk_live_e5f6a7b8Qm9uam91ciBsZXMgbWV1Ymxlcw8x2v';

describe('ApiKeysPage', () => {
  let api: FakeApi;
  let fixture: ComponentFixture<ApiKeysPage>;
  let host: HTMLElement;
  let copied: string[];
  let copyWorks: boolean;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(ApiKeysPage);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  function rows(): HTMLElement[] {
    return Array.from(host.querySelectorAll<HTMLElement>('[data-testid="apikeys-row"]'));
  }

  function dialog(): HTMLElement | null {
    return document.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]');
  }

  function click(root: ParentNode | null | undefined, selector: string): void {
    const element = root?.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`nothing to click at ${selector}`);
    element.click();
  }

  function text(element: Element | null | undefined): string {
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  async function openCreateDialog(): Promise<HTMLElement> {
    click(host, '[data-testid="apikeys-create"]');
    await settle(fixture);
    const opened = dialog();
    if (!opened) throw new Error('no dialog');
    return opened;
  }

  async function fillAndSubmit(opened: HTMLElement, name: string, scopes: string[]) {
    const input = opened.querySelector<HTMLInputElement>('#api-key-name');
    if (input) {
      input.value = name;
      input.dispatchEvent(new Event('input'));
    }
    for (const scope of scopes) click(opened, `input[data-scope="${scope}"]`);
    click(opened, '[data-testid="apikey-save"]');
    await settle(fixture);
  }

  beforeEach(() => {
    copied = [];
    copyWorks = true;
    api = new FakeApi().on('GET', '/api/v1/api-keys', { body: [ORDERS_KEY] });
    const clipboard: Pick<Clipboard, 'copy'> = {
      copy: (value: string) => {
        copied.push(value);
        return copyWorks;
      },
    };
    TestBed.configureTestingModule({
      providers: [...api.providers(), { provide: Clipboard, useValue: clipboard }],
    });
  });

  it('lists the keys with their scopes, prefix, dates and state', async () => {
    await render();

    expect(rows()).toHaveLength(1);
    const row = rows()[0];
    expect(text(row?.querySelector('th'))).toBe('Order system (production)');
    expect(text(row)).toContain('orders:write');
    expect(text(row)).toContain('tickets:read');
    expect(text(row)).toContain('sk_live_a1b2c3d4…');
    expect(text(row?.querySelector('[data-testid="apikeys-state"]'))).toBe('Active');
  });

  it('shows an empty state when there is no key', async () => {
    api.on('GET', '/api/v1/api-keys', { body: [] });
    await render();

    expect(text(host.querySelector('[data-testid="apikeys-empty"]'))).toBe('Aucune clé d’API.');
  });

  it('asks for a name and at least one scope before calling the API', async () => {
    await render();
    const opened = await openCreateDialog();

    await fillAndSubmit(opened, ' ', []);

    expect(api.calls('POST', '/api/v1/api-keys')).toHaveLength(0);
    expect(text(opened.querySelector('[data-testid="errors-name"]'))).toContain(
      'Indiquez le nom de la clé.',
    );
    expect(text(opened.querySelector('[data-testid="errors-scopes"]'))).toContain(
      'Cochez au moins un droit.',
    );
  });

  it('shows the new secret once, with a copy button and a warning, and forgets it on close', async () => {
    api.on('POST', '/api/v1/api-keys', (request) => {
      const body = request.body as Schemas['CreateApiKeyBody'];
      return {
        status: 201,
        body: {
          ...ORDERS_KEY,
          id: '00000000-0000-4000-8000-0000000000b2',
          name: body.name,
          scopes: body.scopes,
          prefix: 'sk_live_e5f6a7b8',
          lastUsedAt: null,
          key: SECRET,
        },
      };
    });
    await render();
    const opened = await openCreateDialog();

    await fillAndSubmit(opened, 'Catalogue PIM', ['products:write', 'products:read']);

    expect(api.calls('POST', '/api/v1/api-keys')[0]?.body).toEqual({
      name: 'Catalogue PIM',
      scopes: ['products:read', 'products:write'],
    });
    const secretDialog = dialog();
    expect(secretDialog).not.toBeNull();
    expect(secretDialog?.getAttribute('role')).toBe('alertdialog');
    expect(text(secretDialog?.querySelector('[data-testid="apikey-secret"]'))).toBe(SECRET);
    expect(text(secretDialog)).toContain('elle ne sera plus jamais affichée');
    const description = document.getElementById(
      secretDialog?.getAttribute('aria-describedby') ?? '',
    );
    expect(text(description)).toContain('Copiez cette clé maintenant');

    click(secretDialog, '[data-testid="apikey-copy"]');
    await settle(fixture);
    expect(copied).toEqual([SECRET]);
    expect(text(secretDialog?.querySelector('[role="status"]'))).toBe(
      'Clé copiée dans le presse-papiers.',
    );

    // Escape does not close it: the key would be lost.
    secretDialog?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }),
    );
    await settle(fixture);
    expect(dialog()).not.toBeNull();

    click(secretDialog, '[data-testid="apikey-secret-close"]');
    await settle(fixture);

    expect(dialog()).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(rows()).toHaveLength(2);
    expect(text(rows()[0])).toContain('sk_live_e5f6a7b8…');
    expect(text(host.querySelector('[data-testid="apikeys-notice"]'))).toBe(
      'Clé « Catalogue PIM » créée.',
    );
  });

  it('sets an optional end date: the key works until the end of that day, never from the past', async () => {
    api.on('POST', '/api/v1/api-keys', (request) => ({
      status: 201,
      body: { ...ORDERS_KEY, ...(request.body as object), key: SECRET },
    }));
    await render();
    const opened = await openCreateDialog();
    const expires = opened.querySelector<HTMLInputElement>('[data-testid="api-key-expires"]');
    if (!expires) throw new Error('no expiry field');
    const day = (offsetDays: number) => {
      const d = new Date(Date.now() + offsetDays * 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(expires.min).toBe(day(1));

    expires.value = day(-1);
    expires.dispatchEvent(new Event('input'));
    await fillAndSubmit(opened, 'Temporary partner', ['faq:read']);
    expect(api.calls('POST', '/api/v1/api-keys')).toHaveLength(0);
    expect(text(opened)).toContain('Choisissez une date à partir de demain.');

    const end = day(30);
    expires.value = end;
    expires.dispatchEvent(new Event('input'));
    click(opened, '[data-testid="apikey-save"]');
    await settle(fixture);

    const sent = api.calls('POST', '/api/v1/api-keys')[0]?.body as { expiresAt: string };
    expect(sent).toMatchObject({ name: 'Temporary partner', scopes: ['faq:read'] });
    expect(new Date(sent.expiresAt).getTime()).toBe(new Date(`${end}T23:59:59.999`).getTime());
  });

  it('tells how to copy by hand when the clipboard refuses', async () => {
    copyWorks = false;
    api.on('POST', '/api/v1/api-keys', {
      status: 201,
      body: { ...ORDERS_KEY, key: SECRET },
    });
    await render();
    await fillAndSubmit(await openCreateDialog(), 'Orders', ['orders:write']);

    click(dialog(), '[data-testid="apikey-copy"]');
    await settle(fixture);

    expect(text(dialog()?.querySelector('[role="status"]'))).toContain(
      'sélectionnez la clé et copiez-la',
    );
  });

  it('shows the API errors of a refused key beside the scopes', async () => {
    api.on('POST', '/api/v1/api-keys', {
      status: 400,
      body: problemBody(400, 'Bad Request', 'The request has invalid fields.', [
        { field: 'scopes', message: 'each value in scopes must be one of the following values' },
      ]),
    });
    await render();
    const opened = await openCreateDialog();

    await fillAndSubmit(opened, 'Orders', ['orders:write']);

    expect(dialog()).toBe(opened);
    expect(text(opened.querySelector('[data-testid="errors-scopes"]'))).toBe(
      'each value in scopes must be one of the following values',
    );
  });

  it('revokes a key after confirmation', async () => {
    api.on('DELETE', `/api/v1/api-keys/${ORDERS_KEY.id}`, {
      body: { ...ORDERS_KEY, revokedAt: '2026-11-26T08:00:00.000Z' },
    });
    await render();

    click(rows()[0], '[data-testid="apikeys-revoke"]');
    await settle(fixture);
    const confirm = dialog();
    expect(text(confirm)).toContain('Révoquer la clé « Order system (production) » ?');
    click(confirm, '[data-testid="confirm"]');
    await settle(fixture);

    expect(api.calls('DELETE', `/api/v1/api-keys/${ORDERS_KEY.id}`)).toHaveLength(1);
    const row = rows()[0];
    expect(text(row?.querySelector('[data-testid="apikeys-state"]'))).toMatch(/^Révoquée le /);
    expect(row?.querySelector('[data-testid="apikeys-revoke"]')).toBeNull();
  });

  it('keeps the key when the revocation is cancelled', async () => {
    await render();

    click(rows()[0], '[data-testid="apikeys-revoke"]');
    await settle(fixture);
    dialog()?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }),
    );
    await settle(fixture);

    expect(dialog()).toBeNull();
    expect(api.calls('DELETE', `/api/v1/api-keys/${ORDERS_KEY.id}`)).toHaveLength(0);
  });
});
