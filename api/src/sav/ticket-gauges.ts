import { Injectable, Logger } from '@nestjs/common';
import { Gauge, type GaugeConfiguration, register } from 'prom-client';
import { SLA_BREACHED_METRIC, TICKETS_METRIC } from './ticket-metrics';
import { type TicketCount, TicketsService } from './tickets.service';

/** A scrape every 15 s per Prometheus, times replicas: the database answers at most this often. */
export const TICKET_COUNTS_TTL_MS = 15_000;

/**
 * Registers a gauge unless one of that name already is: as the metric providers
 * of @willsoto/nestjs-prometheus do, the first application of a process (tests
 * start two at once) keeps it.
 */
function gauge(config: GaugeConfiguration<string>): void {
  if (!register.getSingleMetric(config.name)) new Gauge({ ...config, registers: [register] });
}

/**
 * The ticket gauges, read from PostgreSQL when Prometheus scrapes: every
 * replica reports the same figures, so dashboards take `max`, not `sum`.
 * Both gauges share one grouped query, cached briefly; a failed query drops
 * the series for that scrape rather than failing the whole /metrics answer.
 */
@Injectable()
export class TicketGauges {
  private readonly logger = new Logger(TicketGauges.name);
  private cached: { at: number; counts: Promise<TicketCount[] | null> } | null = null;

  constructor(private readonly tickets: TicketsService) {
    const counts = () => this.counts();
    gauge({
      name: TICKETS_METRIC,
      help: 'Tickets in the database, by status and priority (computed at scrape time)',
      labelNames: ['status', 'priority'],
      async collect() {
        const rows = await counts();
        this.reset();
        for (const r of rows ?? []) this.set({ status: r.status, priority: r.priority }, r.total);
      },
    });
    gauge({
      name: SLA_BREACHED_METRIC,
      help: 'Open tickets past their response (no first response yet) or intervention deadline',
      labelNames: ['kind'],
      async collect() {
        const rows = await counts();
        this.reset();
        if (!rows) return;
        let response = 0;
        let intervention = 0;
        for (const r of rows) {
          response += r.responseBreached;
          intervention += r.interventionBreached;
        }
        this.set({ kind: 'response' }, response);
        this.set({ kind: 'intervention' }, intervention);
      },
    });
  }

  /** The counts of the last TTL, or one query shared by every gauge asking meanwhile. */
  counts(): Promise<TicketCount[] | null> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < TICKET_COUNTS_TTL_MS) return this.cached.counts;
    const counts = this.tickets.countByStatusAndPriority().catch((err: unknown) => {
      this.logger.warn({ err }, 'Ticket gauges left out of this scrape: the count failed');
      return null;
    });
    this.cached = { at: now, counts };
    return counts;
  }
}
