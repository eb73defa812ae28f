import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config';
import { OrdersModule } from '../orders';
import { ProductsModule } from '../products';
import { TicketEntity, TicketEventEntity } from './entities/ticket.entity';
import { ClaimAnalyst } from './claim-analyst';
import { SavController } from './sav.controller';
import { SavService } from './sav.service';
import { TicketGauges } from './ticket-gauges';
import { ticketsCreatedCounter } from './ticket-metrics';
import { TicketsController } from './tickets.controller';
import { TicketsService } from './tickets.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([TicketEntity, TicketEventEntity]),
    OrdersModule,
    ProductsModule,
  ],
  controllers: [SavController, TicketsController],
  providers: [
    {
      provide: ClaimAnalyst,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new ClaimAnalyst({ workers: config.analysis.workers }),
    },
    SavService,
    TicketsService,
    ticketsCreatedCounter,
    TicketGauges,
  ],
  exports: [SavService, TicketsService],
})
export class SavModule {}
