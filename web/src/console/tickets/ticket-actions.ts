import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
  output,
  resource,
  signal,
} from '@angular/core';

import { Auth } from '../core/auth';
import { problemOf } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { type DossierFormat, TicketApi, saveBlob } from './ticket-api';
import { TicketLabels } from './ticket-labels';
import type { TicketStatus, TicketUpdate, TicketWorkspaceView } from './ticket-types';

/** The action in flight: a status, an assignment, or a dossier download. */
type Busy = `status:${TicketStatus}` | 'assign' | `dossier:${DossierFormat}`;

/** What an agent does to a ticket: move it along its lifecycle, take it, download its file. */
@Component({
  selector: 'mdf-ticket-actions',
  templateUrl: './ticket-actions.html',
  styleUrls: ['./panel.css', './ticket-actions.css'],
})
export class TicketActions {
  protected readonly i18n = inject(I18n);
  protected readonly labels = inject(TicketLabels);
  private readonly api = inject(TicketApi);
  private readonly auth = inject(Auth);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly document = inject(DOCUMENT);

  readonly ticket = input.required<TicketWorkspaceView>();
  /** The ticket changed here (or was found changed): the page reads it again. */
  readonly changed = output<void>();

  protected readonly note = signal('');
  protected readonly busy = signal<Busy | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected readonly myId = computed(() => this.auth.user()?.id ?? null);
  protected readonly assignedToMe = computed(
    () => !!this.myId() && this.ticket().assigneeId === this.myId(),
  );
  protected readonly isAdmin = this.auth.isAdmin;
  /** Administrators may hand the ticket to anyone active. */
  protected readonly users = resource({
    params: () => (this.isAdmin() ? true : undefined),
    loader: async () => (await this.api.users()).filter((user) => user.active),
  });
  protected readonly picked = signal('');

  protected async move(status: TicketStatus): Promise<void> {
    const note = this.note().trim();
    const saved = await this.save(`status:${status}`, { status, ...(note ? { note } : {}) });
    if (!saved) return;
    this.note.set('');
    this.report(this.i18n.t('ticket.actions.done', { status: this.labels.status(status) }));
  }

  protected async assign(assigneeId: string | null): Promise<void> {
    if (await this.save('assign', { assigneeId })) this.report(this.i18n.t('ticket.assign.done'));
  }

  protected async dossier(format: DossierFormat): Promise<void> {
    if (this.busy()) return;
    this.busy.set(`dossier:${format}`);
    this.error.set(null);
    try {
      const reference = this.ticket().reference;
      const blob = await this.api.dossier(reference, format);
      saveBlob(this.document, blob, `dossier-${reference}.${format}`);
    } catch {
      this.error.set(this.i18n.t('ticket.dossier.error'));
    } finally {
      this.busy.set(null);
    }
  }

  protected assignPicked(event: Event): void {
    event.preventDefault();
    const id = this.picked();
    if (id) void this.assign(id);
  }

  protected isBusy(action: string): boolean {
    return this.busy() === action;
  }

  private async save(action: Busy, body: TicketUpdate): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(action);
    this.error.set(null);
    this.done.set(null);
    try {
      await this.api.update(this.ticket().reference, body);
      this.changed.emit();
      return true;
    } catch (err) {
      const problem = problemOf(err);
      if (problem.status === 409) {
        // Someone else moved the ticket first: show why, and what it is now.
        this.error.set(
          [this.i18n.t('ticket.actions.conflict'), problem.detail ?? problem.title]
            .filter(Boolean)
            .join(' '),
        );
        this.changed.emit();
      } else {
        this.error.set(this.i18n.t('ticket.actions.error'));
      }
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  private report(message: string): void {
    this.done.set(message);
    void this.announcer.announce(message, 'polite');
  }
}
