import { Component, DestroyRef, computed, inject, linkedSignal, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { problemOf } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { Clock } from './clock';
import { EvidenceGallery } from './evidence-gallery';
import { LiveStatus } from './live-status';
import { PriorityBadge } from './priority-badge';
import { openTicketPageSession } from './session';
import { SlaCountdown } from './sla-countdown';
import { TicketActions } from './ticket-actions';
import { TicketAnalysis } from './ticket-analysis';
import { TicketApi } from './ticket-api';
import { TicketLabels } from './ticket-labels';
import { TicketTimeline } from './ticket-timeline';
import { TicketTranscript } from './ticket-transcript';
import type { TicketWorkspaceView } from './ticket-types';

/** Changes announced together cause one reload. */
export const DETAIL_RELOAD_DEBOUNCE_MS = 300;

interface LoadedTicket {
  readonly ticket: TicketWorkspaceView;
}

@Component({
  selector: 'mdf-ticket-detail-page',
  imports: [
    RouterLink,
    PriorityBadge,
    SlaCountdown,
    LiveStatus,
    TicketTranscript,
    EvidenceGallery,
    TicketAnalysis,
    TicketTimeline,
    TicketActions,
  ],
  providers: [Clock],
  templateUrl: './ticket-detail-page.html',
  styleUrls: ['./panel.css', './ticket-detail-page.css'],
})
export class TicketDetailPage {
  protected readonly i18n = inject(I18n);
  protected readonly labels = inject(TicketLabels);
  private readonly api = inject(TicketApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly reference = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('reference') ?? '')),
    { requireSync: true },
  );

  protected readonly workspace = resource({
    params: () => this.reference(),
    loader: async ({ params, abortSignal }): Promise<LoadedTicket> => ({
      ticket: await this.api.get(params, abortSignal),
    }),
  });

  /** The ticket stays on screen while it reloads after a change. */
  protected readonly loaded = linkedSignal<LoadedTicket | undefined, LoadedTicket | undefined>({
    source: () => (this.workspace.hasValue() ? this.workspace.value() : undefined),
    computation: (value, previous) =>
      value ??
      (previous?.value?.ticket.reference === this.reference() ? previous.value : undefined),
  });

  protected readonly problem = computed((): 'notFound' | 'error' | null => {
    if (this.workspace.status() !== 'error') return null;
    return problemOf(this.workspace.error()).status === 404 ? 'notFound' : 'error';
  });

  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  protected readonly liveState = openTicketPageSession({
    change: (change) => {
      if (change.reference === this.reference()) this.scheduleReload();
    },
    reconnected: () => this.reload(),
  });

  constructor() {
    this.destroyRef.onDestroy(() => clearTimeout(this.reloadTimer));
  }

  /** After an action here, or a change announced live: read the ticket again. */
  protected reload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = undefined;
    this.workspace.reload();
  }

  protected retry(): void {
    this.workspace.reload();
  }

  /** Live changes may come in bursts (several status steps): one reload for them all. */
  protected scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => this.reload(), DETAIL_RELOAD_DEBOUNCE_MS);
  }

  protected recapText(recap: TicketWorkspaceView['recap']): string {
    switch (recap.status) {
      case 'sent':
        return this.i18n.t('ticket.recap.sent', { date: this.when(recap.sentAt) });
      case 'failed':
        return this.i18n.t('ticket.recap.failed', { attempts: recap.attempts });
      default:
        return this.labels.recap(recap.status);
    }
  }

  protected validationText(validation: TicketWorkspaceView['validation']): string {
    if (validation.status === 'pending') return this.i18n.t('ticket.validation.pending');
    return this.i18n.t(`ticket.validation.${validation.status}`, {
      date: this.when(validation.at),
    });
  }

  private when(iso: string | null): string {
    return iso ? this.labels.dateTime(iso) : '';
  }
}
