/**
 * The customer's messages on their way to the server. Each keeps the clientMessageId it was
 * given when typed, through failures, retries and page reloads, so the server can recognise a
 * resend of a message it already stored. Messages leave one at a time, in the order typed.
 */
import { randomId } from './ids';
import type { PendingMessage, SessionStore } from './session-store';

export type SendOutcome =
  /** Stored by the server. */
  | { kind: 'sent' }
  /** Network, server or rate limit: try again later, `afterMs` when the server said when. */
  | { kind: 'retry'; afterMs?: number }
  /** Refused for good (invalid text or attachments): retrying would fail the same way. */
  | { kind: 'rejected'; detail?: string };

export type DeliveryStatus = 'sending' | 'failed' | 'sent' | 'rejected';

export interface OutboxHooks {
  send(message: PendingMessage): Promise<SendOutcome>;
  onStatus(message: PendingMessage, status: DeliveryStatus, detail?: string): void;
}

const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/** Exponential backoff with jitter (many widgets retrying together after an outage spread out). */
export function backoffDelay(attempt: number, random = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

export class Outbox {
  private sending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempts = 0;
  private disposed = false;

  constructor(
    private readonly store: SessionStore,
    private readonly hooks: OutboxHooks,
  ) {}

  /** Messages not yet acknowledged, oldest first. */
  get messages(): PendingMessage[] {
    return this.store.pending();
  }

  /** Whether a failed message is waiting for its next attempt. */
  get waiting(): boolean {
    return this.timer !== undefined;
  }

  /** Queues a new message (a fresh clientMessageId) and starts sending. */
  enqueue(sessionId: string, text: string, attachmentIds: string[] = []): PendingMessage {
    const message: PendingMessage = {
      clientMessageId: randomId(),
      sessionId,
      text,
      attachmentIds,
      createdAt: new Date().toISOString(),
    };
    this.store.savePending([...this.store.pending(), message]);
    void this.flush();
    return message;
  }

  /** Sends what is queued, oldest first; a no-op while a send is under way. */
  async flush(): Promise<void> {
    if (this.sending || this.disposed) return;
    this.sending = true;
    this.clearTimer();
    try {
      for (;;) {
        const head = this.store.pending()[0];
        if (!head || this.disposed) return;
        this.hooks.onStatus(head, 'sending');
        let outcome: SendOutcome;
        try {
          outcome = await this.hooks.send(head);
        } catch {
          outcome = { kind: 'retry' };
        }
        if (outcome.kind === 'retry') {
          this.attempts++;
          this.hooks.onStatus(head, 'failed');
          this.schedule(outcome.afterMs ?? backoffDelay(this.attempts));
          return;
        }
        this.attempts = 0;
        this.remove(head.clientMessageId);
        if (outcome.kind === 'sent') this.hooks.onStatus(head, 'sent');
        else this.hooks.onStatus(head, 'rejected', outcome.detail);
      }
    } finally {
      this.sending = false;
    }
  }

  /** Tries again now (the retry button, the browser coming back online). */
  retryNow(): Promise<void> {
    this.clearTimer();
    return this.flush();
  }

  /** The session changed: what is waiting goes to the new one; files of the old one cannot follow. */
  moveTo(sessionId: string): void {
    this.store.savePending(
      this.store
        .pending()
        .map((m) => (m.sessionId === sessionId ? m : { ...m, sessionId, attachmentIds: [] })),
    );
  }

  /** Removes a message from the queue (the customer gave up on it). */
  discard(clientMessageId: string): void {
    this.remove(clientMessageId);
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private remove(clientMessageId: string): void {
    this.store.savePending(
      this.store.pending().filter((m) => m.clientMessageId !== clientMessageId),
    );
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
