import { Component, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { Auth, type StaffUser } from './core/auth';
import { I18n } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';
import { LocaleSwitch } from './layout/locale-switch';

@Component({
  selector: 'mdf-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LocaleSwitch],
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App {
  protected readonly i18n = inject(I18n);
  protected readonly auth = inject(Auth);
  private readonly router = inject(Router);

  protected roleKey(role: StaffUser['role']): MessageKey {
    return role === 'admin' ? 'role.admin' : 'role.agent';
  }

  protected async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/login');
  }
}
