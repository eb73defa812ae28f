import { Component, input } from '@angular/core';

/** A message shown beside a field; the API writes its own in English. */
export interface FieldMessage {
  readonly text: string;
  readonly lang: 'en' | null;
}

/**
 * The errors of one field, referenced by the field's `aria-describedby` through the id set on
 * this element, so a screen reader reads them with the field.
 */
@Component({
  selector: 'mdf-field-errors',
  template: `
    @for (message of messages(); track $index) {
      <span class="message" [attr.lang]="message.lang">{{ message.text }}</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      font-size: 0.875rem;
      color: var(--mdf-danger-fg);
    }
    .message::before {
      content: '✕ ';
    }
  `,
})
export class FieldErrors {
  readonly messages = input.required<readonly FieldMessage[]>();
}
