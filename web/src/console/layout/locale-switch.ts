import { Component, inject } from '@angular/core';

import { I18n, LOCALES, type Locale } from '../i18n/i18n';

@Component({
  selector: 'mdf-locale-switch',
  template: `
    <div class="switch" role="group" [attr.aria-label]="i18n.t('locale.label')">
      @for (locale of locales; track locale) {
        <button
          type="button"
          [attr.lang]="locale"
          [attr.data-locale]="locale"
          [attr.aria-pressed]="i18n.locale() === locale"
          [attr.title]="localeName(locale)"
          (click)="i18n.setLocale(locale)"
        >
          <span aria-hidden="true">{{ locale.toUpperCase() }}</span>
          <span class="visually-hidden">{{ localeName(locale) }}</span>
        </button>
      }
    </div>
  `,
  styleUrl: './locale-switch.css',
})
export class LocaleSwitch {
  protected readonly i18n = inject(I18n);
  protected readonly locales = LOCALES;

  /** Each language is named in itself, whatever the current locale. */
  protected localeName(locale: Locale): string {
    return this.i18n.t(`locale.${locale}`);
  }
}
