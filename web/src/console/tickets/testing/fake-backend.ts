import { signal } from '@angular/core';
import createClient from 'openapi-fetch';

import type { paths } from '../../../api/schema';
import type { ApiClient } from '../../core/api-client';
import type { Auth, StaffUser } from '../../core/auth';

/* Test doubles for the pages' specs: an API answering from a table, and a signed-in agent. */

const ORIGIN = 'http://localhost';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, e.g. `/api/v1/tickets?page=1`. */
  readonly url: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  readonly body: unknown;
}

type Responder = (request: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** An open `text/event-stream` response the test writes frames to. */
export class FakeEventStream {
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  private readonly body = new ReadableStream<Uint8Array>({
    start: (controller) => {
      this.controller = controller;
    },
  });

  response(): Response {
    return new Response(this.body, {
      status: 200,
      headers: { 'Content-Type': 'text/event-stream' },
    });
  }

  send(event: string, data: unknown, id?: string): void {
    const frame = `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    this.controller?.enqueue(new TextEncoder().encode(frame));
  }
}

/** Answers the console's requests from registered routes, and records them. */
export class FakeBackend {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: { method: string; path: string; respond: Responder }[] = [];
  private readonly streams = new Map<string, FakeEventStream>();

  /** Registers (or replaces) the answer to `METHOD /path` (query ignored). */
  on(method: string, path: string, respond: Responder | unknown): this {
    const index = this.routes.findIndex((r) => r.method === method && r.path === path);
    if (index >= 0) this.routes.splice(index, 1);
    this.routes.push({
      method,
      path,
      respond: typeof respond === 'function' ? (respond as Responder) : () => json(respond),
    });
    return this;
  }

  /** The event stream served at `path` (created on first use). */
  stream(path: string): FakeEventStream {
    let stream = this.streams.get(path);
    if (!stream) {
      stream = new FakeEventStream();
      this.streams.set(path, stream);
    }
    return stream;
  }

  sent(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      url: url.pathname + url.search,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    this.requests.push(recorded);
    if (request.headers.get('Accept') === 'text/event-stream')
      return this.stream(url.pathname).response();
    const route = this.routes.find((r) => r.method === request.method && r.path === url.pathname);
    if (!route) return json({ title: 'Not Found', status: 404 }, 404);
    return route.respond(recorded);
  };

  /** An `ApiClient` whose calls reach this backend (same public shape; the cast hides its private fields). */
  client(): ApiClient {
    return {
      api: createClient<paths>({ baseUrl: ORIGIN, fetch: (request) => this.fetch(request) }),
      fetch: (input: string, init?: RequestInit) =>
        this.fetch(new Request(new URL(input, ORIGIN), init)),
    } as unknown as ApiClient;
  }
}

export const AGENT: StaffUser = {
  id: '7d4f1f0e-3c55-4d7e-9a51-0f3f2b7f9a10',
  email: 'claire.martin@meubledefrance.example',
  name: 'Claire Martin',
  role: 'agent',
  active: true,
  lastLoginAt: null,
  createdAt: '2026-01-05T08:00:00.000Z',
};

/** A signed-in agent; `signOut()` ends the session as a failed refresh would. */
export function fakeAuth(user: StaffUser = AGENT) {
  const current = signal<StaffUser | null>(user);
  return {
    user: current.asReadonly(),
    signedIn: () => current() !== null,
    isAdmin: () => current()?.role === 'admin',
    signOut: () => current.set(null),
  } satisfies Partial<Record<keyof Auth, unknown>> & { signOut: () => void };
}
