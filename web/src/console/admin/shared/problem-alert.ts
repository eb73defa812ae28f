import { Component, computed, inject, input } from '@angular/core';

import { type ApiProblem, unplacedErrors } from '../../core/problem';
import { I18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

/** What went wrong in the console's words, by HTTP status; the API's own words follow it. */
function leadKey(status: number): MessageKey {
  if (status === 0) return 'admin.problem.unreachable';
  if (status === 400 || status === 422) return 'admin.problem.invalid';
  if (status === 401) return 'admin.problem.unauthorized';
  if (status === 403) return 'admin.problem.forbidden';
  if (status === 404) return 'admin.problem.notFound';
  if (status === 409) return 'admin.problem.conflict';
  if (status === 429) return 'admin.problem.throttled';
  if (status >= 500) return 'admin.problem.server';
  return 'admin.problem.other';
}

/**
 * A failed API call: a translated lead, then the problem's title and detail (English, as the API
 * writes them), the field errors no form field shows, and the request id for the support team.
 */
@Component({
  selector: 'mdf-problem-alert',
  template: `
    @let current = problem();
    <p class="lead">{{ lead() }}</p>
    @if (current.title || current.detail) {
      <p lang="en" data-testid="problem-text">
        {{ current.title }}
        @if (current.title && current.detail) {
          —
        }
        {{ current.detail }}
      </p>
    }
    @if (unplaced().length > 0) {
      <ul lang="en" data-testid="problem-errors">
        @for (error of unplaced(); track $index) {
          <li>{{ error.message }}</li>
        }
      </ul>
    }
    @if (current.requestId) {
      <p class="reference">
        {{ i18n.t('admin.problem.reference', { id: current.requestId }) }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid;
      border-left-width: 0.375rem;
      border-radius: var(--mdf-radius);
      color: var(--mdf-danger-fg);
      background: var(--mdf-danger-bg);
    }
    p,
    ul {
      margin: 0;
    }
    ul {
      padding-left: 1.25rem;
    }
    .lead {
      font-weight: 700;
    }
    .reference {
      margin-top: 0.25rem;
      font-size: 0.875rem;
    }
  `,
  host: { role: 'alert', 'data-testid': 'problem' },
})
export class ProblemAlert {
  protected readonly i18n = inject(I18n);

  readonly problem = input.required<ApiProblem>();
  /** Fields whose errors the form already shows beside them. */
  readonly placedFields = input<readonly string[]>([]);

  protected readonly lead = computed(() => {
    const { status } = this.problem();
    return this.i18n.t(leadKey(status), { status });
  });
  protected readonly unplaced = computed(() => unplacedErrors(this.problem(), this.placedFields()));
}
