/**
 * The customer-chat routes the widget calls, through openapi-fetch typed by the generated
 * schema. Every failure is classified once here: retry later, start a new session, or give up.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../api/schema';
import { frameJson, readSse } from './sse';
import type { Locale } from './i18n';
import type {
  ChatLine,
  ConversationState,
  RatingView,
  SendBody,
  SessionView,
  TurnView,
  WidgetAppearance,
} from './types';

/** The session's credentials, as every authenticated call needs them. */
export interface SessionAuth {
  sessionId: string;
  token: string;
}

/** A refusal or a failure of an API call. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the request never got an answer (network, CORS, abort). */
    readonly status: number,
    /** The problem+json `detail` (or `title`) when the server sent one. */
    readonly detail?: string,
    /** From Retry-After, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** Worth trying again unchanged: the network, the server or the rate limiter failed. */
  get transient(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  /** The session is unknown, expired or not ours: a new one is needed. */
  get sessionLost(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }
}

/** Retry-After as seconds or an HTTP date, in ms from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function problemDetail(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    const problem = body as { detail?: unknown; title?: unknown };
    if (typeof problem.detail === 'string' && problem.detail) return problem.detail;
    if (typeof problem.title === 'string' && problem.title) return problem.title;
  }
  return undefined;
}

function toApiError(response: Response, body: unknown): ApiError {
  return new ApiError(
    response.status,
    problemDetail(body),
    retryAfterMs(response.headers.get('Retry-After')),
  );
}

/** What one customer turn produced. */
export interface TurnResult {
  /** The customer's message as stored (its id); undefined only if the server sent no `message` frame. */
  message?: ChatLine;
  /** The reply as stored; null while a person handles the conversation. */
  reply: ChatLine | null;
  state?: ConversationState;
  /** The message is stored but the reply failed after the stream opened. */
  replyFailed?: boolean;
}

export interface TurnHandlers {
  /** A piece of the reply's text as it is written. */
  onDelta?(text: string): void;
}

export class ChatApi {
  readonly client: Client<paths>;

  constructor(readonly apiBase: string) {
    // Resolved at call time so a page (or a test) replacing fetch later is honoured.
    this.client = createClient<paths>({
      baseUrl: apiBase,
      fetch: (input: Request) => globalThis.fetch(input),
    });
  }

  private auth(session: SessionAuth): Record<string, string> {
    return { Authorization: `Bearer ${session.token}` };
  }

  /** Wraps a network failure (no answer at all) as status 0. */
  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw new ApiError(0, err instanceof Error ? err.message : undefined);
    }
  }

  async createSession(siteKey: string, locale: Locale): Promise<SessionView> {
    const { data, error, response } = await this.call(() =>
      this.client.POST('/api/v1/chat/sessions', {
        // The browser sets Origin itself; the schema lists it only because the server reads it.
        params: { header: {} as { Origin: string } },
        body: { siteKey, locale },
      }),
    );
    if (!data) throw toApiError(response, error);
    return data;
  }

  /** The site's look (brand colour, corner), to wear before any chat is opened. */
  async appearance(siteKey: string): Promise<WidgetAppearance> {
    const { data, error, response } = await this.call(() =>
      this.client.GET('/api/v1/chat/sites/{siteKey}/appearance', {
        params: { path: { siteKey }, header: {} as { Origin: string } },
      }),
    );
    if (!data) throw toApiError(response, error);
    return data;
  }

  async history(session: SessionAuth): Promise<ChatLine[]> {
    const { data, error, response } = await this.call(() =>
      this.client.GET('/api/v1/chat/sessions/{id}/messages', {
        params: { path: { id: session.sessionId } },
        headers: this.auth(session),
      }),
    );
    if (!data) throw toApiError(response, error);
    return data.items;
  }

  /**
   * Sends one message and streams the reply. Resolves once the server has told the stored
   * message (and reply); throws an ApiError otherwise, status 0 when the stream broke first.
   */
  async sendTurn(
    session: SessionAuth,
    body: SendBody,
    handlers: TurnHandlers = {},
  ): Promise<TurnResult> {
    const { data, error, response } = await this.call(() =>
      this.client.POST('/api/v1/chat/sessions/{id}/messages', {
        params: { path: { id: session.sessionId }, header: { Accept: 'text/event-stream' } },
        headers: this.auth(session),
        body,
        parseAs: 'stream',
      }),
    );
    if (!response.ok || !data) throw toApiError(response, error);
    const type = response.headers.get('Content-Type') ?? '';
    if (!type.includes('text/event-stream')) {
      const turn = JSON.parse(await new Response(data).text()) as TurnView;
      return { message: turn.message, reply: turn.reply, state: turn.state };
    }
    let result: TurnResult | undefined;
    let failed = false;
    await this.call(async () => {
      for await (const frame of readSse(data)) {
        const payload = frameJson(frame);
        if (frame.event === 'delta') {
          const text = (payload as { text?: unknown } | undefined)?.text;
          if (typeof text === 'string') handlers.onDelta?.(text);
        } else if (frame.event === 'message') {
          const turn = payload as Partial<TurnView> | undefined;
          result = { message: turn?.message, reply: turn?.reply ?? null };
        } else if (frame.event === 'done' && result) {
          result.state = (payload as { state?: ConversationState } | undefined)?.state;
        } else if (frame.event === 'error') {
          failed = true;
        }
      }
    });
    if (result) return result;
    // The message was stored before the stream opened; only its reply is missing.
    if (failed) return { reply: null, replyFailed: true };
    throw new ApiError(0, 'The reply stream ended early');
  }

  async rate(session: SessionAuth, score: number, comment?: string): Promise<RatingView> {
    const { data, error, response } = await this.call(() =>
      this.client.POST('/api/v1/chat/sessions/{id}/rating', {
        params: { path: { id: session.sessionId } },
        headers: this.auth(session),
        body: comment ? { score, comment } : { score },
      }),
    );
    if (!data) throw toApiError(response, error);
    return data;
  }

  /** Opens the live event stream; the caller reads the body with readSse and aborts with `signal`. */
  async openEvents(
    session: SessionAuth,
    lastEventId: string | undefined,
    signal: AbortSignal,
  ): Promise<ReadableStream<Uint8Array>> {
    const { data, error, response } = await this.call(() =>
      this.client.GET('/api/v1/chat/sessions/{id}/events', {
        params: {
          path: { id: session.sessionId },
          header: lastEventId ? { 'Last-Event-ID': lastEventId } : {},
        },
        headers: { ...this.auth(session), Accept: 'text/event-stream' },
        parseAs: 'stream',
        signal,
      }),
    );
    if (!response.ok || !data) throw toApiError(response, error);
    return data;
  }
}
