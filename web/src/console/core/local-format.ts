import { Service, computed, inject } from '@angular/core';

import { I18n, INTL_LOCALES } from '../i18n/i18n';

/**
 * Number and date formats of the current console language, beyond what `I18n` offers: rates,
 * euros, decimals, dates. Each formatter is rebuilt only when the locale changes.
 */
@Service()
export class LocalFormat {
  private readonly i18n = inject(I18n);
  private readonly tag = computed(() => INTL_LOCALES[this.i18n.locale()]);

  private readonly percentFormat = computed(
    () => new Intl.NumberFormat(this.tag(), { style: 'percent', maximumFractionDigits: 1 }),
  );
  private readonly decimalFormat = computed(
    () => new Intl.NumberFormat(this.tag(), { maximumFractionDigits: 1 }),
  );
  private readonly euroFormat = computed(
    () => new Intl.NumberFormat(this.tag(), { style: 'currency', currency: 'EUR' }),
  );
  /** Small amounts (a few cents of tokens) keep four decimals instead of rounding to 0,00 €. */
  private readonly centsFormat = computed(
    () =>
      new Intl.NumberFormat(this.tag(), {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 4,
      }),
  );
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(this.tag(), { dateStyle: 'medium' }),
  );
  private readonly dateTimeFormat = computed(
    () => new Intl.DateTimeFormat(this.tag(), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  /** Days of the statistics are UTC days (`2026-11-03`), shown as such. */
  private readonly dayFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.tag(), {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }),
  );

  /** BCP 47 tag of the current locale, for libraries that format on their own (Chart.js). */
  readonly locale = this.tag;

  integer(value: number): string {
    return this.i18n.formatNumber(value);
  }

  decimal(value: number): string {
    return this.decimalFormat().format(value);
  }

  /** A rate between 0 and 1. */
  percent(rate: number): string {
    return this.percentFormat().format(rate);
  }

  euros(amount: number): string {
    return (amount !== 0 && Math.abs(amount) < 1 ? this.centsFormat() : this.euroFormat()).format(
      amount,
    );
  }

  /** An ISO-8601 timestamp as a date. */
  date(iso: string): string {
    return this.dateFormat().format(new Date(iso));
  }

  /** An ISO-8601 timestamp as date and time. */
  dateTime(iso: string): string {
    return this.dateTimeFormat().format(new Date(iso));
  }

  /** A UTC calendar day `YYYY-MM-DD`. */
  day(isoDay: string): string {
    return this.dayFormat().format(new Date(`${isoDay}T00:00:00Z`));
  }
}
