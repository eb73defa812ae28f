import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuiltInConversationEngine, ChatModule, ChatSessionEntity } from '../chat';
import { ClaimsModule } from '../claims';
import { FaqModule } from '../faq';
import { OrdersModule } from '../orders';
import { ProductsModule } from '../products';
import { SavModule } from '../sav';
import { UploadsModule } from '../uploads';
import { ChatMessagesController } from './chat-messages.controller';
import { ConversationCleanupJob } from './conversation-cleanup.job';
import { ConversationStateStore } from './conversation-state.store';
import { ConversationToolsFactory } from './conversation-tools';
import { CONVERSATION_ENGINES, ConversationService } from './conversation.service';

/** The customer conversation: messages in, engine replies out, agents taking over. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ChatSessionEntity]),
    ChatModule,
    ClaimsModule,
    FaqModule,
    OrdersModule,
    ProductsModule,
    SavModule,
    UploadsModule,
  ],
  controllers: [ChatMessagesController],
  providers: [
    ConversationService,
    ConversationStateStore,
    ConversationToolsFactory,
    ConversationCleanupJob,
    // The built-in engine answers alone until a language model is configured in front of it.
    { provide: CONVERSATION_ENGINES, useFactory: () => [new BuiltInConversationEngine()] },
  ],
  exports: [ConversationService],
})
export class ConversationModule {}
