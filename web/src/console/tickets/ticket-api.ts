import { Service, inject } from '@angular/core';

import { ApiClient, type Schemas } from '../core/api-client';
import { unwrap } from '../core/problem';
import { type SseEvent, eventData } from '../core/sse';
import { PRIORITIES } from './ticket-labels';
import type {
  ChatMessageView,
  TicketListQuery,
  TicketFeedEventView,
  TicketPage,
  TicketUpdate,
  TicketWorkspaceView,
} from './ticket-types';

export type DossierFormat = 'pdf' | 'json';

export const TICKET_EVENTS_URL = '/api/v1/tickets/events';

/** A `ticket` frame of the staff feed; null for anything else (other events, malformed data). */
export function feedEvent(event: SseEvent): TicketFeedEventView | null {
  if (event.type !== 'ticket') return null;
  const data = eventData(event);
  if (
    !data ||
    typeof data['reference'] !== 'string' ||
    typeof data['change'] !== 'string' ||
    !(PRIORITIES as readonly unknown[]).includes(data['priority'])
  ) {
    return null;
  }
  return data as TicketFeedEventView;
}

export function chatEventsUrl(sessionId: string): string {
  return `/api/v1/chat/sessions/${encodeURIComponent(sessionId)}/events`;
}

/** The ticket calls of the REST API, typed, with failures as `ApiProblemError`. */
@Service()
export class TicketApi {
  private readonly client = inject(ApiClient);

  list(query: TicketListQuery, signal?: AbortSignal): Promise<TicketPage> {
    return unwrap(this.client.api.GET('/api/v1/tickets', { params: { query }, signal }));
  }

  get(reference: string, signal?: AbortSignal): Promise<TicketWorkspaceView> {
    return unwrap(
      this.client.api.GET('/api/v1/tickets/{reference}', {
        params: { path: { reference } },
        signal,
      }),
    );
  }

  async update(reference: string, body: TicketUpdate): Promise<void> {
    await unwrap(
      this.client.api.PATCH('/api/v1/tickets/{reference}', {
        params: { path: { reference } },
        body,
      }),
    );
  }

  reply(reference: string, text: string): Promise<ChatMessageView> {
    return unwrap(
      this.client.api.POST('/api/v1/tickets/{reference}/messages', {
        params: { path: { reference } },
        body: { text },
      }),
    );
  }

  /** Tells the customer (and the other screens) that this agent is typing, or stopped. */
  async typing(sessionId: string, active: boolean, clientId: string): Promise<void> {
    await unwrap(
      this.client.api.POST('/api/v1/chat/sessions/{id}/typing', {
        params: { path: { id: sessionId } },
        body: { active, clientId },
      }),
    );
  }

  async users(): Promise<Schemas['UserView'][]> {
    return unwrap(this.client.api.GET('/api/v1/users'));
  }

  /** The claim file, as a PDF or the JSON the API assembles. */
  dossier(reference: string, format: DossierFormat): Promise<Blob> {
    const accept = format === 'pdf' ? 'application/pdf' : 'application/json';
    return this.blob(`/api/v1/tickets/${encodeURIComponent(reference)}/dossier`, accept);
  }

  /** An uploaded file's bytes (only staff and its owner may read it). */
  upload(id: string, signal?: AbortSignal): Promise<Blob> {
    return this.blob(`/api/v1/uploads/${encodeURIComponent(id)}`, '*/*', signal);
  }

  /** A binary answer read by the same rules as the typed calls (problem+json on failure). */
  private blob(url: string, accept: string, signal?: AbortSignal): Promise<Blob> {
    return unwrap(
      this.client
        .fetch(url, { headers: { Accept: accept }, signal })
        .then(async (response) =>
          response.ok
            ? { response, data: await response.blob() }
            : { response, error: (await response.json().catch(() => null)) as unknown },
        ),
    );
  }
}

/** Offers `blob` to the browser as a file download. */
export function saveBlob(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
