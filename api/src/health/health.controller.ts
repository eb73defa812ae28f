import { Controller, Get, Res, VERSION_NEUTRAL } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HealthCheck, type HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { ReadinessService } from './readiness.service';

@ApiTags('operations')
@Controller({ version: VERSION_NEUTRAL })
@Access({ public: true })
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('health')
  @ApiOperation({ summary: 'Liveness: 200 while the process serves requests' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: database (required) and Redis (optional), each with its latency',
  })
  @ApiServiceUnavailableResponse({
    description: 'A required dependency is down, or the instance is shutting down',
  })
  async ready(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    const result = await this.readiness.check();
    res.status(result.status === 'ok' || result.status === 'degraded' ? 200 : 503);
    res.setHeader('Cache-Control', 'no-store');
    return result;
  }
}
