import { Module } from '@nestjs/common';
import { ChatModule } from '../chat';
import { ConversationModule } from '../conversation';
import { OrdersModule } from '../orders';
import { ProductsModule } from '../products';
import { SavModule } from '../sav';
import { UploadsModule } from '../uploads';
import { TicketWorkspaceController } from './ticket-workspace.controller';
import { TicketWorkspaceService } from './ticket-workspace.service';

/** The agents' side of a ticket: detail, dossier (JSON/PDF), replies to the customer. */
@Module({
  imports: [SavModule, ChatModule, UploadsModule, ConversationModule, OrdersModule, ProductsModule],
  controllers: [TicketWorkspaceController],
  providers: [TicketWorkspaceService],
  exports: [TicketWorkspaceService],
})
export class TicketWorkspaceModule {}
