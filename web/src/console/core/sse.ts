import { type DestroyRef, Service, type Signal, inject, signal } from '@angular/core';

import { ApiClient } from './api-client';

/** One dispatched server-sent event (the WHATWG `MessageEvent` fields that matter here). */
export interface SseEvent {
  /** The `event:` field, `message` when absent. */
  readonly type: string;
  /** The `data:` lines joined with `\n`. */
  readonly data: string;
  /** The last event id seen on the stream so far (empty when none). */
  readonly lastEventId: string;
}

/** What the parser reads from the stream: events, and reconnection delays sent by the server. */
export type SseFrame =
  | { readonly kind: 'event'; readonly event: SseEvent }
  | { readonly kind: 'retry'; readonly ms: number };

/**
 * Incremental `text/event-stream` parser (HTML Living Standard, "Interpreting an event stream"):
 * feed it decoded text in chunks of any size, it returns the frames completed by each chunk.
 * Accepts `\n`, `\r\n` and `\r` line ends, comments, multi-line data and `id`/`retry` fields.
 */
export class SseParser {
  private buffer = '';
  /** A chunk ended with `\r`: a `\n` at the start of the next one belongs to the same line end. */
  private pendingCr = false;
  private data = '';
  private hasData = false;
  private type = '';
  private lastId = '';

  /** The id to send back as `Last-Event-ID` on reconnection. */
  get lastEventId(): string {
    return this.lastId;
  }

  /** Resumes from a known id (a new parser for a reconnection keeps the position). */
  constructor(lastEventId = '') {
    this.lastId = lastEventId;
  }

  push(chunk: string): SseFrame[] {
    let text = chunk;
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    this.buffer += text;
    const frames: SseFrame[] = [];
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const char = this.buffer[i];
      if (char !== '\n' && char !== '\r') continue;
      this.line(this.buffer.slice(start, i), frames);
      if (char === '\r') {
        if (i + 1 === this.buffer.length) this.pendingCr = true;
        else if (this.buffer[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
    return frames;
  }

  private line(line: string, frames: SseFrame[]): void {
    if (line === '') {
      this.dispatch(frames);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.type = value;
        break;
      case 'data':
        this.data += this.hasData ? `\n${value}` : value;
        this.hasData = true;
        break;
      case 'id':
        // An id with a NUL is ignored, as the standard says.
        if (!value.includes('\0')) this.lastId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) frames.push({ kind: 'retry', ms: Number(value) });
        break;
      default:
        break;
    }
  }

  private dispatch(frames: SseFrame[]): void {
    if (this.hasData) {
      frames.push({
        kind: 'event',
        event: { type: this.type || 'message', data: this.data, lastEventId: this.lastId },
      });
    }
    this.data = '';
    this.hasData = false;
    this.type = '';
  }
}

export const SSE_DEFAULT_RETRY_MS = 3_000;
/** Failed connection attempts back off up to this delay. */
export const SSE_MAX_RETRY_MS = 30_000;

/** Statuses after which trying again cannot help: signed out, forbidden, no such stream. */
const FATAL_STATUSES = new Set([400, 401, 403, 404, 410]);

export interface SseHandlers {
  /** Each dispatched event. */
  readonly event: (event: SseEvent) => void;
  /** The stream is open; `reconnected` is true from the second successful connection on. */
  readonly open?: (reconnected: boolean) => void;
  /** The stream stopped for good (a status that retrying cannot fix). */
  readonly fatal?: (status: number) => void;
}

export interface SseOptions {
  /** Delay before reconnecting until the server sends `retry:`. */
  readonly retryMs?: number;
  /** Resume after this id on the first connection. */
  readonly lastEventId?: string;
}

export type SseFetch = (url: string, init: RequestInit) => Promise<Response>;

/** A live event stream; `close()` stops it and any pending reconnection. */
export interface SseConnection {
  readonly connected: Signal<boolean>;
  readonly lastEventId: () => string;
  close(): void;
}

/**
 * Reads `url` as server-sent events through `fetch` (so that it can carry the bearer token, which
 * EventSource cannot), and reconnects after the stream ends or fails, sending `Last-Event-ID`.
 */
export function openEventStream(
  fetcher: SseFetch,
  url: string,
  handlers: SseHandlers,
  options: SseOptions = {},
): SseConnection {
  const connected = signal(false);
  const abort = new AbortController();
  let retryMs = options.retryMs ?? SSE_DEFAULT_RETRY_MS;
  let lastEventId = options.lastEventId ?? '';
  let opened = 0;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    if (abort.signal.aborted) return;
    // A stream that served and ended is resumed after `retry`; repeated failures back off.
    const delay = Math.min(
      retryMs * 2 ** Math.max(failures - 1, 0),
      Math.max(retryMs, SSE_MAX_RETRY_MS),
    );
    timer = setTimeout(() => void connect(), delay);
  };

  const connect = async (): Promise<void> => {
    timer = undefined;
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    let response: Response;
    try {
      response = await fetcher(url, { headers, signal: abort.signal, cache: 'no-store' });
    } catch {
      failures++;
      schedule();
      return;
    }
    if (abort.signal.aborted) return;
    if (FATAL_STATUSES.has(response.status)) {
      void response.body?.cancel().catch(() => undefined);
      handlers.fatal?.(response.status);
      return;
    }
    const type = response.headers.get('Content-Type') ?? '';
    if (!response.ok || !response.body || !type.startsWith('text/event-stream')) {
      void response.body?.cancel().catch(() => undefined);
      failures++;
      schedule();
      return;
    }
    failures = 0;
    opened++;
    connected.set(true);
    handlers.open?.(opened > 1);
    const parser = new SseParser(lastEventId);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        for (const frame of parser.push(value)) {
          if (frame.kind === 'retry') retryMs = frame.ms;
          else if (!abort.signal.aborted) deliver(handlers, frame.event);
        }
        lastEventId = parser.lastEventId;
      }
    } catch {
      // The connection dropped (or was closed on purpose): reconnect below unless aborted.
    } finally {
      lastEventId = parser.lastEventId;
      connected.set(false);
    }
    schedule();
  };

  void connect();

  return {
    connected: connected.asReadonly(),
    lastEventId: () => lastEventId,
    close: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      abort.abort();
      connected.set(false);
    },
  };
}

/** A failing handler must not end the stream for the events after it. */
function deliver(handlers: SseHandlers, event: SseEvent): void {
  try {
    handlers.event(event);
  } catch (err) {
    console.error(err);
  }
}

/** Server-sent events of the API, authenticated like every other call. */
@Service()
export class SseClient {
  private readonly client = inject(ApiClient);

  /** Opens `url`; the stream closes with `destroyRef` (the component or service that owns it). */
  open(
    url: string,
    handlers: SseHandlers,
    destroyRef: DestroyRef,
    options?: SseOptions,
  ): SseConnection {
    const connection = openEventStream(
      (input, init) => this.client.fetch(input, init),
      url,
      handlers,
      options,
    );
    destroyRef.onDestroy(() => connection.close());
    return connection;
  }
}

/** Parses an event's JSON `data`; null when it is not a JSON object. */
export function eventData(event: SseEvent): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(event.data);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
