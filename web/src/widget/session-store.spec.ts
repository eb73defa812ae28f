import { afterEach, describe, expect, it } from 'vitest';
import { EXPIRY_MARGIN_MS, SessionStore, type StoredSession } from './session-store';

const API = 'https://api.example';
const NOW = Date.parse('2026-11-02T09:00:00.000Z');

function session(overrides: Partial<StoredSession> = {}): StoredSession {
  return {
    sessionId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
    token: 'token-1',
    expiresAt: new Date(NOW + 24 * 3600_000).toISOString(),
    apiBase: API,
    locale: 'fr',
    greeting: 'Bonjour !',
    ...overrides,
  };
}

afterEach(() => localStorage.clear());

describe('SessionStore', () => {
  it('resumes a saved session after a reload (a new store on the same storage)', () => {
    new SessionStore('site_a', API, localStorage).saveSession(session());
    const reloaded = new SessionStore('site_a', API, localStorage);
    expect(reloaded.loadSession(NOW)).toEqual(session());
  });

  it('keeps one session per site key', () => {
    new SessionStore('site_a', API, localStorage).saveSession(session());
    expect(new SessionStore('site_b', API, localStorage).loadSession(NOW)).toBeNull();
  });

  it('forgets a session that has expired or is about to', () => {
    const store = new SessionStore('site_a', API, localStorage);
    store.saveSession(session({ expiresAt: new Date(NOW + EXPIRY_MARGIN_MS / 2).toISOString() }));
    expect(store.loadSession(NOW)).toBeNull();
    expect(localStorage.getItem('mdf-chat:site_a:session')).toBeNull();
  });

  it('does not resume a session of another API deployment', () => {
    new SessionStore('site_a', 'https://other.example', localStorage).saveSession(
      session({ apiBase: 'https://other.example' }),
    );
    expect(new SessionStore('site_a', API, localStorage).loadSession(NOW)).toBeNull();
  });

  it('ignores corrupt stored data', () => {
    localStorage.setItem('mdf-chat:site_a:session', '{not json');
    localStorage.setItem('mdf-chat:site_a:outbox', '"nope"');
    const store = new SessionStore('site_a', API, localStorage);
    expect(store.loadSession(NOW)).toBeNull();
    expect(store.pending()).toEqual([]);
  });

  it('keeps the last event id and the rating with the session', () => {
    const store = new SessionStore('site_a', API, localStorage);
    store.saveSession(session());
    store.updateSession({ lastEventId: '1042', rated: true });
    expect(new SessionStore('site_a', API, localStorage).loadSession(NOW)).toMatchObject({
      lastEventId: '1042',
      rated: true,
    });
  });

  it('keeps unsent messages when the session is forgotten', () => {
    const store = new SessionStore('site_a', API, localStorage);
    store.saveSession(session());
    const pending = {
      clientMessageId: 'c1',
      sessionId: session().sessionId,
      text: 'Bonjour',
      attachmentIds: [],
      createdAt: new Date(NOW).toISOString(),
    };
    store.savePending([pending]);
    store.clearSession();
    expect(new SessionStore('site_a', API, localStorage).pending()).toEqual([pending]);
  });

  it('works in memory when storage refuses writes', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const store = new SessionStore('site_a', API, refusing);
    store.saveSession(session());
    expect(store.loadSession(NOW)).toEqual(session());
  });
});
