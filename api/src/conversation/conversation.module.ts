import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuiltInConversationEngine, ChatModule, ChatSessionEntity } from '../chat';
import { LlmService } from '../infra/llm';
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
import { LlmConversationEngine } from './llm';
import { PhotoDescriber } from './photo-describer';
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
    PhotoDescriber,
    {
      provide: CONVERSATION_ENGINES,
      inject: [LlmService],
      // With a language model, it phrases the built-in engine's answer (and falls back to it);
      // the built-in engine after it answers only if the first could not even draft a reply.
      useFactory: (llm: LlmService) =>
        llm.enabled
          ? [new LlmConversationEngine(llm), new BuiltInConversationEngine()]
          : [new BuiltInConversationEngine()],
    },
  ],
  exports: [ConversationService],
})
export class ConversationModule {}
