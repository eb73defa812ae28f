import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  normalizeIp,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import { type AuthenticatedRequest, principalKey } from '../auth/principal';
import { memoizedReflector } from '../http/memoized-reflector';
import { TooManyRequestsError } from '../problem/domain-error';

/** Operations endpoints: probes and scrapers call them often and must never be refused. */
const OPERATIONS_PATHS = new Set(['/health', '/ready', '/metrics']);

/** Only the API is limited; the console's static files and operations endpoints are not. */
export function isRateLimitedPath(path: string): boolean {
  return !OPERATIONS_PATHS.has(path) && path.startsWith('/api/');
}

/**
 * Marks a request already counted, whichever RateLimitGuard instance counted it (a property
 * rather than a WeakSet entry, which every collection would have to trace).
 */
const COUNTED = Symbol('rateLimit.counted');

function describeWindow(ttlMs: number): string {
  if (ttlMs === 60_000) return 'minute';
  const seconds = Math.ceil(ttlMs / 1000);
  return seconds === 1 ? 'second' : `${seconds} seconds`;
}

/**
 * The API rate limit: one budget per caller (principal when authenticated, else
 * client IP) across all routes, per the throttler configured in RateLimitModule.
 * Routes with their own `@Throttle` limit count separately; `@SkipThrottle`
 * exempts a route. Headers follow the IETF RateLimit draft (`RateLimit-Limit`,
 * `-Remaining`, `-Reset`), and a refusal is a 429 problem with `Retry-After`.
 *
 * Not registered globally here: the access guard calls `canActivate` (after the
 * authentication middleware has set `req.principal`). A request is counted once
 * even when the guard runs on it twice.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  // The library writes `${headerPrefix}-Limit|-Remaining|-Reset`; its default is X-RateLimit.
  protected override headerPrefix = 'RateLimit';

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
  ) {
    // The library reads each throttler's route overrides from the metadata on every request.
    super(options, storage, memoizedReflector(reflector));
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request & { [COUNTED]?: true }>();
    const url = req.originalUrl ?? req.url;
    const query = url.indexOf('?');
    if (!isRateLimitedPath(query < 0 ? url : url.slice(0, query))) return true;
    // The global access guard runs this guard; a route may also name it in
    // @UseGuards: one request still counts once.
    if (req[COUNTED]) return true;
    req[COUNTED] = true;
    return false;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const { principal, ip } = req as unknown as AuthenticatedRequest;
    if (principal) return principalKey(principal);
    // `req.ip` honours the app's trust-proxy setting; IPv6 clients count per /64.
    return `ip:${ip ? normalizeIp(ip, this.ipv6SubnetPrefix) : 'unknown'}`;
  }

  /** One budget per caller across routes (the library's default is per route). */
  protected override generateKey(
    _context: ExecutionContext,
    tracker: string,
    name: string,
  ): string {
    return `${name}:${tracker}`;
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const { throttler, limit, ttl, generateKey } = request;
    if (limit === throttler.limit && ttl === throttler.ttl) return super.handleRequest(request);
    // A route with its own @Throttle limit gets its own counter: sharing the
    // caller's budget under a different limit would refuse it too early or too late.
    return super.handleRequest({
      ...request,
      generateKey: (context, tracker, name) =>
        `${generateKey(context, tracker, name)}:${context.getClass().name}.${context.getHandler().name}`,
    });
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const { res } = this.getRequestResponse(context);
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    this.setResponseHeader(res, `${this.headerPrefix}-Limit`, detail.limit);
    this.setResponseHeader(res, `${this.headerPrefix}-Remaining`, 0);
    this.setResponseHeader(res, `${this.headerPrefix}-Reset`, retryAfter);
    throw new TooManyRequestsError(
      `Too many requests: the limit is ${detail.limit} per ${describeWindow(detail.ttl)}. ` +
        `Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
      retryAfter,
    );
  }
}
