import type { TestApp } from './test-app';

/** One dispatched server-sent event, as EventSource would see it. */
export interface SseFrame {
  /** The `id:` of this frame, if it had one. */
  id?: string;
  /** `event:`; 'message' when absent, as in EventSource. */
  event: string;
  /** The `data:` lines joined with '\n'. */
  data: string;
  /** `data` parsed as JSON. */
  json<T = Record<string, unknown>>(): T;
}

export interface SseClient {
  status: number;
  headers: Headers;
  /** The whole body when the answer was not an event stream (a problem+json refusal). */
  text: string;
  /** Every event dispatched so far, in order. */
  readonly frames: SseFrame[];
  /** The last `retry:` value received. */
  readonly retry: number | undefined;
  /** What EventSource would send as Last-Event-ID on reconnection (frames with only an id count). */
  readonly lastEventId: string | undefined;
  /** Whether the server ended the stream. */
  readonly ended: boolean;
  /**
   * The next event not yet returned (of this type, skipping others), waiting up
   * to `timeoutMs` for it to arrive.
   */
  next(type?: string, timeoutMs?: number): Promise<SseFrame>;
  /** Hangs up, as a browser tab closing. */
  close(): void;
}

/** A URL of the running app on loopback (the app listens on an ephemeral port once). */
const urls = new WeakMap<TestApp, Promise<string>>();
export function appUrl(t: TestApp): Promise<string> {
  let url = urls.get(t);
  if (!url) {
    url = t.app.listen(0, '127.0.0.1').then(() => t.app.getUrl());
    urls.set(t, url);
  }
  return url;
}

/**
 * Opens a text/event-stream with fetch() and parses it as EventSource does
 * (fields id, event, data, retry; comments ignored). Resolves once the
 * response headers are in; anything other than an event stream is read whole.
 */
export async function openSse(
  url: string,
  headers: Record<string, string> = {},
): Promise<SseClient> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const frames: SseFrame[] = [];
  const waiters = new Set<() => void>();
  let cursor = 0;
  let retry: number | undefined;
  let lastEventId: string | undefined;
  let ended = false;
  let text = '';

  const notify = () => {
    for (const wake of [...waiters]) wake();
  };

  const streaming = res.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
  if (!streaming) {
    text = await res.text();
    ended = true;
  } else if (res.body) {
    const body = res.body;
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      let id: string | undefined;
      let event = '';
      let data: string[] = [];
      try {
        for await (const chunk of body) {
          buffer += decoder.decode(chunk as Uint8Array, { stream: true });
          let newline: number;
          while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
            const line = buffer.slice(0, newline);
            buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
            if (line === '') {
              // A blank line dispatches; a frame without data only moves the last event id.
              if (id !== undefined) lastEventId = id;
              if (data.length > 0) {
                const payload = data.join('\n');
                frames.push({
                  id,
                  event: event || 'message',
                  data: payload,
                  json: <T>() => JSON.parse(payload) as T,
                });
                notify();
              }
              id = undefined;
              event = '';
              data = [];
              continue;
            }
            if (line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') id = value;
            else if (field === 'event') event = value;
            else if (field === 'data') data.push(value);
            else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
          }
        }
      } catch {
        // Aborted by close(), or the server cut the connection.
      }
      ended = true;
      notify();
    })();
  }

  return {
    status: res.status,
    headers: res.headers,
    get text() {
      return text;
    },
    frames,
    get retry() {
      return retry;
    },
    get lastEventId() {
      return lastEventId;
    },
    get ended() {
      return ended;
    },
    async next(type?: string, timeoutMs = 5_000): Promise<SseFrame> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (cursor < frames.length) {
          const frame = frames[cursor++];
          if (type === undefined || frame.event === type) return frame;
        }
        if (ended) throw new Error(`The stream ended before a ${type ?? ''} event arrived`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No ${type ?? ''} event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            waiters.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiters.add(wake);
        });
      }
    },
    close(): void {
      abort.abort();
    },
  };
}

/** The events of a whole event-stream body (a streamed POST reply), each with its JSON data. */
export function sseEvents(body: string): { event?: string; data: Record<string, unknown> }[] {
  return body
    .split('\n\n')
    .filter((frame) => frame.includes('event:'))
    .map((frame) => ({
      event: /event: (.+)/.exec(frame)?.[1],
      data: JSON.parse(/data: (.+)/.exec(frame)?.[1] ?? 'null') as Record<string, unknown>,
    }));
}
