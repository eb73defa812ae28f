export { ChatModule } from './chat.module';
export { ChatSessionsService } from './chat-sessions.service';
export { WidgetOrigins } from './widget-origins';
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
export type { ChatMessageView, ChatSessionView } from './dto/chat-session.dto';
export type { WidgetSiteView } from './dto/widget-site.dto';
