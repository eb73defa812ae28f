/**
 * What the widget keeps in the page's localStorage, per site key: the chat session (so a
 * reload resumes it), the messages not yet acknowledged by the server, and preferences.
 * Storage may be missing or refuse writes (private browsing, blocked third-party storage):
 * the widget then keeps the same data in memory for the life of the page.
 */
import type { Locale } from './i18n';
import type { WidgetTheme } from './types';

export interface StoredSession {
  sessionId: string;
  token: string;
  expiresAt: string;
  /** The API the session belongs to: a session of another deployment is not resumed. */
  apiBase: string;
  /** The language the session was opened in, and its greeting in that language. */
  locale: Locale;
  greeting: string;
  /** The last live event received, for Last-Event-ID on the next connection. */
  lastEventId?: string;
  /** The conversation was rated: a replayed rating request is not asked again. */
  rated?: boolean;
}

/** A customer message not yet acknowledged by the server; resent with the same id. */
export interface PendingMessage {
  clientMessageId: string;
  sessionId: string;
  text: string;
  attachmentIds: string[];
  createdAt: string;
}

export interface Preferences {
  locale?: Locale;
  theme?: WidgetTheme;
}

/** A session this close to its end is not resumed: its token would die mid-conversation. */
export const EXPIRY_MARGIN_MS = 60_000;

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export class SessionStore {
  private readonly memory = new Map<string, string>();
  private storageFailed = false;
  private readonly prefix: string;

  constructor(
    siteKey: string,
    private readonly apiBase: string,
    private readonly storage: Storage | null = browserStorage(),
  ) {
    this.prefix = `mdf-chat:${siteKey}`;
  }

  /** The stored session when it belongs to this API and is not about to expire; else null (and forgotten). */
  loadSession(now = Date.now()): StoredSession | null {
    const session = this.read<StoredSession>('session');
    if (!session || typeof session.sessionId !== 'string' || typeof session.token !== 'string') {
      return null;
    }
    const expires = Date.parse(session.expiresAt);
    if (
      session.apiBase !== this.apiBase ||
      !Number.isFinite(expires) ||
      expires - now < EXPIRY_MARGIN_MS
    ) {
      this.clearSession();
      return null;
    }
    return session;
  }

  saveSession(session: StoredSession): void {
    this.write('session', session);
  }

  updateSession(patch: Partial<StoredSession>): void {
    const session = this.read<StoredSession>('session');
    if (session) this.write('session', { ...session, ...patch });
  }

  /** Forgets the session; its unsent messages stay, to be sent in the next one. */
  clearSession(): void {
    this.remove('session');
  }

  pending(): PendingMessage[] {
    const list = this.read<PendingMessage[]>('outbox');
    return Array.isArray(list) ? list.filter((m) => typeof m?.clientMessageId === 'string') : [];
  }

  savePending(list: PendingMessage[]): void {
    if (list.length === 0) this.remove('outbox');
    else this.write('outbox', list);
  }

  preferences(): Preferences {
    return this.read<Preferences>('prefs') ?? {};
  }

  savePreferences(patch: Preferences): void {
    this.write('prefs', { ...this.preferences(), ...patch });
  }

  private read<T>(name: string): T | null {
    const key = `${this.prefix}:${name}`;
    let raw: string | null = null;
    if (this.storage && !this.storageFailed) {
      try {
        raw = this.storage.getItem(key);
      } catch {
        this.storageFailed = true;
      }
    }
    if (!this.storage || this.storageFailed) raw = this.memory.get(key) ?? null;
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return null;
    }
  }

  private write(name: string, value: unknown): void {
    const key = `${this.prefix}:${name}`;
    const raw = JSON.stringify(value);
    this.memory.set(key, raw);
    try {
      this.storage?.setItem(key, raw);
    } catch {
      // Quota or privacy settings: the in-memory copy serves this page from now on.
      this.storageFailed = true;
    }
  }

  private remove(name: string): void {
    const key = `${this.prefix}:${name}`;
    this.memory.delete(key);
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing more to do: the in-memory copy is gone.
    }
  }
}
