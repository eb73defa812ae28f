/**
 * The conversation's live stream (GET /chat/sessions/:id/events) over fetch, reconnecting after
 * the server's `retry` delay with Last-Event-ID so nothing sent meanwhile is missed.
 */
import { ApiError, type ChatApi, type SessionAuth } from './api';
import { frameJson, readSse } from './sse';

export interface LiveEventHandlers {
  onEvent(type: string, data: unknown): void;
  /** The id to resume from, to keep across page reloads. */
  onPosition(id: string): void;
  /** The stream was refused for the session (expired, unknown): stop and start over. */
  onSessionLost(): void;
}

/** The server starts streams with `retry: 3000`; this is the same until it says otherwise. */
const DEFAULT_RETRY_MS = 3000;
const MAX_RETRY_MS = 60_000;

export class LiveEvents {
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private retryMs = DEFAULT_RETRY_MS;
  private failures = 0;

  constructor(
    private readonly api: ChatApi,
    private readonly session: SessionAuth,
    private lastEventId: string | undefined,
    private readonly handlers: LiveEventHandlers,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.connect();
  }

  stop(): void {
    this.running = false;
    this.clearTimer();
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Back online: do not wait for the scheduled reconnection. */
  reconnectNow(): void {
    if (!this.running || this.timer === undefined) return;
    this.clearTimer();
    void this.connect();
  }

  private async connect(): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    try {
      const body = await this.api.openEvents(this.session, this.lastEventId, controller.signal);
      this.failures = 0;
      for await (const frame of readSse(body)) {
        if (!this.running) return;
        if (frame.retry !== undefined) this.retryMs = frame.retry;
        if (frame.id !== undefined && frame.id !== '') {
          this.lastEventId = frame.id;
          this.handlers.onPosition(frame.id);
        }
        if (frame.data !== undefined) this.handlers.onEvent(frame.event, frameJson(frame));
      }
    } catch (err) {
      if (!this.running || controller.signal.aborted) return;
      if (err instanceof ApiError && err.sessionLost) {
        this.stop();
        this.handlers.onSessionLost();
        return;
      }
      // A position the server does not know (events purged): resume from now on instead.
      if (err instanceof ApiError && err.status === 400) this.lastEventId = undefined;
      this.failures++;
    }
    if (this.running && this.controller === controller) this.schedule();
  }

  private schedule(): void {
    const delay = Math.min(MAX_RETRY_MS, this.retryMs * 2 ** this.failures);
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running) void this.connect();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
