import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { Component, computed, inject, signal } from '@angular/core';

import { ApiClient, type Schemas } from '../core/api-client';
import { unwrap } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { API_SCOPES, type ApiScope, SCOPE_DESCRIPTIONS } from './api-key-scopes';
import type { DialogIds } from './shared/dialogs';
import { FieldErrors } from './shared/field-errors';
import { FormActions } from './shared/form-actions';
import { FieldControl, FormField } from './shared/form-field';
import { FormSubmission } from './shared/form-submission';
import { ProblemAlert } from './shared/problem-alert';

type CreatedKey = Schemas['CreatedApiKeyView'];

const FIELDS = ['name', 'scopes', 'expiresAt'] as const;

/** `yyyy-mm-dd` of a local date, as a date input gives and takes it. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Names a new partner key and picks its scopes; closes with the created key (secret included). */
@Component({
  selector: 'mdf-api-key-create-dialog',
  imports: [FieldControl, FieldErrors, FormActions, FormField, ProblemAlert],
  templateUrl: './api-key-create-dialog.html',
  styleUrl: './shared/dialog.css',
})
export class ApiKeyCreateDialog {
  protected readonly i18n = inject(I18n);
  protected readonly data = inject<DialogIds>(DIALOG_DATA);
  private readonly ref = inject<DialogRef<CreatedKey>>(DialogRef);
  private readonly api = inject(ApiClient).api;

  protected readonly fields = FIELDS;
  protected readonly scopes = API_SCOPES;
  protected readonly name = signal('');
  protected readonly chosen = signal<ReadonlySet<ApiScope>>(new Set());
  /** Last day the key works (`yyyy-mm-dd`, local), or '' for a key without an end. */
  protected readonly expiresOn = signal('');
  /** The earliest end the form offers: tomorrow. */
  protected readonly firstDay = localDay(new Date(Date.now() + 86_400_000));

  private readonly localErrors = computed(() => ({
    name: this.name().trim() === '' ? [this.i18n.t('apiKeys.form.nameRequired')] : [],
    scopes: this.chosen().size === 0 ? [this.i18n.t('apiKeys.form.scopesRequired')] : [],
    expiresAt:
      this.expiresOn() !== '' && this.expiresOn() < this.firstDay
        ? [this.i18n.t('apiKeys.form.expiresInPast')]
        : [],
  }));
  protected readonly form = new FormSubmission(() => this.localErrors());

  protected describe(scope: ApiScope): string {
    return this.i18n.t(SCOPE_DESCRIPTIONS[scope]);
  }

  protected toggle(scope: ApiScope, on: boolean): void {
    this.chosen.update((current) => {
      const next = new Set(current);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
  }

  protected cancel(): void {
    this.ref.close();
  }

  protected save(): Promise<void> {
    return this.form.submit(async () => {
      const created = await unwrap(
        this.api.POST('/api/v1/api-keys', {
          body: {
            name: this.name().trim(),
            // In the API's order, whatever order they were ticked in.
            scopes: API_SCOPES.filter((scope) => this.chosen().has(scope)),
            // The key works until the end of that day, the administrator's time.
            ...(this.expiresOn()
              ? { expiresAt: new Date(`${this.expiresOn()}T23:59:59.999`).toISOString() }
              : {}),
          },
        }),
      );
      this.ref.close(created);
    });
  }
}
