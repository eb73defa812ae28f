import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppConfig } from '../../config';
import { ForbiddenError } from '../problem/domain-error';

const PRIVATE_NETWORKS = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^::1$/,
  /^f[cd][0-9a-f]{2}:/i,
];

/** True for loopback and private (RFC 1918 / unique-local) addresses. */
export function isInternalAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ip = address.startsWith('::ffff:') ? address.slice(7) : address;
  return PRIVATE_NETWORKS.some((net) => net.test(ip));
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** /metrics answers the internal network, or anyone holding the metrics token. */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const token = this.config.metrics.token;
    const auth = req.headers.authorization;
    if (token && auth?.startsWith('Bearer ') && sameSecret(auth.slice(7), token)) return true;
    // req.ip honours TRUST_PROXY, so a proxy's X-Forwarded-For is only believed when configured.
    if (isInternalAddress(req.ip)) return true;
    throw new ForbiddenError('Metrics are only served to the internal network.');
  }
}
