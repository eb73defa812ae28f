import type { Routes } from '@angular/router';

import { adminOnly, signedIn } from './core/guards';
import type { MessageKey } from './i18n/messages';
import { StatusPage } from './status/status-page';

/** Route titles are message keys, translated by `LocalizedTitleStrategy`. */
const title = (key: MessageKey): MessageKey => key;

/* Every page but the small status page is loaded on demand, to keep the initial bundle small. */
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'tickets' },
  {
    path: 'login',
    title: title('nav.login'),
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'tickets',
    canActivate: [signedIn],
    title: title('nav.tickets'),
    loadComponent: () => import('./tickets/ticket-queue-page').then((m) => m.TicketQueuePage),
  },
  {
    path: 'tickets/:reference',
    canActivate: [signedIn],
    title: title('nav.ticket'),
    loadComponent: () => import('./tickets/ticket-detail-page').then((m) => m.TicketDetailPage),
  },
  {
    path: 'dashboard',
    canActivate: [signedIn],
    title: title('nav.dashboard'),
    loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'admin/users',
    canActivate: [adminOnly],
    title: title('nav.users'),
    loadComponent: () => import('./admin/users-page').then((m) => m.UsersPage),
  },
  {
    path: 'admin/api-keys',
    canActivate: [adminOnly],
    title: title('nav.apiKeys'),
    loadComponent: () => import('./admin/api-keys-page').then((m) => m.ApiKeysPage),
  },
  {
    path: 'admin/widget-sites',
    canActivate: [adminOnly],
    title: title('nav.widgetSites'),
    loadComponent: () => import('./admin/widget-sites-page').then((m) => m.WidgetSitesPage),
  },
  { path: 'status', component: StatusPage, title: title('nav.status') },
  { path: '**', redirectTo: 'tickets' },
];
