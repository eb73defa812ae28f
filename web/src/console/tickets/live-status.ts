import { Component, computed, inject, input } from '@angular/core';

import { I18n } from '../i18n/i18n';

export type LiveState = 'connected' | 'connecting' | 'unavailable';

/** Whether the page is receiving live updates, in words and with a dot that only repeats them. */
@Component({
  selector: 'mdf-live-status',
  template: `<p class="live" data-testid="live-status" [attr.data-state]="state()">
    <span class="dot" aria-hidden="true"></span>{{ label() }}
  </p>`,
  styles: `
    .live {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      margin: 0;
      color: var(--mdf-text-muted);
      font-size: 0.875rem;
    }
    .dot {
      width: 0.6rem;
      height: 0.6rem;
      border: 2px solid currentColor;
      border-radius: 50%;
    }
    [data-state='connected'] .dot {
      background: var(--mdf-success-fg);
      border-color: var(--mdf-success-fg);
    }
    [data-state='unavailable'] .dot {
      background: var(--mdf-danger-fg);
      border-color: var(--mdf-danger-fg);
    }
  `,
})
export class LiveStatus {
  private readonly i18n = inject(I18n);
  readonly state = input.required<LiveState>();
  protected readonly label = computed(() =>
    this.i18n.t('sse.status', { state: this.i18n.t(`sse.${this.state()}`) }),
  );
}
