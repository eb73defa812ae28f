import {
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';

import { Auth, LoginError } from '../core/auth';
import { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where to go after signing in: a path of this console only, never another site. */
export function safeReturnUrl(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\'))
    return '/tickets';
  return raw.startsWith('/login') ? '/tickets' : raw;
}

type FieldErrors = { readonly email: MessageKey | null; readonly password: MessageKey | null };

@Component({
  selector: 'mdf-login-page',
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
})
export class LoginPage {
  protected readonly i18n = inject(I18n);
  private readonly auth = inject(Auth);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  private readonly returnUrl = toSignal(
    this.route.queryParamMap.pipe(map((p) => p.get('returnUrl'))),
    {
      initialValue: null,
    },
  );
  /** Sent here by a guard: say why. */
  protected readonly redirected = computed(() => this.returnUrl() !== null);

  protected readonly email = signal('');
  protected readonly password = signal('');
  /** Field errors show once the form was submitted, then follow the input. */
  private readonly submitted = signal(false);
  protected readonly errors = computed((): FieldErrors => {
    if (!this.submitted()) return { email: null, password: null };
    const email = this.email().trim();
    return {
      email:
        email === ''
          ? 'login.error.emailRequired'
          : EMAIL.test(email)
            ? null
            : 'login.error.emailInvalid',
      password: this.password() === '' ? 'login.error.passwordRequired' : null,
    };
  });

  protected readonly busy = signal(false);
  protected readonly failure = signal<LoginError['reason'] | null>(null);
  /** The delay the API asked for, as announced (the message does not tick, to be read once). */
  private readonly retryAfter = signal(0);
  /** Seconds left before the form accepts another attempt. */
  protected readonly waitSeconds = signal(0);
  private throttleTimer: ReturnType<typeof setInterval> | undefined;

  protected readonly failureText = computed(() => {
    switch (this.failure()) {
      case 'credentials':
        return this.i18n.t('login.error.credentials');
      case 'throttled':
        return this.retryAfter() > 0
          ? this.i18n.t('login.error.throttled', { seconds: this.retryAfter() })
          : this.i18n.t('login.error.throttledSoon');
      case 'unavailable':
        return this.i18n.t('login.error.unavailable');
      default:
        return '';
    }
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => clearInterval(this.throttleTimer));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy() || this.waitSeconds() > 0) return;
    this.submitted.set(true);
    const errors = this.errors();
    if (errors.email || errors.password) {
      (errors.email ? this.emailInput() : this.passwordInput()).nativeElement.focus();
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    try {
      await this.auth.login(this.email().trim(), this.password());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (err) {
      const reason = err instanceof LoginError ? err.reason : 'unavailable';
      this.failure.set(reason);
      if (reason === 'credentials') {
        this.password.set('');
        this.passwordInput().nativeElement.focus();
      }
      if (err instanceof LoginError && reason === 'throttled') this.throttle(err.retryAfterSeconds);
    } finally {
      this.busy.set(false);
    }
  }

  private throttle(seconds: number | undefined): void {
    clearInterval(this.throttleTimer);
    const wait = seconds && seconds > 0 ? Math.ceil(seconds) : 0;
    this.retryAfter.set(wait);
    this.waitSeconds.set(wait);
    if (wait === 0) return;
    this.throttleTimer = setInterval(() => {
      this.waitSeconds.update((left) => Math.max(left - 1, 0));
      if (this.waitSeconds() === 0) {
        clearInterval(this.throttleTimer);
        this.failure.set(null);
      }
    }, 1_000);
  }
}
