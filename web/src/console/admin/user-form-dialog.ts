import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { Component, computed, inject, signal } from '@angular/core';

import { ApiClient, type Schemas } from '../core/api-client';
import { unwrap } from '../core/problem';
import { I18n } from '../i18n/i18n';
import type { DialogIds } from './shared/dialogs';
import { FieldErrors } from './shared/field-errors';
import { FormActions } from './shared/form-actions';
import { FieldControl, FormField } from './shared/form-field';
import { FormSubmission } from './shared/form-submission';
import { ProblemAlert } from './shared/problem-alert';

type User = Schemas['UserView'];
type Role = User['role'];

/** The API's password policy (api/src/auth/passwords): length here, guessability on the server. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type UserFormData =
  | { readonly mode: 'create' }
  | { readonly mode: 'edit'; readonly user: User; readonly self: boolean };

type Field = 'name' | 'email' | 'role' | 'password';
const FIELDS: readonly Field[] = ['name', 'email', 'role', 'password'];

/** Creates a staff account, or renames one and changes its role. */
@Component({
  selector: 'mdf-user-form-dialog',
  imports: [FieldControl, FieldErrors, FormActions, FormField, ProblemAlert],
  templateUrl: './user-form-dialog.html',
  styleUrl: './shared/dialog.css',
})
export class UserFormDialog {
  protected readonly i18n = inject(I18n);
  protected readonly data = inject<UserFormData & DialogIds>(DIALOG_DATA);
  private readonly ref = inject<DialogRef<User>>(DialogRef);
  private readonly api = inject(ApiClient).api;

  protected readonly fields = FIELDS;
  protected readonly roles: readonly Role[] = ['agent', 'admin'];
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly editing = this.data.mode === 'edit';
  /** An administrator keeps their own role: demoting themself would lock them out. */
  protected readonly roleLocked = this.data.mode === 'edit' && this.data.self;

  protected readonly name = signal(this.data.mode === 'edit' ? this.data.user.name : '');
  protected readonly email = signal('');
  protected readonly role = signal<Role>(this.data.mode === 'edit' ? this.data.user.role : 'agent');
  protected readonly password = signal('');

  /** Checks made before asking the API; the API also refuses passwords that are easy to guess. */
  private readonly localErrors = computed<Readonly<Record<Field, string[]>>>(() => {
    const t = this.i18n.t.bind(this.i18n);
    const length = this.password().length;
    const creating = !this.editing;
    return {
      name: this.name().trim() === '' ? [t('users.form.nameRequired')] : [],
      email:
        creating && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.email().trim())
          ? [t('users.form.emailInvalid')]
          : [],
      role: [],
      password:
        creating && (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH)
          ? [t('users.form.passwordLength', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })]
          : [],
    };
  });
  protected readonly form = new FormSubmission(() => this.localErrors());

  protected roleLabel(role: Role): string {
    return this.i18n.t(role === 'admin' ? 'role.admin' : 'role.agent');
  }

  protected cancel(): void {
    this.ref.close();
  }

  protected save(): Promise<void> {
    return this.form.submit(async () => {
      if (this.data.mode === 'edit' && !this.changed(this.data.user)) {
        this.ref.close();
        return;
      }
      this.ref.close(await this.send());
    });
  }

  private changed(user: User): boolean {
    return this.name().trim() !== user.name || this.role() !== user.role;
  }

  private send(): Promise<User> {
    if (this.data.mode === 'create') {
      return unwrap(
        this.api.POST('/api/v1/users', {
          body: {
            name: this.name().trim(),
            email: this.email().trim(),
            role: this.role(),
            password: this.password(),
          },
        }),
      );
    }
    const { user } = this.data;
    const name = this.name().trim();
    return unwrap(
      this.api.PATCH('/api/v1/users/{id}', {
        params: { path: { id: user.id } },
        body: {
          ...(name !== user.name && { name }),
          ...(this.role() !== user.role && { role: this.role() }),
        },
      }),
    );
  }
}
