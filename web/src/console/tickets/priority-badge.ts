import { Component, computed, inject, input } from '@angular/core';

import { I18n } from '../i18n/i18n';
import type { Priority } from './ticket-types';

/** A ticket's priority: its code and level in words, on a colour that only repeats them. */
@Component({
  selector: 'mdf-priority-badge',
  template: `<span class="badge" [attr.data-priority]="priority()">
    <span class="code">{{ priority() }}</span> {{ level() }}
  </span>`,
  styles: `
    .badge {
      display: inline-flex;
      gap: 0.3rem;
      align-items: baseline;
      padding: 0.1rem 0.5rem;
      border: 1px solid transparent;
      border-radius: 999px;
      font-size: 0.875rem;
      white-space: nowrap;
    }
    .code {
      font-weight: 700;
    }
    /* Each pair is at least 6.5:1. */
    [data-priority='P0'] {
      background: #a61e2d;
      color: #ffffff;
    }
    [data-priority='P1'] {
      background: #ffe1c2;
      border-color: #b35c00;
      color: #6b3100;
    }
    [data-priority='P2'] {
      background: #dbe7f6;
      color: #1f4e8c;
    }
    [data-priority='P3'] {
      background: var(--mdf-neutral-bg);
      color: var(--mdf-neutral-fg);
    }
    @media (forced-colors: active) {
      .badge {
        border-color: CanvasText;
      }
    }
  `,
})
export class PriorityBadge {
  private readonly i18n = inject(I18n);
  readonly priority = input.required<Priority>();
  protected readonly level = computed(() => this.i18n.t(`ticket.priority.${this.priority()}`));
}
