import { TestBed } from '@angular/core/testing';

import { DEFAULT_LOCALE, I18n } from './i18n';
import { EN, FR, type MessageKey, isMessageKey } from './messages';

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogs', () => {
  const keys = Object.keys(FR) as MessageKey[];

  it('have the same keys in every language', () => {
    expect(Object.keys(EN).sort()).toEqual([...keys].sort());
  });

  it('use the same placeholders in every language', () => {
    for (const key of keys) {
      expect({ key, placeholders: placeholders(EN[key]) }).toEqual({
        key,
        placeholders: placeholders(FR[key]),
      });
    }
  });

  it('have no empty message', () => {
    for (const key of keys) {
      expect(FR[key].trim(), key).not.toBe('');
      expect(EN[key].trim(), key).not.toBe('');
    }
  });

  it('recognises only known keys', () => {
    expect(isMessageKey('status.title')).toBe(true);
    expect(isMessageKey('status.component.kafka')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('I18n', () => {
  let i18n: I18n;

  beforeEach(() => {
    i18n = TestBed.inject(I18n);
  });

  it('starts in French and sets the document language', () => {
    expect(DEFAULT_LOCALE).toBe('fr');
    expect(i18n.locale()).toBe('fr');
    expect(i18n.t('status.refresh')).toBe('Actualiser');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('switches the messages, the locale signal and the document language', () => {
    i18n.setLocale('en');

    expect(i18n.locale()).toBe('en');
    expect(i18n.t('status.refresh')).toBe('Refresh');
    expect(document.documentElement.lang).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(i18n.t('status.error.unexpected.detail', { status: 500 })).toContain('HTTP 500');
    expect(i18n.t('status.latency.value', {})).toBe('{value}\u00a0ms');
  });

  it('formats numbers for the current locale', () => {
    expect(i18n.formatNumber(1234.4)).toBe('1\u202f234');
    i18n.setLocale('en');
    expect(i18n.formatNumber(1234.4)).toBe('1,234');
  });
});
