import { provideHttpClient } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter } from '@angular/router';

import { routes } from './app.routes';
import { LocalizedTitleStrategy } from './i18n/localized-title-strategy';

/*
 * Angular 22 defaults used as-is: zoneless change detection (no zone.js, no
 * provideZonelessChangeDetection() needed), OnPush components, and the fetch-based HttpClient
 * backend (withFetch() is deprecated because fetch is now the default).
 */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes),
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
    provideHttpClient(),
  ],
};
