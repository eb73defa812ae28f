import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { Clipboard } from '@angular/cdk/clipboard';
import { Component, inject, signal } from '@angular/core';

import { I18n } from '../i18n/i18n';
import type { DialogIds } from './shared/dialogs';

export interface ApiKeySecret {
  readonly name: string;
  /** `sk_live_…`: lives in this dialog only, never in the page's state. */
  readonly key: string;
}

/**
 * Shows a new key the one time the API gives it. Escape and the backdrop do not close it, so the
 * key is not lost by accident: the administrator closes it once the key is stored.
 */
@Component({
  selector: 'mdf-api-key-secret-dialog',
  template: `
    <h2 [id]="data.titleId">{{ i18n.t('apiKeys.secret.title', { name: data.name }) }}</h2>
    <p class="warning" [id]="data.descriptionId">
      <span aria-hidden="true">⚠</span> {{ i18n.t('apiKeys.secret.warning') }}
    </p>
    <p class="label">{{ i18n.t('apiKeys.secret.label') }}</p>
    <code class="secret" data-testid="apikey-secret">{{ data.key }}</code>
    <div class="copy">
      <button
        type="button"
        class="button button--secondary"
        data-testid="apikey-copy"
        (click)="copy()"
      >
        {{ i18n.t('apiKeys.secret.copy') }}
      </button>
      <span role="status" data-testid="apikey-copy-status">{{ copyStatus() }}</span>
    </div>
    <div class="actions">
      <button type="button" class="button" data-testid="apikey-secret-close" (click)="ref.close()">
        {{ i18n.t('apiKeys.secret.close') }}
      </button>
    </div>
  `,
  styleUrl: './shared/dialog.css',
  styles: `
    .warning {
      padding: 0.75rem 1rem;
      border-left: 0.375rem solid var(--mdf-warning-fg);
      border-radius: var(--mdf-radius);
      color: var(--mdf-warning-fg);
      background: var(--mdf-warning-bg);
      font-weight: 600;
    }
    .label {
      margin-bottom: 0.25rem;
    }
    .secret {
      display: block;
      padding: 0.75rem;
      border: 1px solid var(--mdf-text-muted);
      border-radius: var(--mdf-radius);
      background: var(--mdf-bg);
      font-family: ui-monospace, Menlo, Consolas, monospace;
      overflow-wrap: anywhere;
      user-select: all;
    }
    .copy {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      margin-top: 0.75rem;
    }
  `,
})
export class ApiKeySecretDialog {
  protected readonly i18n = inject(I18n);
  protected readonly data = inject<ApiKeySecret & DialogIds>(DIALOG_DATA);
  protected readonly ref = inject(DialogRef);
  private readonly clipboard = inject(Clipboard);

  protected readonly copyStatus = signal('');

  protected copy(): void {
    const copied = this.clipboard.copy(this.data.key);
    this.copyStatus.set(
      this.i18n.t(copied ? 'apiKeys.secret.copied' : 'apiKeys.secret.copyFailed'),
    );
  }
}
