import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, Outbox, type SendOutcome } from './outbox';
import { SessionStore, type PendingMessage } from './session-store';

const API = 'https://api.example';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Outbox', () => {
  let store: SessionStore;
  let sent: PendingMessage[];
  let outcomes: SendOutcome[];
  let statuses: [string, string][];

  function outbox(send?: (m: PendingMessage) => Promise<SendOutcome>): Outbox {
    return new Outbox(store, {
      send:
        send ??
        (async (m) => {
          sent.push(m);
          return outcomes.shift() ?? { kind: 'sent' };
        }),
      onStatus: (m, status) => statuses.push([m.text, status]),
    });
  }

  beforeEach(() => {
    vi.useFakeTimers();
    store = new SessionStore('site_a', API, localStorage);
    sent = [];
    outcomes = [];
    statuses = [];
  });

  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it('gives each message its own uuid and removes it once sent', async () => {
    const box = outbox();
    const a = box.enqueue('s1', 'un');
    const b = box.enqueue('s1', 'deux');
    await vi.runAllTimersAsync();
    expect(a.clientMessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.clientMessageId).not.toBe(b.clientMessageId);
    expect(sent.map((m) => m.text)).toEqual(['un', 'deux']);
    expect(box.messages).toEqual([]);
  });

  it('retries a failed message with the same clientMessageId after a backoff', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter: the first backoff is 1 s
    outcomes = [{ kind: 'retry' }, { kind: 'retry', afterMs: 5000 }, { kind: 'sent' }];
    const box = outbox();
    const message = box.enqueue('s1', 'Mon canapé est abîmé');
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual(['Mon canapé est abîmé', 'failed']);
    expect(box.messages).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4900); // the server asked for 5 s
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(200);

    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((m) => m.clientMessageId))).toEqual(new Set([message.clientMessageId]));
    expect(box.messages).toEqual([]);
  });

  it('sends nothing twice while a send is under way, whatever triggers a retry', async () => {
    const gate = deferred<SendOutcome>();
    const send = vi.fn(() => gate.promise);
    const box = outbox(send);
    box.enqueue('s1', 'bonjour');
    await box.retryNow();
    await box.flush();
    window.dispatchEvent(new Event('online'));
    expect(send).toHaveBeenCalledTimes(1);
    gate.resolve({ kind: 'sent' });
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps the order: a later message waits behind a failing one', async () => {
    outcomes = [{ kind: 'retry' }];
    const box = outbox();
    box.enqueue('s1', 'premier');
    await vi.advanceTimersByTimeAsync(0);
    box.enqueue('s1', 'second');
    await vi.runAllTimersAsync();
    expect(sent.map((m) => m.text)).toEqual(['premier', 'premier', 'second']);
  });

  it('survives a reload: the pending message is resent with its original id', async () => {
    outcomes = [{ kind: 'retry' }];
    const first = outbox();
    const message = first.enqueue('s1', 'avant le rechargement');
    await vi.advanceTimersByTimeAsync(0);
    first.dispose();

    const afterReload = outbox();
    expect(afterReload.messages.map((m) => m.clientMessageId)).toEqual([message.clientMessageId]);
    await afterReload.flush();
    expect(sent.map((m) => m.clientMessageId)).toEqual([
      message.clientMessageId,
      message.clientMessageId,
    ]);
    expect(afterReload.messages).toEqual([]);
  });

  it('drops a message the server refuses for good, and goes on with the next', async () => {
    outcomes = [{ kind: 'rejected', detail: 'text must be shorter' }];
    const box = outbox();
    box.enqueue('s1', 'trop long');
    box.enqueue('s1', 'ok');
    await vi.runAllTimersAsync();
    expect(statuses).toContainEqual(['trop long', 'rejected']);
    expect(sent.map((m) => m.text)).toEqual(['trop long', 'ok']);
    expect(box.messages).toEqual([]);
  });

  it('moves waiting messages to a new session without the old session files', () => {
    outcomes = [{ kind: 'retry' }];
    const box = outbox(async () => ({ kind: 'retry' }));
    const message = box.enqueue('old', 'avec photo', ['upload-1']);
    box.moveTo('new');
    expect(box.messages).toEqual([{ ...message, sessionId: 'new', attachmentIds: [] }]);
  });
});

describe('backoffDelay', () => {
  it('doubles up to a ceiling of about 30 s', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => backoffDelay(n, mid))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });
});
