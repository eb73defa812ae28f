import { Module } from '@nestjs/common';
import { ChatModule } from '../chat';
import { ConversationModule } from '../conversation';
import { OrdersModule } from '../orders';
import { ProductsModule } from '../products';
import { SavModule } from '../sav';
import { UploadsModule } from '../uploads';
import { TicketFeedController } from './ticket-feed.controller';
import { TicketFeedService } from './ticket-feed.service';
import { TicketWorkspaceController } from './ticket-workspace.controller';
import { TicketWorkspaceService } from './ticket-workspace.service';

/** The agents' side of tickets: the live queue, detail, dossier (JSON/PDF), replies to the customer. */
@Module({
  imports: [SavModule, ChatModule, UploadsModule, ConversationModule, OrdersModule, ProductsModule],
  // The feed first: GET /tickets/events must not be read as GET /tickets/:reference.
  controllers: [TicketFeedController, TicketWorkspaceController],
  providers: [TicketWorkspaceService, TicketFeedService],
  exports: [TicketWorkspaceService],
})
export class TicketWorkspaceModule {}
