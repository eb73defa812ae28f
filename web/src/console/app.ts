import { Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { I18n } from './i18n/i18n';
import { LocaleSwitch } from './layout/locale-switch';

@Component({
  selector: 'mdf-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LocaleSwitch],
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App {
  protected readonly i18n = inject(I18n);
}
