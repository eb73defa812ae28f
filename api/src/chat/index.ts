export { ChatModule } from './chat.module';
export { ChatSessionsService } from './chat-sessions.service';
export { WidgetOrigins } from './widget-origins';
export { OpenSessions } from './open-sessions';
export { WidgetSitesService, type WidgetSiteSeed } from './widget-sites.service';
export { WidgetSiteEntity, type WidgetTheme } from './entities/widget-site.entity';
export {
  ChatSessionEntity,
  CONVERSATION_STATES,
  type ConversationState,
} from './entities/chat-session.entity';
export {
  ChatMessageEntity,
  CHAT_MESSAGE_ROLES,
  type ChatMessageRole,
} from './entities/chat-message.entity';
export { CHAT_LOCALES, type ChatLocale } from './domain/locales';
export {
  ChatMessageView,
  ChatSessionView,
  RecapCardView,
  RecapLineView,
} from './dto/chat-session.dto';
export type { WidgetSiteView } from './dto/widget-site.dto';
export {
  ChatEvents,
  CHAT_EVENT_TYPES,
  type ChatEventType,
  type ChatEventView,
} from './events/chat-events';
export {
  emptyContext as emptyConversationContext,
  type BotReply,
  type ConversationContext,
  type ConversationEngine,
  type ConversationTools,
  type FaqAnswer,
  type ProductCard,
  type RecapCard,
  type ShoppingCriteria,
  type TicketSummary,
  type TurnAttachment,
  type TurnHooks,
  type TurnInput,
  type TurnResult,
  type VerifiedOrder,
} from './domain/conversation/types';
export {
  BuiltInConversationEngine,
  CATALOGS as CONVERSATION_CATALOGS,
  handoffAcknowledgement,
  ticketStatusSentence,
} from './domain/conversation';
export { toMessageView } from './chat-sessions.service';
export type { ConversationRatingView } from './ratings/dto/rating.dto';
export { ChatEventsService } from './events/chat-events.service';
export { RatingsService } from './ratings/ratings.service';
