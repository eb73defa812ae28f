import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth';
import { CustomerSessions } from '../common/auth/customer-sessions';
import { ChatSessionsController } from './chat-sessions.controller';
import { ChatSessionsService } from './chat-sessions.service';
import { ChatSitesController } from './chat-sites.controller';
import { ChatEvents } from './events/chat-events';
import { ChatEventsController } from './events/chat-events.controller';
import { ChatEventsPurgeJob } from './events/chat-events-purge.job';
import { chatEventStreamsGauge } from './events/chat-events.metrics';
import { ChatEventsService } from './events/chat-events.service';
import { TicketEventsListener } from './events/ticket-events.listener';
import { ChatEventEntity } from './entities/chat-event.entity';
import { ChatMessageEntity } from './entities/chat-message.entity';
import { ChatRatingEntity } from './entities/chat-rating.entity';
import { LlmUsageEntity } from './entities/llm-usage.entity';
import { RatingRequestListener } from './ratings/rating-request.listener';
import { RatingsController } from './ratings/ratings.controller';
import { RatingsService } from './ratings/ratings.service';
import { ChatSessionEntity } from './entities/chat-session.entity';
import { WidgetSiteEntity } from './entities/widget-site.entity';
import { WidgetSitesController } from './widget-sites.controller';
import { WidgetSitesService } from './widget-sites.service';
import { WidgetOrigins } from './widget-origins';
import { OpenSessions, sessionChecksCounter } from './open-sessions';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      WidgetSiteEntity,
      ChatSessionEntity,
      ChatMessageEntity,
      ChatEventEntity,
      ChatRatingEntity,
      LlmUsageEntity,
    ]),
    AuthModule,
  ],
  controllers: [
    WidgetSitesController,
    ChatSessionsController,
    ChatSitesController,
    RatingsController,
    ChatEventsController,
  ],
  providers: [
    WidgetSitesService,
    ChatSessionsService,
    OpenSessions,
    WidgetOrigins,
    RatingsService,
    RatingRequestListener,
    { provide: CustomerSessions, useExisting: ChatSessionsService },
    ChatEventsService,
    { provide: ChatEvents, useExisting: ChatEventsService },
    TicketEventsListener,
    ChatEventsPurgeJob,
    chatEventStreamsGauge,
    sessionChecksCounter,
  ],
  exports: [
    WidgetSitesService,
    ChatSessionsService,
    OpenSessions,
    WidgetOrigins,
    ChatEventsService,
    ChatEvents,
    RatingsService,
  ],
})
export class ChatModule {}
