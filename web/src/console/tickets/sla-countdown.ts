import { Component, computed, inject, input } from '@angular/core';

import { I18n } from '../i18n/i18n';
import { Clock } from './clock';
import {
  type DeadlineState,
  type SlaTarget,
  currentDeadline,
  interventionState,
  responseState,
} from './sla';
import { TicketLabels } from './ticket-labels';
import type { TicketView } from './ticket-types';

/**
 * A live SLA countdown, driven by the page's `Clock`. It is not a live region: a screen reader
 * reads it when it reaches it, rather than every second.
 */
@Component({
  selector: 'mdf-sla-countdown',
  template: `<span
    class="sla"
    [class.overdue]="view().state.kind === 'overdue'"
    [attr.data-state]="view().state.kind"
    [attr.title]="deadlineText()"
  >
    @if (view().state.kind === 'overdue') {
      <span class="mark" aria-hidden="true">⚠ </span>
    }
    {{ text() }}</span
  >`,
  styles: `
    .sla {
      font-variant-numeric: tabular-nums;
    }
    .overdue {
      padding: 0.05rem 0.4rem;
      border-radius: var(--mdf-radius);
      background: var(--mdf-danger-bg);
      color: var(--mdf-danger-fg);
      font-weight: 700;
    }
  `,
})
export class SlaCountdown {
  private readonly clock = inject(Clock);
  private readonly labels = inject(TicketLabels);
  private readonly i18n = inject(I18n);

  readonly ticket = input.required<Pick<TicketView, 'status' | 'sla'>>();
  /** `current`: the deadline that matters now (queue); else that one deadline (detail page). */
  readonly target = input<SlaTarget | 'current'>('current');

  protected readonly view = computed((): { target: SlaTarget; state: DeadlineState } => {
    const ticket = this.ticket();
    const now = this.clock.now();
    switch (this.target()) {
      case 'response':
        return { target: 'response', state: responseState(ticket, now) };
      case 'intervention':
        return { target: 'intervention', state: interventionState(ticket, now) };
      default:
        return currentDeadline(ticket, now);
    }
  });

  protected readonly text = computed(() =>
    this.labels.deadline(this.view().target, this.view().state),
  );

  protected readonly deadlineText = computed(() => {
    const { sla } = this.ticket();
    const due = this.view().target === 'response' ? sla.responseDueAt : sla.interventionDueAt;
    return this.i18n.t('ticket.sla.deadline', { date: this.labels.dateTime(due) });
  });
}
