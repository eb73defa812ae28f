import {
  ElementRef,
  Injector,
  type WritableSignal,
  afterNextRender,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';

import { type ApiProblem, messagesFor, problemOf } from '../../core/problem';
import type { FieldMessage } from './field-errors';

/**
 * The submit cycle of an administration form: the console's own checks first, then the API call;
 * what either refused is shown beside its field, and the focus goes to the first field in error.
 * Create it in a component's field initialiser (it injects the component's host element).
 */
export class FormSubmission<F extends string> {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** Errors show once the form was submitted, then follow the input. */
  readonly submitted: WritableSignal<boolean>;
  readonly saving = signal(false);
  /** What the API said about the last attempt. */
  readonly problem: WritableSignal<ApiProblem | null>;

  /**
   * @param localErrors the console's messages for each field (empty: nothing to say)
   * @param resetOn whenever it changes, the form starts afresh (no errors shown)
   */
  constructor(
    private readonly localErrors: () => Readonly<Record<F, readonly string[]>>,
    resetOn: () => unknown = () => null,
  ) {
    this.submitted = linkedSignal({ source: resetOn, computation: () => false });
    this.problem = linkedSignal<unknown, ApiProblem | null>({
      source: resetOn,
      computation: () => null,
    });
  }

  /** The console's own checks of a field, then what the API said about it (in English). */
  errorsOf(field: F): FieldMessage[] {
    const local = this.submitted() ? this.localErrors()[field] : [];
    return [
      ...local.map((text) => ({ text, lang: null })),
      ...messagesFor(this.problem(), field).map((text) => ({ text, lang: 'en' as const })),
    ];
  }

  /** Runs `send` when the console's checks pass; ignored while a previous attempt is on its way. */
  async submit(send: () => Promise<void>): Promise<void> {
    if (this.saving()) return;
    this.submitted.set(true);
    this.problem.set(null);
    const local: readonly (readonly string[])[] = Object.values(this.localErrors());
    if (local.some((messages) => messages.length > 0)) {
      this.focusFirstInvalid();
      return;
    }
    this.saving.set(true);
    try {
      await send();
    } catch (error) {
      this.problem.set(problemOf(error));
      this.focusFirstInvalid();
    } finally {
      this.saving.set(false);
    }
  }

  /** Once the errors are on screen. */
  private focusFirstInvalid(): void {
    afterNextRender(
      { read: () => this.host.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus() },
      { injector: this.injector },
    );
  }
}
