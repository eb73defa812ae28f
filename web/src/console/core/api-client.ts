import { Service, inject } from '@angular/core';
import createClient, { type Client } from 'openapi-fetch';

import type { components, paths } from '../../api/schema';
import { Auth } from './auth';

/** Schemas of the API's OpenAPI document (`npm run api:client` regenerates them). */
export type Schemas = components['schemas'];

/**
 * The typed client of the REST API, generated types + openapi-fetch. Every call carries the
 * agent's access token; a 401 refreshes the session once and replays the request.
 */
@Service()
export class ApiClient {
  private readonly auth = inject(Auth);

  readonly api: Client<paths> = createClient<paths>({
    baseUrl: '',
    fetch: (request) => this.auth.fetch(request),
  });

  /** For what the typed client does not cover: event streams and binary downloads. */
  fetch(input: string, init?: RequestInit): Promise<Response> {
    return this.auth.fetch(new Request(input, init));
  }
}
