/** The conversation engine port and its built-in implementation, with the sentences the application reuses. */
export * from './types';
export { BuiltInConversationEngine } from './builtin-engine';
export { CATALOGS, t, type CatalogKey } from './catalog';
export {
  criteriaSummary,
  durationWords,
  handoffAcknowledgement,
  menuQuickReplies,
  slaSentence,
  ticketStatusSentence,
} from './phrases';
export { detectLanguage, requestedLanguage } from './language';
