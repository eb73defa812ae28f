import { DOCUMENT, Service, computed, inject, signal } from '@angular/core';

import { EN, FR, type MessageCatalog, type MessageKey } from './messages';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export type MessageParams = Readonly<Record<string, string | number>>;

const CATALOGS: Readonly<Record<Locale, MessageCatalog>> = { fr: FR, en: EN };

/** BCP 47 tags used for number and date formatting. */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { fr: 'fr-FR', en: 'en-GB' };

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Signal-based locale state and message lookup.
 *
 * Everything derived from the locale is a signal (or reads one), so templates calling `t()` are
 * refreshed automatically when `setLocale()` is called.
 */
@Service()
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(DEFAULT_LOCALE);

  readonly locale = this.current.asReadonly();
  private readonly catalog = computed(() => CATALOGS[this.current()]);
  private readonly numberFormat = computed(
    () => new Intl.NumberFormat(INTL_LOCALES[this.current()], { maximumFractionDigits: 0 }),
  );
  private readonly dateTimeFormat = computed(
    () =>
      new Intl.DateTimeFormat(INTL_LOCALES[this.current()], {
        dateStyle: 'short',
        timeStyle: 'medium',
      }),
  );

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  setLocale(locale: Locale): void {
    this.current.set(locale);
    // Keeps screen readers and the browser's hyphenation/spell-check in the right language.
    this.document.documentElement.lang = locale;
  }

  /** Returns the message for `key` in the current locale, with `{name}` placeholders filled. */
  t(key: MessageKey, params?: MessageParams): string {
    const template = this.catalog()[key];
    if (!params) {
      return template;
    }
    return template.replace(PLACEHOLDER, (placeholder, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : placeholder,
    );
  }

  formatNumber(value: number): string {
    return this.numberFormat().format(value);
  }

  formatDateTime(value: Date): string {
    return this.dateTimeFormat().format(value);
  }
}
