import { Component, computed, inject, input } from '@angular/core';

import { LocalFormat } from '../core/local-format';
import { I18n } from '../i18n/i18n';
import { PriorityBadge } from './priority-badge';
import { TicketLabels } from './ticket-labels';
import type { TicketWorkspaceView } from './ticket-types';

/** Why the ticket is what it is: detection, tone, decision, every priority factor, warranty. */
@Component({
  selector: 'mdf-ticket-analysis',
  imports: [PriorityBadge],
  templateUrl: './ticket-analysis.html',
  styleUrls: ['./panel.css', './ticket-analysis.css'],
})
export class TicketAnalysis {
  protected readonly i18n = inject(I18n);
  protected readonly labels = inject(TicketLabels);
  private readonly format = inject(LocalFormat);

  readonly ticket = input.required<TicketWorkspaceView>();

  protected readonly analysis = computed(() => this.ticket().analysis);

  protected percent(value: number): string {
    return this.i18n.t('ticket.analysis.percent', { value: this.i18n.formatNumber(value * 100) });
  }

  protected euros(value: number): string {
    return new Intl.NumberFormat(this.format.locale(), {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 4,
    }).format(value);
  }

  protected date(iso: string): string {
    // A calendar date (YYYY-MM-DD): shown as such, without a time zone shift.
    const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
    return new Intl.DateTimeFormat(this.format.locale(), {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, day));
  }
}
