import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric, makeCounterProvider } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import type { ErasureCounts } from './domain/erasure';

export const PRIVACY_REQUESTS_METRIC = 'privacy_requests_total';

export const privacyRequestsCounter = makeCounterProvider({
  name: PRIVACY_REQUESTS_METRIC,
  help: 'Privacy requests carried out (export, erasure), by kind',
  labelNames: ['request'],
});

export type PrivacyEvent = 'customer_data_exported' | 'customer_data_erased';

/**
 * The SHA-256 of a normalised address: the audit trail can be searched for a
 * given customer later without ever holding the address itself.
 */
export function subjectHash(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}

/**
 * The audit trail of privacy requests: one log line each (`privacyEvent`) with
 * who asked (`user:<id>`), the hashed subject and, for an erasure, the counts.
 * Never the address, a name or any other personal data.
 */
@Injectable()
export class PrivacyAudit {
  private readonly logger = new Logger('Privacy');

  constructor(@InjectMetric(PRIVACY_REQUESTS_METRIC) private readonly counter: Counter<string>) {}

  record(event: PrivacyEvent, email: string, actor: string, counts?: ErasureCounts): void {
    this.counter.inc({ request: event === 'customer_data_erased' ? 'erasure' : 'export' });
    this.logger.warn({ privacyEvent: event, subjectSha256: subjectHash(email), actor, ...counts });
  }
}
