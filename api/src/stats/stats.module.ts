import { Module } from '@nestjs/common';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

/** The retailer's KPIs (GET /stats); reads the other features' tables, writes nothing. */
@Module({
  controllers: [StatsController],
  providers: [StatsService],
})
export class StatsModule {}
