export { ConversationModule } from './conversation.module';
export { ConversationService } from './conversation.service';
