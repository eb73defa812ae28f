/** The languages the chat widget speaks; French is the default and the fallback. */
export const CHAT_LOCALES = ['fr', 'en', 'de', 'it', 'ar'] as const;
export type ChatLocale = (typeof CHAT_LOCALES)[number];
export const DEFAULT_CHAT_LOCALE: ChatLocale = 'fr';
