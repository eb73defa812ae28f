import { type Provider, computed, signal } from '@angular/core';
import createClient from 'openapi-fetch';

import type { paths } from '../../../api/schema';
import { ApiClient } from '../../core/api-client';
import { Auth, type StaffUser } from '../../core/auth';

/* Test doubles of the API for the specs of the dashboard and the admin pages. */

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

export interface StubReply {
  readonly status?: number;
  readonly body?: unknown;
}

type Handler = (request: RecordedRequest) => StubReply | Promise<StubReply>;

interface Route {
  readonly method: string;
  readonly path: string;
  readonly handler: Handler;
}

const TEST_ORIGIN = 'http://console.test';

/** Node's `Request` (unlike a browser's) cannot resolve the client's same-origin paths. */
class SameOriginRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, TEST_ORIGIN) : input, init);
  }
}

/**
 * A fake backend behind a real openapi-fetch client: it records every request and answers from
 * the routes declared with `on()` (the latest declaration of a route wins), 404 otherwise.
 */
export class FakeApi {
  readonly requests: RecordedRequest[] = [];
  private routes: Route[] = [];

  readonly client = createClient<paths>({
    baseUrl: '',
    fetch: (request: Request) => this.answer(request),
    Request: SameOriginRequest,
  });

  on(method: string, path: string, reply: StubReply | Handler): this {
    const handler: Handler = typeof reply === 'function' ? reply : () => reply;
    this.routes = [{ method, path, handler }, ...this.routes];
    return this;
  }

  /** Requests made to one route, oldest first. */
  calls(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  providers(): Provider[] {
    const fake: Pick<ApiClient, 'api'> = { api: this.client };
    return [{ provide: ApiClient, useValue: fake }];
  }

  private async answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    this.requests.push(recorded);
    const route = this.routes.find((r) => r.method === request.method && r.path === url.pathname);
    const reply = route ? await route.handler(recorded) : { status: 404, body: undefined };
    const status = reply.status ?? 200;
    const problem = status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: {
        'Content-Type': problem ? 'application/problem+json' : 'application/json',
      },
    });
  }
}

/** A problem+json body as the API writes it. */
export function problemBody(
  status: number,
  title: string,
  detail: string,
  errors?: { field: string; message: string }[],
): Record<string, unknown> {
  return {
    type: `/problems/${status}`,
    title,
    status,
    detail,
    instance: '/api/v1/test',
    requestId: 'req-test-1',
    ...(errors ? { errors } : {}),
  };
}

/** A signed-in staff member without the login round trip. */
export function provideSignedIn(user: StaffUser): Provider[] {
  const current = signal(user);
  const fake: Pick<Auth, 'user' | 'signedIn' | 'isAdmin'> = {
    user: current.asReadonly(),
    signedIn: computed(() => true),
    isAdmin: computed(() => current().role === 'admin'),
  };
  return [{ provide: Auth, useValue: fake }];
}

export const ADMIN: StaffUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@meubledefrance.example',
  name: 'Alice Admin',
  role: 'admin',
  active: true,
  lastLoginAt: '2026-11-25T08:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** Lets pending promises, resources and change detection settle. */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    fixture.detectChanges();
  }
}
