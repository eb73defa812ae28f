import { Clipboard } from '@angular/cdk/clipboard';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import type { Schemas } from '../core/api-client';
import { FakeApi, problemBody, settle } from './shared/testing';
import { WidgetSitesPage } from './widget-sites-page';

type Site = Schemas['WidgetSiteView'];

const SHOP: Site = {
  id: '00000000-0000-4000-8000-0000000000c1',
  siteKey: 'site_4fJ9kQ2xVb7LmN0pRs8TuW1y',
  name: 'Boutique en ligne',
  allowedOrigins: ['https://www.meuble-de-france.fr', 'https://boutique.meuble-de-france.fr'],
  theme: { primaryColor: '#1f4e79', position: 'bottom-right' },
  greeting: { fr: 'Bonjour ! Comment puis-je vous aider ?', ar: 'مرحبًا! كيف يمكنني مساعدتك؟' },
  active: true,
  createdAt: '2026-01-10T00:00:00.000Z',
  updatedAt: '2026-11-01T12:00:00.000Z',
};

describe('WidgetSitesPage', () => {
  let api: FakeApi;
  let fixture: ComponentFixture<WidgetSitesPage>;
  let host: HTMLElement;
  let copied: string[];

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(WidgetSitesPage);
    host = fixture.nativeElement as HTMLElement;
    // Focus moves are only observable on attached elements.
    document.body.appendChild(host);
    await settle(fixture);
  }

  function cards(): HTMLElement[] {
    return Array.from(host.querySelectorAll<HTMLElement>('[data-testid="sites-row"]'));
  }

  function editor(): HTMLElement | null {
    return host.querySelector<HTMLElement>('[data-testid="site-editor"]');
  }

  function click(root: ParentNode | null | undefined, selector: string): void {
    const element = root?.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`nothing to click at ${selector}`);
    element.click();
  }

  function type(selector: string, value: string): void {
    const field = editor()?.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`no field ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  function text(element: Element | null | undefined): string {
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  beforeEach(() => {
    copied = [];
    api = new FakeApi().on('GET', '/api/v1/widget-sites', { body: [SHOP] });
    const clipboard: Pick<Clipboard, 'copy'> = {
      copy: (value: string) => {
        copied.push(value);
        return true;
      },
    };
    TestBed.configureTestingModule({
      providers: [...api.providers(), { provide: Clipboard, useValue: clipboard }],
    });
  });

  afterEach(() => {
    host.remove();
  });

  it('lists each site with its key, origins and the snippet to paste', async () => {
    await render();

    expect(cards()).toHaveLength(1);
    const card = cards()[0];
    expect(text(card?.querySelector('h2'))).toBe('Boutique en ligne');
    expect(text(card)).toContain('site_4fJ9kQ2xVb7LmN0pRs8TuW1y');
    expect(text(card)).toContain('https://boutique.meuble-de-france.fr');
    expect(card?.querySelector('[data-testid="site-snippet"]')?.textContent).toBe(
      `<script src="${location.origin}/widget/mdf-chat.js" defer></script>\n` +
        '<mdf-chat site-key="site_4fJ9kQ2xVb7LmN0pRs8TuW1y"></mdf-chat>',
    );
  });

  it('copies the snippet of a site and says so', async () => {
    await render();

    click(cards()[0], '[data-testid="site-snippet-copy"]');
    await settle(fixture);

    expect(copied).toEqual([
      `<script src="${location.origin}/widget/mdf-chat.js" defer></script>\n` +
        '<mdf-chat site-key="site_4fJ9kQ2xVb7LmN0pRs8TuW1y"></mdf-chat>',
    ]);
    expect(text(cards()[0]?.querySelector('[role="status"]'))).toBe(
      'Code copié dans le presse-papiers.',
    );
  });

  it('checks the origins line by line before creating a site', async () => {
    api.on('POST', '/api/v1/widget-sites', (request) => ({
      status: 201,
      body: {
        ...SHOP,
        ...(request.body as object),
        id: '00000000-0000-4000-8000-0000000000c2',
        siteKey: 'site_newKey',
      },
    }));
    await render();

    click(host, '[data-testid="sites-create"]');
    await settle(fixture);
    expect(document.activeElement?.id).toBe('site-editor-title');

    type('#site-name', 'Magasin de Lyon');
    type('#site-origins', 'https://lyon.meuble-de-france.fr/\n\nhttp://lyon.example');
    click(editor(), '[data-testid="site-save"]');
    await settle(fixture);

    expect(api.calls('POST', '/api/v1/widget-sites')).toHaveLength(0);
    const errors = text(editor()?.querySelector('[data-testid="errors-allowedOrigins"]'));
    expect(errors).toContain('Ligne 1 (« https://lyon.meuble-de-france.fr/ »)');
    expect(errors).toContain('Ligne 3 (« http://lyon.example ») : https obligatoire');
    expect(document.activeElement?.id).toBe('site-origins');

    type('#site-origins', ' https://lyon.meuble-de-france.fr \nhttp://localhost:4200\n');
    type('#site-greeting-fr', '  Bienvenue à Lyon ! ');
    click(editor(), '[data-testid="site-save"]');
    await settle(fixture);

    expect(api.calls('POST', '/api/v1/widget-sites')[0]?.body).toEqual({
      name: 'Magasin de Lyon',
      allowedOrigins: ['https://lyon.meuble-de-france.fr', 'http://localhost:4200'],
      active: true,
      theme: { position: 'bottom-right' },
      greeting: { fr: 'Bienvenue à Lyon !' },
    });
    expect(editor()).toBeNull();
    expect(cards()).toHaveLength(2);
    expect(text(cards()[1]?.querySelector('[data-testid="site-snippet"]'))).toContain(
      'site-key="site_newKey"',
    );
    expect(document.activeElement?.getAttribute('data-testid')).toBe('sites-create');
  });

  it('edits a site: theme, position, state and greetings, with the API errors by the fields', async () => {
    let attempt = 0;
    api.on('PATCH', `/api/v1/widget-sites/${SHOP.id}`, (request) => {
      attempt += 1;
      if (attempt === 1) {
        return {
          status: 400,
          body: problemBody(400, 'Bad Request', 'The request has invalid fields.', [
            {
              field: 'allowedOrigins',
              message: 'allowedOrigins[1] must be a bare origin as browsers send it',
            },
          ]),
        };
      }
      return { body: { ...SHOP, ...(request.body as object) } };
    });
    await render();

    click(cards()[0], '[data-testid="sites-edit"]');
    await settle(fixture);
    const origins = editor()?.querySelector<HTMLTextAreaElement>('#site-origins');
    expect(origins?.value).toBe(
      'https://www.meuble-de-france.fr\nhttps://boutique.meuble-de-france.fr',
    );
    expect(editor()?.querySelector<HTMLInputElement>('#site-color')?.value).toBe('#1f4e79');
    const arabic = editor()?.querySelector<HTMLTextAreaElement>('#site-greeting-ar');
    expect(arabic?.value).toBe('مرحبًا! كيف يمكنني مساعدتك؟');
    expect(arabic?.getAttribute('dir')).toBe('rtl');

    type('#site-color', '#AA0000');
    click(editor(), 'input[data-position="bottom-left"]');
    click(editor(), '[data-testid="site-active"]');
    type('#site-greeting-ar', '');
    await settle(fixture);

    const preview = editor()?.querySelector<HTMLElement>('.preview-page');
    expect(preview?.style.getPropertyValue('--widget-color')).toBe('#aa0000');
    expect(preview?.classList).toContain('preview-page--left');
    expect(text(editor()?.querySelector('.preview-bubble'))).toBe(
      'Bonjour ! Comment puis-je vous aider ?',
    );

    click(editor(), '[data-testid="site-save"]');
    await settle(fixture);

    expect(api.calls('PATCH', `/api/v1/widget-sites/${SHOP.id}`)[0]?.body).toEqual({
      name: 'Boutique en ligne',
      allowedOrigins: SHOP.allowedOrigins,
      active: false,
      theme: { position: 'bottom-left', primaryColor: '#aa0000' },
      greeting: { fr: 'Bonjour ! Comment puis-je vous aider ?' },
    });
    expect(text(editor()?.querySelector('[data-testid="errors-allowedOrigins"]'))).toBe(
      'allowedOrigins[1] must be a bare origin as browsers send it',
    );
    expect(origins?.getAttribute('aria-invalid')).toBe('true');

    click(editor(), '[data-testid="site-save"]');
    await settle(fixture);

    expect(editor()).toBeNull();
    expect(text(cards()[0])).toContain('Désactivé');
    expect(text(host.querySelector('[data-testid="sites-notice"]'))).toBe(
      'Site « Boutique en ligne » enregistré.',
    );
    expect(document.activeElement?.getAttribute('data-testid')).toBe('sites-edit');
  });

  it('refuses a colour that is not #rrggbb and warns about a low contrast', async () => {
    await render();
    click(cards()[0], '[data-testid="sites-edit"]');
    await settle(fixture);

    type('#site-color', '#ffd166');
    await settle(fixture);
    expect(text(editor()?.querySelector('[data-testid="site-contrast"]'))).toContain(
      'Contraste insuffisant',
    );

    type('#site-color', 'rouge');
    click(editor(), '[data-testid="site-save"]');
    await settle(fixture);

    expect(api.calls('PATCH', `/api/v1/widget-sites/${SHOP.id}`)).toHaveLength(0);
    expect(text(editor()?.querySelector('[data-testid="errors-theme"]'))).toContain(
      'La couleur doit être un code #rrggbb',
    );
  });

  it('closes the editor without saving on cancel', async () => {
    await render();
    click(cards()[0], '[data-testid="sites-edit"]');
    await settle(fixture);

    type('#site-name', 'Autre nom');
    click(editor(), '.actions .button--secondary');
    await settle(fixture);

    expect(editor()).toBeNull();
    expect(text(cards()[0]?.querySelector('h2'))).toBe('Boutique en ligne');
    expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });
});
