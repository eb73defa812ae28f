import { Component, type ResourceRef, computed, inject, input, output } from '@angular/core';

import { type ApiProblem, problemOf } from '../../core/problem';
import { I18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { ProblemAlert } from './problem-alert';

type ListPageText = 'title' | 'intro' | 'create' | 'loading' | 'empty';

/** Catalog prefixes that have every text of a list page: `<prefix>.title`, `.intro`, `.create`… */
export type ListPageMessages = {
  [K in MessageKey]: K extends `${infer P}.title`
    ? `${P}.${ListPageText}` extends MessageKey
      ? P
      : never
    : never;
}[MessageKey];

/**
 * The frame of an administration list page: title, introduction and the button that creates an
 * item, a live region and an error box for the outcome of actions, what is projected with
 * `ngProjectAs="[pageMessages]"`, then the list itself (the other content) once it has loaded, or
 * its loading, empty or error state.
 */
@Component({
  selector: 'mdf-admin-list-page',
  imports: [ProblemAlert],
  template: `
    <section [attr.aria-labelledby]="idPrefix() + '-title'">
      <header class="page-header">
        <div>
          <h1 [id]="idPrefix() + '-title'" class="page-title">{{ text('title') }}</h1>
          <p class="intro">{{ text('intro') }}</p>
        </div>
        <button
          #createButton
          type="button"
          class="button"
          [attr.data-testid]="idPrefix() + '-create'"
          [attr.aria-expanded]="creating()"
          (click)="create.emit(createButton)"
        >
          {{ text('create') }}
        </button>
      </header>

      <p class="visually-hidden" role="status" [attr.data-testid]="idPrefix() + '-notice'">
        {{ notice() }}
      </p>

      @if (actionProblem(); as problem) {
        <mdf-problem-alert [problem]="problem" />
      }
      <ng-content select="[pageMessages]" />

      @if (loadProblem(); as problem) {
        <mdf-problem-alert [problem]="problem" />
        <button type="button" class="button button--secondary" (click)="items().reload()">
          {{ i18n.t('admin.retry') }}
        </button>
      } @else if (count() === null) {
        <p class="state" [attr.data-testid]="idPrefix() + '-loading'">{{ text('loading') }}</p>
      } @else if (count() === 0) {
        <p class="state" [attr.data-testid]="idPrefix() + '-empty'">{{ text('empty') }}</p>
      }
      <ng-content />
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class AdminListPage {
  protected readonly i18n = inject(I18n);

  /** Prefix of the page's ids and test ids: `<prefix>-title`, `-create`, `-notice`, `-empty`… */
  readonly idPrefix = input.required<string>();
  readonly messages = input.required<ListPageMessages>();
  readonly items = input.required<ResourceRef<readonly unknown[] | undefined>>();
  /** The outcome of the last action, for screen readers. */
  readonly notice = input('');
  /** Why the last action failed. */
  readonly actionProblem = input<ApiProblem | null>(null);
  /** Whether the create button's form is open, when it opens in the page (null: a dialog). */
  readonly creating = input<boolean | null>(null);
  /** The create button was pressed (given, for the page to focus it again when its form closes). */
  readonly create = output<HTMLButtonElement>();

  protected readonly loadProblem = computed(() => {
    const error = this.items().error();
    return error ? problemOf(error) : null;
  });
  /** Null until the list has loaded. */
  protected readonly count = computed(() => {
    const items = this.items();
    return items.hasValue() ? (items.value()?.length ?? 0) : null;
  });

  protected text(part: ListPageText): string {
    return this.i18n.t(`${this.messages()}.${part}`);
  }
}
