import { Component, computed, inject, input } from '@angular/core';

import { I18n } from '../i18n/i18n';
import type { ComponentState } from './service-status';

/** Symbols doubling the colour so the state is never conveyed by colour alone. */
const SYMBOLS: Readonly<Record<ComponentState, string>> = {
  up: '✓',
  degraded: '!',
  down: '✕',
  unknown: '?',
};

@Component({
  selector: 'mdf-status-badge',
  template: `
    <span aria-hidden="true" class="symbol">{{ symbol() }}</span>
    <span>{{ label() }}</span>
  `,
  styleUrl: './status-badge.css',
  host: {
    class: 'badge',
    '[class]': '"badge--" + state()',
    '[attr.data-state]': 'state()',
  },
})
export class StatusBadge {
  private readonly i18n = inject(I18n);

  readonly state = input.required<ComponentState>();

  protected readonly symbol = computed(() => SYMBOLS[this.state()]);
  protected readonly label = computed(() => this.i18n.t(`status.state.${this.state()}`));
}
