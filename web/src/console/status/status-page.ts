import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';

import { I18n } from '../i18n/i18n';
import { type MessageKey, isMessageKey } from '../i18n/messages';
import { type ComponentStatus, type OverallStatus, ServiceStatusApi } from './service-status';
import { StatusBadge } from './status-badge';

/** Title, explanation and symbol (a non-colour cue, hidden from assistive technologies). */
interface OverallPresentation {
  readonly title: MessageKey;
  readonly detail: MessageKey;
  readonly symbol: string;
}

const OVERALL: Readonly<Record<OverallStatus, OverallPresentation>> = {
  ok: { title: 'status.overall.ok', detail: 'status.overall.okDetail', symbol: '✓' },
  degraded: {
    title: 'status.overall.degraded',
    detail: 'status.overall.degradedDetail',
    symbol: '!',
  },
  error: { title: 'status.overall.error', detail: 'status.overall.errorDetail', symbol: '✕' },
  shutting_down: {
    title: 'status.overall.shutting_down',
    detail: 'status.overall.shutting_downDetail',
    symbol: '–',
  },
};

@Component({
  selector: 'mdf-status-page',
  imports: [StatusBadge],
  templateUrl: './status-page.html',
  styleUrl: './status-page.css',
})
export class StatusPage {
  protected readonly i18n = inject(I18n);
  private readonly statusApi = inject(ServiceStatusApi);

  /** `ServiceStatusApi.check()` never errors, so the resource only has loading/value states. */
  protected readonly status = rxResource({ stream: () => this.statusApi.check() });

  protected readonly result = computed(() => (this.status.hasValue() ? this.status.value() : null));
  protected readonly loading = this.status.isLoading;

  /** Short summary for screen readers; errors are announced by their `role="alert"` box. */
  protected readonly announcement = computed(() => {
    if (this.loading()) {
      return this.i18n.t('status.loading');
    }
    const current = this.result();
    if (current?.kind !== 'report') {
      return '';
    }
    return this.i18n.t(OVERALL[current.overall].title);
  });

  /**
   * The button uses `aria-disabled` rather than `disabled` while loading so that keyboard focus
   * stays on it; `reload()` is a no-op while a check is in flight, so extra clicks are harmless.
   */
  protected refresh(): void {
    this.status.reload();
  }

  protected overall(status: OverallStatus): OverallPresentation {
    return OVERALL[status];
  }

  protected componentLabel(component: ComponentStatus): string {
    const key = `status.component.${component.name}`;
    return isMessageKey(key) ? this.i18n.t(key) : component.name;
  }

  /** The mode in plain words when it is known, else the raw value reported by the API. */
  protected modeLabel(component: ComponentStatus): string {
    if (component.mode === null) {
      return this.i18n.t('status.mode.none');
    }
    const key = `status.mode.${component.name}.${component.mode}`;
    return isMessageKey(key) ? this.i18n.t(key) : component.mode;
  }

  protected latencyLabel(component: ComponentStatus): string {
    return component.latencyMs === null
      ? this.i18n.t('status.latency.none')
      : this.i18n.t('status.latency.value', { value: this.i18n.formatNumber(component.latencyMs) });
  }
}
