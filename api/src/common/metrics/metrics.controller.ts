import { Controller, Get, Res, UseGuards, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { PrometheusController } from '@willsoto/nestjs-prometheus';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { MetricsAccessGuard } from './metrics-access.guard';

@ApiExcludeController()
@Controller({ version: VERSION_NEUTRAL })
// Not a caller credential: the internal network or METRICS_TOKEN, checked by its own guard.
@Access({ public: true })
@UseGuards(MetricsAccessGuard)
export class MetricsController extends PrometheusController {
  @Get()
  override index(@Res({ passthrough: true }) response: Response): Promise<string> {
    return super.index(response);
  }
}
