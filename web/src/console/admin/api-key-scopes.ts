import type { Schemas } from '../core/api-client';
import type { MessageKey } from '../i18n/messages';

export type ApiScope = Schemas['CreateApiKeyBody']['scopes'][number];

/** What each scope lets a partner system do; the record lists every scope the API knows. */
export const SCOPE_DESCRIPTIONS: Readonly<Record<ApiScope, MessageKey>> = {
  'tickets:read': 'apiKeys.scope.ticketsRead',
  'tickets:write': 'apiKeys.scope.ticketsWrite',
  'products:read': 'apiKeys.scope.productsRead',
  'products:write': 'apiKeys.scope.productsWrite',
  'orders:write': 'apiKeys.scope.ordersWrite',
  'sav:analyze': 'apiKeys.scope.savAnalyze',
  'faq:read': 'apiKeys.scope.faqRead',
};

export const API_SCOPES = Object.keys(SCOPE_DESCRIPTIONS) as ApiScope[];
