import type { Routes } from '@angular/router';

import type { MessageKey } from './i18n/messages';
import { StatusPage } from './status/status-page';

/** Route titles are message keys, translated by `LocalizedTitleStrategy`. */
const STATUS_TITLE: MessageKey = 'nav.status';

/*
 * The status page is the landing page, so it is bundled eagerly (lazy-loading it saved ~7 kB of
 * initial JS for an extra round trip). Use `loadComponent` for the pages that come next.
 */
export const routes: Routes = [
  { path: '', component: StatusPage, title: STATUS_TITLE },
  { path: '**', redirectTo: '' },
];
