import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';

import { App } from './app';
import { routes } from './app.routes';
import { LocalizedTitleStrategy } from './i18n/localized-title-strategy';
import { HEALTH_URL, READY_URL } from './status/service-status';

describe('App shell', () => {
  let fixture: ComponentFixture<App>;
  let host: HTMLElement;
  let httpMock: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter(routes),
        { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(App);
    host = fixture.nativeElement as HTMLElement;

    await TestBed.inject(Router).navigateByUrl('/status');
    fixture.detectChanges();
    // The status page checks the API as soon as it is displayed.
    httpMock.expectOne(HEALTH_URL).flush({ status: 'ok' });
    httpMock.expectOne(READY_URL).flush({
      status: 'ok',
      info: { database: { mode: 'embedded', latencyMs: 2, status: 'up' } },
      error: {},
      details: { database: { mode: 'embedded', latencyMs: 2, status: 'up' } },
    });
    await fixture.whenStable();
  });

  afterEach(() => {
    httpMock.verify();
  });

  function text(selector: string): string {
    return (
      host
        .querySelector(selector)
        ?.textContent?.replace(/[ \t\r\n]+/g, ' ')
        .trim() ?? ''
    );
  }

  function localeButton(locale: string): HTMLButtonElement {
    const button = host.querySelector<HTMLButtonElement>(
      `mdf-locale-switch button[data-locale="${locale}"]`,
    );
    if (!button) {
      throw new Error(`No locale button for "${locale}"`);
    }
    return button;
  }

  it('renders the header, the navigation and the status page in French by default', () => {
    expect(text('[data-testid="app-title"]')).toBe('Meuble de France — Console SAV');
    expect(text('nav a')).toBe('État du service');
    expect(host.querySelector('nav a')?.getAttribute('aria-current')).toBe('page');
    expect(host.querySelector('nav')?.getAttribute('aria-label')).toBe('Navigation principale');
    expect(text('mdf-status-page h1')).toBe('État du service');
    expect(text('mdf-status-page [data-testid="overall"]')).toContain('Service opérationnel');
    expect(document.documentElement.lang).toBe('fr');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'État du service · Meuble de France — Console SAV',
    );
  });

  it('switches every text to English, and back to French, with the locale switch', async () => {
    expect(localeButton('fr').getAttribute('aria-pressed')).toBe('true');
    expect(localeButton('en').getAttribute('aria-pressed')).toBe('false');

    localeButton('en').click();
    await fixture.whenStable();

    expect(localeButton('en').getAttribute('aria-pressed')).toBe('true');
    expect(localeButton('fr').getAttribute('aria-pressed')).toBe('false');
    expect(text('[data-testid="app-title"]')).toBe('Meuble de France — After-sales console');
    expect(text('nav a')).toBe('Service status');
    expect(host.querySelector('nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect(text('mdf-status-page h1')).toBe('Service status');
    expect(text('mdf-status-page [data-testid="overall"]')).toContain('Service operational');
    expect(text('tr[data-component="database"]')).toContain('Operational');
    expect(text('tr[data-component="database"]')).toContain('embedded (PGlite)');
    expect(document.documentElement.lang).toBe('en');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Service status · Meuble de France — After-sales console',
    );

    localeButton('fr').click();
    await fixture.whenStable();

    expect(text('[data-testid="app-title"]')).toBe('Meuble de France — Console SAV');
    expect(text('mdf-status-page h1')).toBe('État du service');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('does not call the API again when only the locale changes', async () => {
    localeButton('en').click();
    await fixture.whenStable();

    httpMock.expectNone(HEALTH_URL);
    httpMock.expectNone(READY_URL);
  });
});
