import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth';
import { CustomerSessions } from '../common/auth/customer-sessions';
import { ChatSessionsController } from './chat-sessions.controller';
import { ChatSessionsService } from './chat-sessions.service';
import { ChatMessageEntity } from './entities/chat-message.entity';
import { ChatSessionEntity } from './entities/chat-session.entity';
import { WidgetSiteEntity } from './entities/widget-site.entity';
import { WidgetSitesController } from './widget-sites.controller';
import { WidgetSitesService } from './widget-sites.service';
import { WidgetOrigins } from './widget-origins';

@Module({
  imports: [
    TypeOrmModule.forFeature([WidgetSiteEntity, ChatSessionEntity, ChatMessageEntity]),
    AuthModule,
  ],
  controllers: [WidgetSitesController, ChatSessionsController],
  providers: [
    WidgetSitesService,
    ChatSessionsService,
    WidgetOrigins,
    { provide: CustomerSessions, useExisting: ChatSessionsService },
  ],
  exports: [WidgetSitesService, ChatSessionsService, WidgetOrigins],
})
export class ChatModule {}
