import { type ComponentFixture, TestBed } from '@angular/core/testing';

import type { Schemas } from '../core/api-client';
import { ADMIN, FakeApi, problemBody, provideSignedIn, settle } from './shared/testing';
import { UsersPage } from './users-page';

type User = Schemas['UserView'];

const AGENT: User = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'claire.martin@meubledefrance.example',
  name: 'Claire Martin',
  role: 'agent',
  active: true,
  lastLoginAt: null,
  createdAt: '2026-02-01T00:00:00.000Z',
};

describe('UsersPage', () => {
  let api: FakeApi;
  let fixture: ComponentFixture<UsersPage>;
  let host: HTMLElement;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(UsersPage);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  function rows(): HTMLElement[] {
    return Array.from(host.querySelectorAll<HTMLElement>('[data-testid="users-row"]'));
  }

  function row(name: string): HTMLElement {
    const found = rows().find((r) => r.querySelector('th')?.textContent?.includes(name));
    if (!found) throw new Error(`no row for ${name}`);
    return found;
  }

  function dialog(): HTMLElement | null {
    return document.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]');
  }

  function type(selector: string, value: string): void {
    const input = dialog()?.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no field ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function click(root: ParentNode | null, selector: string): void {
    const element = root?.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`nothing to click at ${selector}`);
    element.click();
  }

  function text(element: Element | null | undefined): string {
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  beforeEach(() => {
    api = new FakeApi().on('GET', '/api/v1/users', { body: [ADMIN, AGENT] });
    TestBed.configureTestingModule({ providers: [...api.providers(), ...provideSignedIn(ADMIN)] });
  });

  it('lists the accounts with their role, state and last sign-in', async () => {
    await render();

    expect(rows()).toHaveLength(2);
    const claire = row('Claire Martin');
    expect(text(claire)).toContain('claire.martin@meubledefrance.example');
    expect(text(claire.querySelector('[data-testid="users-role"]'))).toBe('conseiller');
    expect(text(claire.querySelector('[data-testid="users-active"]'))).toBe('Actif');
    expect(text(claire)).toContain('Jamais');
    expect(text(row('Alice Admin').querySelector('[data-testid="users-role"]'))).toBe(
      'administrateur',
    );
  });

  it('offers no way for an administrator to deactivate themself', async () => {
    await render();

    const self = row('Alice Admin');
    expect(self.querySelector('[data-testid="users-self"]')).not.toBeNull();
    expect(self.querySelector('[data-testid="users-toggle-active"]')).toBeNull();
    expect(
      row('Claire Martin').querySelector('[data-testid="users-toggle-active"]'),
    ).not.toBeNull();

    click(self, '[data-testid="users-edit"]');
    await settle(fixture);
    const radios = Array.from(
      dialog()?.querySelectorAll<HTMLInputElement>('input[name="role"]') ?? [],
    );
    expect(radios.every((radio) => radio.disabled)).toBe(true);
  });

  it('opens a labelled dialog and checks the fields before calling the API', async () => {
    await render();

    click(host, '[data-testid="users-create"]');
    await settle(fixture);

    const opened = dialog();
    expect(opened).not.toBeNull();
    const title = document.getElementById(opened?.getAttribute('aria-labelledby') ?? '');
    expect(text(title)).toBe('Nouvel utilisateur');
    expect(opened?.getAttribute('aria-modal')).toBe('true');

    click(opened, '[data-testid="user-save"]');
    await settle(fixture);

    expect(api.calls('POST', '/api/v1/users')).toHaveLength(0);
    expect(text(opened?.querySelector('[data-testid="errors-name"]'))).toContain(
      'Indiquez le nom.',
    );
    expect(text(opened?.querySelector('[data-testid="errors-password"]'))).toContain('de 12 à 128');
    expect(document.activeElement?.id).toBe('user-name');
  });

  it('shows the errors of a 400 problem next to their fields, then creates the account', async () => {
    let attempt = 0;
    api.on('POST', '/api/v1/users', (request) => {
      attempt += 1;
      if (attempt === 1) {
        return {
          status: 400,
          body: problemBody(400, 'Bad Request', 'The password does not meet the policy.', [
            { field: 'password', message: 'password is too easy to guess (similar to common)' },
          ]),
        };
      }
      const body = request.body as Schemas['CreateUserBody'];
      return {
        status: 201,
        body: { ...AGENT, id: 'new-id', name: body.name, email: body.email, role: body.role },
      };
    });
    await render();
    click(host, '[data-testid="users-create"]');
    await settle(fixture);

    type('#user-name', '  Bruno Petit ');
    type('#user-email', 'bruno.petit@meubledefrance.example');
    type('#user-password', 'motdepasse123');
    click(dialog(), 'input[data-role="admin"]');
    click(dialog(), '[data-testid="user-save"]');
    await settle(fixture);

    expect(api.calls('POST', '/api/v1/users')[0]?.body).toEqual({
      name: 'Bruno Petit',
      email: 'bruno.petit@meubledefrance.example',
      role: 'admin',
      password: 'motdepasse123',
    });
    const passwordErrors = dialog()?.querySelector('#user-password-errors');
    expect(text(passwordErrors)).toBe('password is too easy to guess (similar to common)');
    expect(passwordErrors?.querySelector('[lang="en"]')).not.toBeNull();
    const password = dialog()?.querySelector('#user-password');
    expect(password?.getAttribute('aria-invalid')).toBe('true');
    expect(password?.getAttribute('aria-describedby')).toContain('user-password-errors');
    expect(text(dialog()?.querySelector('[role="alert"]'))).toContain(
      'The password does not meet the policy.',
    );

    type('#user-password', 'Tabouret-Velours-Ocre-42');
    click(dialog(), '[data-testid="user-save"]');
    await settle(fixture);

    expect(dialog()).toBeNull();
    expect(rows()).toHaveLength(3);
    expect(text(row('Bruno Petit').querySelector('[data-testid="users-role"]'))).toBe(
      'administrateur',
    );
    expect(text(host.querySelector('[data-testid="users-notice"]'))).toBe(
      'Compte de Bruno Petit créé.',
    );
  });

  it('deactivates another account after confirmation, and reactivates it', async () => {
    api.on('PATCH', `/api/v1/users/${AGENT.id}`, (request) => ({
      body: { ...AGENT, ...(request.body as object) },
    }));
    await render();

    click(row('Claire Martin'), '[data-testid="users-toggle-active"]');
    await settle(fixture);
    const confirm = dialog();
    expect(confirm?.getAttribute('role')).toBe('alertdialog');
    expect(text(confirm)).toContain('Désactiver Claire Martin ?');
    click(confirm, '[data-testid="confirm"]');
    await settle(fixture);

    expect(api.calls('PATCH', `/api/v1/users/${AGENT.id}`)[0]?.body).toEqual({ active: false });
    const claire = row('Claire Martin');
    expect(text(claire.querySelector('[data-testid="users-active"]'))).toBe('Désactivé');
    expect(text(claire.querySelector('[data-testid="users-toggle-active"]'))).toBe('Réactiver');

    click(claire, '[data-testid="users-toggle-active"]');
    await settle(fixture);

    expect(dialog()).toBeNull();
    expect(api.calls('PATCH', `/api/v1/users/${AGENT.id}`)[1]?.body).toEqual({ active: true });
    expect(text(row('Claire Martin').querySelector('[data-testid="users-active"]'))).toBe('Actif');
  });

  it('changes nothing when the deactivation is cancelled', async () => {
    await render();

    click(row('Claire Martin'), '[data-testid="users-toggle-active"]');
    await settle(fixture);
    click(dialog(), 'button:not([data-testid="confirm"])');
    await settle(fixture);

    expect(dialog()).toBeNull();
    expect(api.calls('PATCH', `/api/v1/users/${AGENT.id}`)).toHaveLength(0);
  });

  it('changes the role of another account', async () => {
    api.on('PATCH', `/api/v1/users/${AGENT.id}`, (request) => ({
      body: { ...AGENT, ...(request.body as object) },
    }));
    await render();

    click(row('Claire Martin'), '[data-testid="users-edit"]');
    await settle(fixture);
    click(dialog(), 'input[data-role="admin"]');
    click(dialog(), '[data-testid="user-save"]');
    await settle(fixture);

    expect(api.calls('PATCH', `/api/v1/users/${AGENT.id}`)[0]?.body).toEqual({ role: 'admin' });
    expect(text(row('Claire Martin').querySelector('[data-testid="users-role"]'))).toBe(
      'administrateur',
    );
  });

  it('shows why the list could not be loaded, and loads it again on request', async () => {
    api.on('GET', '/api/v1/users', {
      status: 403,
      body: problemBody(403, 'Forbidden', 'Administrators only.'),
    });
    await render();

    expect(text(host.querySelector('[role="alert"]'))).toContain(
      'Votre compte n’a pas le droit de faire cette action.',
    );
    expect(text(host.querySelector('[role="alert"]'))).toContain(
      'Forbidden — Administrators only.',
    );
    expect(rows()).toHaveLength(0);

    api.on('GET', '/api/v1/users', { body: [ADMIN, AGENT] });
    const retry = Array.from(host.querySelectorAll('button')).find(
      (button) => text(button) === 'Réessayer',
    );
    retry?.click();
    await settle(fixture);

    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(rows()).toHaveLength(2);
  });
});
