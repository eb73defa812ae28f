import { Component, inject, input } from '@angular/core';

import { I18n } from '../i18n/i18n';
import { TicketLabels } from './ticket-labels';
import type { TicketEventView, TicketStatus } from './ticket-types';

/** Every change of the ticket, oldest first: what, who, when, and why. */
@Component({
  selector: 'mdf-ticket-timeline',
  template: `
    <section class="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{{ i18n.t('ticket.timeline.title') }}</h2>
      <ol class="timeline" data-testid="timeline">
        @for (entry of timeline(); track $index) {
          <li class="entry" data-testid="timeline-entry" [attr.data-kind]="entry.kind">
            <p class="head">
              <span class="kind">{{ labels.event(entry.kind) }}</span>
              @if (entry.from || entry.to) {
                <span class="transition" data-testid="timeline-transition">
                  {{
                    i18n.t('ticket.timeline.transition', {
                      from: status(entry.from),
                      to: status(entry.to),
                    })
                  }}
                </span>
              }
            </p>
            <p class="meta">
              <time [attr.datetime]="entry.at">{{ labels.dateTime(entry.at) }}</time>
              {{ i18n.t('ticket.timeline.by', { actor: labels.actor(entry.actor) }) }}
            </p>
            @if (entry.note) {
              <p class="note">{{ entry.note }}</p>
            }
          </li>
        }
      </ol>
    </section>
  `,
  styleUrls: ['./panel.css'],
  styles: `
    .timeline {
      margin: 0;
      padding: 0 0 0 1rem;
      border-left: 2px solid var(--mdf-border);
      list-style: none;
    }
    .entry {
      position: relative;
      padding: 0 0 0.875rem 0.5rem;
    }
    .entry::before {
      content: '';
      position: absolute;
      top: 0.45rem;
      left: -1.4rem;
      width: 0.625rem;
      height: 0.625rem;
      border: 2px solid var(--mdf-primary);
      border-radius: 50%;
      background: var(--mdf-surface);
    }
    p {
      margin: 0;
    }
    .kind {
      font-weight: 700;
    }
    .transition {
      margin-left: 0.375rem;
    }
    .meta {
      color: var(--mdf-text-muted);
      font-size: 0.8125rem;
    }
    .note {
      margin-top: 0.25rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
})
export class TicketTimeline {
  protected readonly i18n = inject(I18n);
  protected readonly labels = inject(TicketLabels);

  readonly timeline = input.required<readonly TicketEventView[]>();

  protected status(value: TicketStatus | null): string {
    return value ? this.labels.status(value) : '—';
  }
}
