import { DIALOG_DATA, type Dialog, DialogRef } from '@angular/cdk/dialog';
import { Component, inject } from '@angular/core';

import { I18n } from '../../i18n/i18n';
import { type DialogIds, openDialog } from './dialogs';

export interface ConfirmData {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
}

/** Asks before an action that cannot be taken back; Cancel comes first and gets the focus. */
@Component({
  selector: 'mdf-confirm-dialog',
  template: `
    <h2 [id]="data.titleId">{{ data.title }}</h2>
    <p [id]="data.descriptionId">{{ data.message }}</p>
    <div class="actions">
      <button type="button" class="button button--secondary" (click)="ref.close(false)">
        {{ i18n.t('admin.cancel') }}
      </button>
      <button
        type="button"
        class="button button--danger"
        data-testid="confirm"
        (click)="ref.close(true)"
      >
        {{ data.confirmLabel }}
      </button>
    </div>
  `,
  styleUrl: './dialog.css',
})
export class ConfirmDialog {
  protected readonly i18n = inject(I18n);
  protected readonly data = inject<ConfirmData & DialogIds>(DIALOG_DATA);
  protected readonly ref = inject<DialogRef<boolean>>(DialogRef);
}

/** True when the agent confirmed. */
export async function confirmAction(dialog: Dialog, data: ConfirmData): Promise<boolean> {
  const { closed } = openDialog<boolean, ConfirmData, ConfirmDialog>(dialog, ConfirmDialog, data, {
    role: 'alertdialog',
    described: true,
  });
  return (await closed) === true;
}
