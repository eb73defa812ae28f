import {
  Controller,
  Get,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  UseGuards,
} from '@nestjs/common';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import type { NextFunction, Response } from 'express';
import { Access } from '../../src/common/auth/access.decorator';
import type { AuthenticatedRequest } from '../../src/common/auth/principal';
import { RateLimitGuard, RateLimitModule } from '../../src/common/rate-limit';

/** Test-only routes behind RateLimitGuard (the global wiring lives with the access guard). */
@Controller('rate-limit-probe')
@Access({ public: true })
@UseGuards(RateLimitGuard)
class RateLimitProbeController {
  @Get()
  ping(): { ok: true } {
    return { ok: true };
  }

  @Get('strict')
  @Throttle({ default: { limit: 2, ttl: 60_000 } })
  strict(): { ok: true } {
    return { ok: true };
  }

  @Get('unlimited')
  @SkipThrottle()
  unlimited(): { ok: true } {
    return { ok: true };
  }
}

/** Stands in for the authentication middleware: `X-Test-User` becomes a staff principal. */
function fakeAuthentication(req: AuthenticatedRequest, _res: Response, next: NextFunction): void {
  const userId = req.header('x-test-user');
  if (userId) req.principal = { kind: 'staff', userId, role: 'agent' };
  next();
}

@Module({ imports: [RateLimitModule], controllers: [RateLimitProbeController] })
export class RateLimitProbeModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(fakeAuthentication).forRoutes(RateLimitProbeController);
  }
}
