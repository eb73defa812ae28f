import { Dialog } from '@angular/cdk/dialog';
import { Component, computed, inject, resource, signal } from '@angular/core';

import { Auth } from '../core/auth';
import { ApiClient, type Schemas } from '../core/api-client';
import { LocalFormat } from '../core/local-format';
import { type ApiProblem, problemOf, unwrap } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { confirmAction } from './shared/confirm-dialog';
import { openDialog } from './shared/dialogs';
import { AdminListPage } from './shared/list-page';
import { UserFormDialog, type UserFormData } from './user-form-dialog';

type User = Schemas['UserView'];

/** Staff accounts: list, creation, role changes, deactivation and reactivation. */
@Component({
  selector: 'mdf-users-page',
  imports: [AdminListPage],
  templateUrl: './users-page.html',
  styleUrl: './shared/admin-page.css',
})
export class UsersPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(LocalFormat);
  private readonly auth = inject(Auth);
  private readonly api = inject(ApiClient).api;
  private readonly dialog = inject(Dialog);

  protected readonly users = resource({
    loader: ({ abortSignal }) => unwrap(this.api.GET('/api/v1/users', { signal: abortSignal })),
  });
  /** The accounts once loaded, if there are any. */
  protected readonly list = computed(() =>
    this.users.hasValue() && this.users.value().length > 0 ? this.users.value() : null,
  );

  /** The outcome of the last action, for the live region and the error box. */
  protected readonly notice = signal('');
  protected readonly actionProblem = signal<ApiProblem | null>(null);
  /** Id of the row whose change is on its way. */
  protected readonly busyId = signal<string | null>(null);

  protected isSelf(user: User): boolean {
    return user.id === this.auth.user()?.id;
  }

  protected roleLabel(user: User): string {
    return this.i18n.t(user.role === 'admin' ? 'role.admin' : 'role.agent');
  }

  protected async create(): Promise<void> {
    const created = await this.openForm({ mode: 'create' });
    if (!created) return;
    this.users.update((users) => [...(users ?? []), created]);
    this.notice.set(this.i18n.t('users.created', { name: created.name }));
  }

  protected async edit(user: User): Promise<void> {
    const saved = await this.openForm({ mode: 'edit', user, self: this.isSelf(user) });
    if (!saved) return;
    this.replace(saved);
    this.notice.set(this.i18n.t('users.saved', { name: saved.name }));
  }

  protected async setActive(user: User, active: boolean): Promise<void> {
    if (this.busyId() !== null || (this.isSelf(user) && !active)) return;
    if (
      !active &&
      !(await confirmAction(this.dialog, {
        title: this.i18n.t('users.deactivate.title', { name: user.name }),
        message: this.i18n.t('users.deactivate.message', { name: user.name }),
        confirmLabel: this.i18n.t('users.deactivate.confirm'),
      }))
    ) {
      return;
    }
    this.busyId.set(user.id);
    this.actionProblem.set(null);
    try {
      const saved = await unwrap(
        this.api.PATCH('/api/v1/users/{id}', {
          params: { path: { id: user.id } },
          body: { active },
        }),
      );
      this.replace(saved);
      this.notice.set(
        this.i18n.t(active ? 'users.reactivated' : 'users.deactivated', { name: saved.name }),
      );
    } catch (error) {
      this.actionProblem.set(problemOf(error));
    } finally {
      this.busyId.set(null);
    }
  }

  private async openForm(data: UserFormData): Promise<User | undefined> {
    this.actionProblem.set(null);
    this.notice.set('');
    const { closed } = openDialog<User, UserFormData, UserFormDialog>(
      this.dialog,
      UserFormDialog,
      data,
    );
    return closed;
  }

  private replace(saved: User): void {
    this.users.update((users) => (users ?? []).map((u) => (u.id === saved.id ? saved : u)));
  }
}
