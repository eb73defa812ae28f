import { Dialog } from '@angular/cdk/dialog';
import { Component, computed, inject, resource, signal } from '@angular/core';

import { ApiClient, type Schemas } from '../core/api-client';
import { LocalFormat } from '../core/local-format';
import { type ApiProblem, problemOf, unwrap } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { ApiKeyCreateDialog } from './api-key-create-dialog';
import { type ApiKeySecret, ApiKeySecretDialog } from './api-key-secret-dialog';
import { confirmAction } from './shared/confirm-dialog';
import { openDialog } from './shared/dialogs';
import { AdminListPage } from './shared/list-page';

type ApiKey = Schemas['ApiKeyView'];
type CreatedKey = Schemas['CreatedApiKeyView'];

/** Partner API keys: list, creation (the secret shown once), revocation. */
@Component({
  selector: 'mdf-api-keys-page',
  imports: [AdminListPage],
  templateUrl: './api-keys-page.html',
  styleUrl: './shared/admin-page.css',
  styles: `
    .scopes {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .expiry {
      display: block;
      font-size: 0.875rem;
      color: var(--mdf-text-muted);
    }
  `,
})
export class ApiKeysPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(LocalFormat);
  private readonly api = inject(ApiClient).api;
  private readonly dialog = inject(Dialog);

  protected readonly keys = resource({
    loader: ({ abortSignal }) => unwrap(this.api.GET('/api/v1/api-keys', { signal: abortSignal })),
  });
  /** The keys once loaded, if there are any. */
  protected readonly list = computed(() =>
    this.keys.hasValue() && this.keys.value().length > 0 ? this.keys.value() : null,
  );

  protected readonly notice = signal('');
  protected readonly actionProblem = signal<ApiProblem | null>(null);
  protected readonly busyId = signal<string | null>(null);

  protected isExpired(key: ApiKey): boolean {
    return key.expiresAt !== null && new Date(key.expiresAt).getTime() <= Date.now();
  }

  protected async create(): Promise<void> {
    this.actionProblem.set(null);
    this.notice.set('');
    const created = await openDialog<CreatedKey, object, ApiKeyCreateDialog>(
      this.dialog,
      ApiKeyCreateDialog,
      {},
    ).closed;
    if (!created) return;
    const { key, ...listed } = created;
    this.keys.update((keys) => [listed, ...(keys ?? [])]);
    this.notice.set(this.i18n.t('apiKeys.created', { name: created.name }));
    await openDialog<void, ApiKeySecret, ApiKeySecretDialog>(
      this.dialog,
      ApiKeySecretDialog,
      { name: created.name, key },
      { role: 'alertdialog', disableClose: true, described: true },
    ).closed;
  }

  protected async revoke(key: ApiKey): Promise<void> {
    if (this.busyId() !== null) return;
    const confirmed = await confirmAction(this.dialog, {
      title: this.i18n.t('apiKeys.revoke.title', { name: key.name }),
      message: this.i18n.t('apiKeys.revoke.message', { name: key.name }),
      confirmLabel: this.i18n.t('apiKeys.revoke.confirm'),
    });
    if (!confirmed) return;
    this.busyId.set(key.id);
    this.actionProblem.set(null);
    try {
      const revoked = await unwrap(
        this.api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id: key.id } } }),
      );
      this.keys.update((keys) => (keys ?? []).map((k) => (k.id === revoked.id ? revoked : k)));
      this.notice.set(this.i18n.t('apiKeys.revoked', { name: key.name }));
    } catch (error) {
      this.actionProblem.set(problemOf(error));
    } finally {
      this.busyId.set(null);
    }
  }
}
