import {
  DestroyRef,
  type Signal,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Router } from '@angular/router';

import { Auth } from '../core/auth';
import { SseClient } from '../core/sse';
import type { LiveState } from './live-status';
import { TICKET_EVENTS_URL, feedEvent } from './ticket-api';
import type { TicketFeedEventView } from './ticket-types';

/**
 * When the session ends under a page (its refresh failed), back to the sign-in page, which brings
 * the agent back here afterwards.
 */
function leaveWhenSignedOut(): void {
  const auth = inject(Auth);
  const router = inject(Router);
  effect(() => {
    if (auth.signedIn()) return;
    untracked(() => {
      const returnUrl = router.url;
      void router.navigate(['/login'], {
        queryParams: returnUrl.startsWith('/login') ? {} : { returnUrl },
      });
    });
  });
}

export interface StaffFeedHandlers {
  /** A ticket was created or changed. */
  readonly change: (change: TicketFeedEventView) => void;
  /** The feed is back after a break: changes may have been missed. */
  readonly reconnected: () => void;
}

/**
 * What a ticket page needs while it is open: the staff feed of ticket changes (closed with the
 * page), and the way back to sign-in when the session ends. Call from a page's field initialiser
 * or constructor; returns the feed's state for `mdf-live-status`.
 */
export function openTicketPageSession(handlers: StaffFeedHandlers): Signal<LiveState> {
  leaveWhenSignedOut();
  const refused = signal(false);
  const live = inject(SseClient).open(
    TICKET_EVENTS_URL,
    {
      event: (event) => {
        const change = feedEvent(event);
        if (change) handlers.change(change);
      },
      open: (reconnected) => {
        if (reconnected) handlers.reconnected();
      },
      fatal: () => refused.set(true),
    },
    inject(DestroyRef),
  );
  return computed((): LiveState => {
    if (live.connected()) return 'connected';
    return refused() ? 'unavailable' : 'connecting';
  });
}
