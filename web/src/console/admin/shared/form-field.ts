import { Component, Directive, computed, inject, input } from '@angular/core';

import { FieldErrors, type FieldMessage } from './field-errors';

/**
 * A labelled field of an administration form: the label, the control projected into it (marked
 * `mdfFieldControl`), an optional hint and the field's errors, both read with the control.
 */
@Component({
  selector: 'mdf-form-field',
  imports: [FieldErrors],
  template: `
    <label [for]="controlId()">{{ label() }}</label>
    <ng-content />
    @if (hint()) {
      <p class="hint" [id]="hintId()">{{ hint() }}</p>
    }
    <mdf-field-errors
      [id]="errorsId()"
      [attr.data-testid]="'errors-' + field()"
      [messages]="messages()"
    />
  `,
  host: { class: 'field' },
})
export class FormField {
  /** The id of the control. */
  readonly controlId = input.required<string>();
  /** The API's name of the field, which its errors are found by. */
  readonly field = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly messages = input.required<readonly FieldMessage[]>();

  protected readonly hintId = computed(() => `${this.controlId()}-hint`);
  protected readonly errorsId = computed(() => `${this.controlId()}-errors`);
  readonly describedBy = computed(() =>
    this.hint() ? `${this.hintId()} ${this.errorsId()}` : this.errorsId(),
  );
  readonly invalid = computed(() => this.messages().length > 0);
}

/** The input or textarea of an `mdf-form-field`: its id, state and description come from it. */
@Directive({
  selector: '[mdfFieldControl]',
  host: {
    '[id]': 'field.controlId()',
    '[attr.aria-invalid]': 'field.invalid()',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControl {
  protected readonly field = inject(FormField);
}
