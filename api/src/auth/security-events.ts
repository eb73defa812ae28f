import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric, makeCounterProvider } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';

export const SECURITY_EVENTS_METRIC = 'security_events_total';

export type SecurityEvent =
  | 'login_succeeded'
  | 'login_failed'
  | 'refresh_reused'
  | 'token_rejected'
  | 'api_key_rejected'
  | 'api_key_created'
  | 'api_key_revoked'
  | 'access_denied';

export const securityEventsCounter = makeCounterProvider({
  name: SECURITY_EVENTS_METRIC,
  help: 'Security-relevant events (failed logins, refresh token reuse, key changes…), by event',
  labelNames: ['event'],
});

/**
 * Logs and counts security events. Fields are identifiers only (user id, key
 * id, family id, request id): never a password, token, key or e-mail address.
 */
@Injectable()
export class SecurityEvents {
  private readonly logger = new Logger('Security');

  constructor(@InjectMetric(SECURITY_EVENTS_METRIC) private readonly counter: Counter<string>) {}

  record(event: SecurityEvent, fields: Record<string, string | number | undefined> = {}): void {
    this.counter.inc({ event });
    const quiet = event === 'login_succeeded' || event === 'access_denied';
    const line = { securityEvent: event, ...fields };
    if (quiet) this.logger.log(line);
    else this.logger.warn(line);
  }
}
