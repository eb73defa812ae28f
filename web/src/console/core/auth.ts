import { DOCUMENT, Service, computed, inject, signal } from '@angular/core';

import type { components } from '../../api/schema';

export type StaffUser = components['schemas']['UserView'];
type TokenPair = components['schemas']['TokenPairView'];

export const LOGIN_URL = '/api/v1/auth/login';
export const REFRESH_URL = '/api/v1/auth/refresh';
export const LOGOUT_URL = '/api/v1/auth/logout';
/** Set by the API beside the httpOnly refresh cookie; sent back as a header (double submit). */
export const CSRF_COOKIE = 'mdf_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export class LoginError extends Error {
  constructor(
    readonly reason: 'credentials' | 'throttled' | 'unavailable',
    readonly retryAfterSeconds?: number,
  ) {
    super(reason);
  }
}

/**
 * The agent's session. The access token (15 min) lives in memory only; the refresh token is an
 * httpOnly cookie the browser keeps, so a reload signs back in through `restore()`.
 */
@Service()
export class Auth {
  private readonly document = inject(DOCUMENT);
  private readonly token = signal<string | null>(null);
  private readonly current = signal<StaffUser | null>(null);
  private refreshing: Promise<boolean> | null = null;

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly isAdmin = computed(() => this.current()?.role === 'admin');

  async login(email: string, password: string): Promise<StaffUser> {
    let response: Response;
    try {
      response = await fetch(LOGIN_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password, refreshIn: 'cookie' }),
      });
    } catch {
      throw new LoginError('unavailable');
    }
    if (response.status === 401 || response.status === 400) throw new LoginError('credentials');
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get('Retry-After'));
      throw new LoginError('throttled', Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    if (!response.ok) throw new LoginError('unavailable');
    return this.accept((await response.json()) as TokenPair);
  }

  /** Signs back in from the refresh cookie (page reload); false when there is no live session. */
  restore(): Promise<boolean> {
    if (this.signedIn()) return Promise.resolve(true);
    if (!this.csrfToken()) return Promise.resolve(false);
    return this.refresh();
  }

  /** One refresh at a time: concurrent 401s wait for the same exchange. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.exchange().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async logout(): Promise<void> {
    const token = this.token();
    this.clear();
    if (!token) return;
    await fetch(LOGOUT_URL, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    }).catch(() => undefined);
  }

  /** `fetch` with the access token; a 401 refreshes once and replays a copy of the request. */
  async fetch(request: Request): Promise<Response> {
    const replay = request.clone();
    const response = await fetch(this.authorised(request));
    if (response.status !== 401 || !this.token()) return response;
    if (!(await this.refresh())) return response;
    return fetch(this.authorised(replay));
  }

  private authorised(request: Request): Request {
    const token = this.token();
    if (!token) return request;
    const headers = new Headers(request.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return new Request(request, { headers });
  }

  private async exchange(): Promise<boolean> {
    const csrf = this.csrfToken();
    if (!csrf) {
      this.clear();
      return false;
    }
    try {
      const response = await fetch(REFRESH_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: csrf },
        body: '{}',
      });
      if (!response.ok) {
        this.clear();
        return false;
      }
      this.accept((await response.json()) as TokenPair);
      return true;
    } catch {
      // Network trouble: keep the current state, the caller sees the failed request.
      return false;
    }
  }

  private accept(pair: TokenPair): StaffUser {
    this.token.set(pair.accessToken);
    this.current.set(pair.user);
    return pair.user;
  }

  private clear(): void {
    this.token.set(null);
    this.current.set(null);
  }

  private csrfToken(): string | null {
    for (const part of this.document.cookie.split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
    }
    return null;
  }
}
