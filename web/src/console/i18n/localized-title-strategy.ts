import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { I18n } from './i18n';
import { type MessageKey, isMessageKey } from './messages';

/**
 * Route `title`s hold message keys (e.g. `title: 'nav.status'`); this strategy translates them
 * and keeps `document.title` in sync when the locale changes.
 */
@Injectable()
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18n);
  private readonly title = inject(Title);
  private readonly pageKey = signal<MessageKey | null>(null);

  constructor() {
    super();
    effect(() => {
      const appTitle = this.i18n.t('app.title');
      const key = this.pageKey();
      this.title.setTitle(key ? `${this.i18n.t(key)} · ${appTitle}` : appTitle);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.pageKey.set(key !== undefined && isMessageKey(key) ? key : null);
  }
}
