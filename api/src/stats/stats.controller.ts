import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { StatsQuery, StatsView } from './dto/stats.dto';
import { StatsService } from './stats.service';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @Access({ roles: ['agent', 'admin'] })
  @ApiOperation({
    summary:
      "The retailer's KPIs over [from, to): ticket queue, SLA, automatic and first-contact resolution, CSAT, abandonment, conversations per day, first response times, AI usage",
  })
  @ApiOkResponse({ type: StatsView })
  @ApiBadRequestResponse({
    description: 'A date that is not ISO-8601, to before from, or more than 366 days',
  })
  report(@Query() query: StatsQuery): Promise<StatsView> {
    return this.stats.report(query);
  }
}
