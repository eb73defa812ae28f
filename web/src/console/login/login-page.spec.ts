import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { Auth, LoginError } from '../core/auth';
import { LoginPage, safeReturnUrl } from './login-page';

@Component({ template: '' })
class Elsewhere {}

describe('LoginPage', () => {
  let login: ReturnType<typeof vi.fn>;
  let harness: RouterTestingHarness;

  beforeEach(() => {
    login = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: LoginPage },
          { path: 'tickets', component: Elsewhere },
          { path: 'tickets/:reference', component: Elsewhere },
        ]),
        { provide: Auth, useValue: { login } },
      ],
    });
  });

  async function open(url = '/login'): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, LoginPage);
    await harness.fixture.whenStable();
  }

  function host(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function field(testId: string): HTMLInputElement {
    const input = host().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no ${testId}`);
    return input;
  }

  function text(selector: string): string {
    return (
      host()
        .querySelector(selector)
        ?.textContent?.replace(/[ \t\r\n]+/g, ' ')
        .trim() ?? ''
    );
  }

  async function fill(email: string, password: string): Promise<void> {
    field('login-email').value = email;
    field('login-email').dispatchEvent(new Event('input'));
    field('login-password').value = password;
    field('login-password').dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    field('login-submit').click();
    await harness.fixture.whenStable();
  }

  it('labels its fields for password managers and assistive technologies', async () => {
    await open();

    expect(host().querySelector('label[for="login-email"]')?.textContent?.trim()).toBe(
      'Adresse e-mail',
    );
    expect(field('login-email').getAttribute('autocomplete')).toBe('username');
    expect(field('login-email').type).toBe('email');
    expect(host().querySelector('label[for="login-password"]')?.textContent?.trim()).toBe(
      'Mot de passe',
    );
    expect(field('login-password').getAttribute('autocomplete')).toBe('current-password');
    expect(host().querySelector('[data-testid="login-expired"]')).toBeNull();
  });

  it('signs in and goes to the queue', async () => {
    login.mockResolvedValue({ id: 'u1' });
    await open();

    await fill(' claire.martin@meubledefrance.example ', 'Secret-2026');
    await submit();

    expect(login).toHaveBeenCalledWith('claire.martin@meubledefrance.example', 'Secret-2026');
    expect(TestBed.inject(Router).url).toBe('/tickets');
  });

  it('goes back where the guard found the agent signed out, and says why it asked', async () => {
    login.mockResolvedValue({ id: 'u1' });
    await open('/login?returnUrl=%2Ftickets%2FSAV-2026-000042');

    expect(text('[data-testid="login-expired"]')).toContain('votre session a expiré');
    await fill('claire.martin@meubledefrance.example', 'Secret-2026');
    await submit();

    expect(TestBed.inject(Router).url).toBe('/tickets/SAV-2026-000042');
  });

  it('points at the missing fields without calling the API', async () => {
    await open();

    await submit();

    expect(login).not.toHaveBeenCalled();
    expect(field('login-email').getAttribute('aria-invalid')).toBe('true');
    expect(field('login-email').getAttribute('aria-describedby')).toBe('login-email-error');
    expect(text('#login-email-error')).toBe('Saisissez votre adresse e-mail.');
    expect(text('#login-password-error')).toBe('Saisissez votre mot de passe.');
    expect(document.activeElement).toBe(field('login-email'));

    await fill('claire', '');
    expect(text('#login-email-error')).toContain('Saisissez une adresse e-mail valide');
  });

  it('announces wrong credentials and clears the password', async () => {
    login.mockRejectedValue(new LoginError('credentials'));
    await open();

    await fill('claire.martin@meubledefrance.example', 'wrong');
    await submit();

    expect(host().querySelector('[data-testid="login-error"]')?.getAttribute('role')).toBe('alert');
    expect(text('[data-testid="login-error"]')).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(field('login-password').value).toBe('');
    expect(document.activeElement).toBe(field('login-password'));
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('says how long to wait when sign-ins are throttled, and holds the form until then', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    login.mockRejectedValue(new LoginError('throttled', 30));
    await open();

    await fill('claire.martin@meubledefrance.example', 'again');
    await submit();

    expect(text('[data-testid="login-error"]')).toBe(
      'Trop de tentatives de connexion. Réessayez dans 30\u00a0secondes.',
    );
    expect(field('login-submit').getAttribute('aria-disabled')).toBe('true');
    await submit();
    expect(login).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(30_000);
    await harness.fixture.whenStable();
    expect(field('login-submit').getAttribute('aria-disabled')).toBeNull();
    expect(text('[data-testid="login-error"]')).toBe('');
    vi.useRealTimers();
  });

  it('says the service is unavailable when the API cannot be reached', async () => {
    login.mockRejectedValue(new LoginError('unavailable'));
    await open();

    await fill('claire.martin@meubledefrance.example', 'Secret-2026');
    await submit();

    expect(text('[data-testid="login-error"]')).toContain('le service ne répond pas');
  });
});

describe('safeReturnUrl', () => {
  it.each([
    [null, '/tickets'],
    ['/tickets/SAV-2026-000042', '/tickets/SAV-2026-000042'],
    ['/dashboard?from=2026-11-01', '/dashboard?from=2026-11-01'],
    ['https://evil.example/', '/tickets'],
    ['//evil.example/', '/tickets'],
    ['/\\evil.example', '/tickets'],
    ['/login?returnUrl=%2Flogin', '/tickets'],
    ['javascript:alert(1)', '/tickets'],
  ])('sends %s to %s', (raw, expected) => {
    expect(safeReturnUrl(raw)).toBe(expected);
  });
});
