import { Component, inject, input, output } from '@angular/core';

import { I18n } from '../../i18n/i18n';

/**
 * The buttons that end an administration form: Cancel, then the submit button, which says so
 * while the form is saved. The host takes the form's `actions` class for its layout.
 */
@Component({
  selector: 'mdf-form-actions',
  template: `
    <button type="button" class="button button--secondary" (click)="cancelled.emit()">
      {{ i18n.t('admin.cancel') }}
    </button>
    <button
      type="submit"
      class="button"
      [attr.data-testid]="testId()"
      [attr.aria-disabled]="saving()"
    >
      {{ saving() ? i18n.t('admin.saving') : label() }}
    </button>
  `,
})
export class FormActions {
  protected readonly i18n = inject(I18n);

  readonly label = input.required<string>();
  readonly saving = input.required<boolean>();
  readonly testId = input.required<string>();
  readonly cancelled = output<void>();
}
