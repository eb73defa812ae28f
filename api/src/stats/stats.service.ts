import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InvalidInputError } from '../common/problem/domain-error';
import { AppConfig } from '../config';
import { OPEN_STATUSES, type PriorityLevel, type TicketStatus } from '../sav';
import {
  fillDays,
  isWindowProblem,
  rate,
  type ReportWindow,
  reportWindow,
  RETURN_WITHIN_DAYS,
  roundMinutes,
  targetFor,
} from './domain/kpis';
import type { StatsQuery, StatsView } from './dto/stats.dto';

const PRIORITIES: readonly PriorityLevel[] = ['P0', 'P1', 'P2', 'P3'];
const SOURCES = ['chat', 'partner', 'agent'] as const;

/** PostgreSQL returns bigint and numeric as strings; counts cast to int come back as numbers. */
type Num = number | string | null;
const num = (value: Num): number => (value === null ? 0 : Number(value));
const numOrNull = (value: Num): number | null => (value === null ? null : Number(value));

interface WindowTicketsRow {
  created: Num;
  chat: Num;
  partner: Num;
  agent: Num;
  auto_resolved: Num;
  measured: Num;
  compliant: Num;
  response_breaches: Num;
  intervention_breaches: Num;
  median_first_response: Num;
  p90_first_response: Num;
}

interface ConversationsRow {
  fcr_ended: Num;
  fcr_resolved: Num;
  claims_ended: Num;
  claims_abandoned: Num;
}

/**
 * The retailer's KPIs over a window, read straight from the tables in six
 * grouped queries (docs/STATISTICS.md defines each figure). A reporting read
 * model: it reads other features' tables and writes nothing.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async report(query: StatsQuery, now = new Date()): Promise<StatsView> {
    const window = reportWindow(query, now);
    if (isWindowProblem(window)) {
      throw new InvalidInputError('Invalid reporting window.', [window]);
    }
    const [open, tickets, conversations, perDay, ratings, ai] = await Promise.all([
      this.openTickets(),
      this.windowTickets(window, now),
      this.conversations(window, now),
      this.conversationsPerDay(window),
      this.ratings(window),
      this.aiUsage(window),
    ]);
    const created = num(tickets.created);
    const firstContactResolutionRate = rate(
      num(conversations.fcr_resolved),
      num(conversations.fcr_ended),
    );
    const abandonmentRate = rate(
      num(conversations.claims_abandoned),
      num(conversations.claims_ended),
    );
    const csatRate = rate(ratings.satisfied, ratings.count);
    return {
      window: { from: window.from.toISOString(), to: window.to.toISOString() },
      tickets: {
        open,
        created: {
          total: created,
          bySource: Object.fromEntries(SOURCES.map((s) => [s, num(tickets[s])])),
        },
      },
      sla: {
        measured: num(tickets.measured),
        complianceRate: rate(num(tickets.compliant), num(tickets.measured)),
        responseBreaches: num(tickets.response_breaches),
        interventionBreaches: num(tickets.intervention_breaches),
      },
      autoResolutionRate: rate(num(tickets.auto_resolved), created),
      firstContactResolutionRate,
      csat: {
        ratings: ratings.count,
        averageScore:
          ratings.count > 0 ? Math.round((ratings.sum / ratings.count) * 100) / 100 : null,
        rate: csatRate,
      },
      abandonmentRate,
      conversationsPerDay: fillDays(window, perDay),
      medianFirstResponseMinutes: roundMinutes(numOrNull(tickets.median_first_response)),
      p90FirstResponseMinutes: roundMinutes(numOrNull(tickets.p90_first_response)),
      ai,
      targets: {
        firstContactResolution: {
          ...targetFor('firstContactResolution', firstContactResolutionRate),
          value: firstContactResolutionRate,
        },
        csat: { ...targetFor('csat', csatRate), value: csatRate },
        abandonment: { ...targetFor('abandonment', abandonmentRate), value: abandonmentRate },
      },
    };
  }

  /** Open now, whatever the window: the queue as it stands. */
  private async openTickets(): Promise<StatsView['tickets']['open']> {
    const rows = await this.dataSource.query<
      { status: TicketStatus; priority: PriorityLevel; n: Num }[]
    >(
      `SELECT status, priority, count(*)::int AS n
         FROM ticket WHERE status = ANY($1::text[])
        GROUP BY status, priority`,
      [OPEN_STATUSES],
    );
    const byStatus: Record<string, number> = Object.fromEntries(OPEN_STATUSES.map((s) => [s, 0]));
    const byPriority: Record<string, number> = Object.fromEntries(PRIORITIES.map((p) => [p, 0]));
    let total = 0;
    for (const r of rows) {
      byStatus[r.status] = (byStatus[r.status] ?? 0) + num(r.n);
      byPriority[r.priority] = (byPriority[r.priority] ?? 0) + num(r.n);
      total += num(r.n);
    }
    return { total, byStatus, byPriority };
  }

  /**
   * Tickets created in the window: sources, automatic resolutions, SLA and first
   * response times. An automatic resolution answers the customer, so it counts as
   * the response when no person answered first.
   */
  private async windowTickets(window: ReportWindow, now: Date): Promise<WindowTicketsRow> {
    const [row] = await this.dataSource.query<WindowTicketsRow[]>(
      `WITH w AS (
         SELECT t.source, t.status, t.created_at, t.first_response_at,
                EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id
                          AND e.kind = 'status_change' AND e.to_status = 'auto_resolved') AS auto,
                EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id
                          AND e.kind = 'status_change' AND e.to_status = 'in_progress') AS taken_over,
                (COALESCE(t.first_response_at, t.resolved_at) > t.response_due_at
                  OR (COALESCE(t.first_response_at, t.resolved_at) IS NULL
                      AND t.response_due_at <= $3)) AS response_breached,
                (t.resolved_at > t.intervention_due_at
                  OR (t.resolved_at IS NULL AND t.intervention_due_at <= $3)) AS intervention_breached
           FROM ticket t
          WHERE t.created_at >= $1 AND t.created_at < $2)
       SELECT count(*)::int AS created,
              count(*) FILTER (WHERE source = 'chat')::int AS chat,
              count(*) FILTER (WHERE source = 'partner')::int AS partner,
              count(*) FILTER (WHERE source = 'agent')::int AS agent,
              count(*) FILTER (WHERE auto AND NOT taken_over)::int AS auto_resolved,
              count(*) FILTER (WHERE status <> 'cancelled')::int AS measured,
              count(*) FILTER (WHERE status <> 'cancelled'
                                 AND NOT response_breached AND NOT intervention_breached)::int AS compliant,
              count(*) FILTER (WHERE status <> 'cancelled' AND response_breached)::int AS response_breaches,
              count(*) FILTER (WHERE status <> 'cancelled' AND intervention_breached)::int AS intervention_breaches,
              (percentile_cont(0.5) WITHIN GROUP (
                 ORDER BY extract(epoch FROM first_response_at - created_at) / 60))::float8
                AS median_first_response,
              (percentile_cont(0.9) WITHIN GROUP (
                 ORDER BY extract(epoch FROM first_response_at - created_at) / 60))::float8
                AS p90_first_response
         FROM w`,
      [window.from, window.to, now],
    );
    return row;
  }

  /**
   * First-contact resolution and abandonment, over conversations of the window
   * that have ended. Conversations up to 7 days past the window are read so a
   * customer's return just after it still counts.
   */
  private async conversations(window: ReportWindow, now: Date): Promise<ConversationsRow> {
    const idleSince = new Date(now.getTime() - this.config.chat.idleMs);
    const [row] = await this.dataSource.query<ConversationsRow[]>(
      `WITH s AS (
         SELECT s.id, s.created_at, s.customer_email, s.handoff_at, s.claim_started_at,
                s.message_count,
                (s.closed_at IS NOT NULL OR s.state = 'closed'
                  OR s.last_activity_at < $3 OR s.expires_at <= $4) AS ended,
                lead(s.created_at) OVER (
                  PARTITION BY lower(s.customer_email) ORDER BY s.created_at, s.id) AS next_visit
           FROM chat_session s
          WHERE s.created_at >= $1 AND s.created_at < $2::timestamptz + make_interval(days => $5::int)),
       c AS (
         SELECT s.*,
                COALESCE(s.customer_email IS NOT NULL
                  AND s.next_visit <= s.created_at + make_interval(days => $5::int), false) AS came_back,
                EXISTS (SELECT 1 FROM ticket t WHERE t.session_id = s.id) AS opened_ticket
           FROM s
          WHERE s.created_at < $2 AND s.ended)
       SELECT count(*) FILTER (WHERE message_count > 0)::int AS fcr_ended,
              count(*) FILTER (WHERE message_count > 0 AND handoff_at IS NULL AND NOT came_back
                                 AND (claim_started_at IS NULL OR opened_ticket))::int AS fcr_resolved,
              count(*) FILTER (WHERE claim_started_at IS NOT NULL)::int AS claims_ended,
              count(*) FILTER (WHERE claim_started_at IS NOT NULL AND NOT opened_ticket
                                 AND handoff_at IS NULL)::int AS claims_abandoned
         FROM c`,
      [window.from, window.to, idleSince, now, RETURN_WITHIN_DAYS],
    );
    return row;
  }

  private async conversationsPerDay(window: ReportWindow): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ day: string; n: Num }[]>(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
         FROM chat_session WHERE created_at >= $1 AND created_at < $2
        GROUP BY 1`,
      [window.from, window.to],
    );
    return new Map(rows.map((r) => [r.day, num(r.n)]));
  }

  private async ratings(
    window: ReportWindow,
  ): Promise<{ count: number; sum: number; satisfied: number }> {
    const [row] = await this.dataSource.query<{ count: Num; sum: Num; satisfied: Num }[]>(
      `SELECT count(*)::int AS count, COALESCE(sum(score), 0)::int AS sum,
              count(*) FILTER (WHERE score >= 4)::int AS satisfied
         FROM chat_rating WHERE created_at >= $1 AND created_at < $2`,
      [window.from, window.to],
    );
    return { count: num(row.count), sum: num(row.sum), satisfied: num(row.satisfied) };
  }

  private async aiUsage(window: ReportWindow): Promise<StatsView['ai']> {
    const [row] = await this.dataSource.query<
      { calls: Num; prompt: Num; completion: Num; cost: Num; fallbacks: Num; errors: Num }[]
    >(
      `SELECT count(*)::int AS calls,
              COALESCE(sum(prompt_tokens), 0)::bigint AS prompt,
              COALESCE(sum(completion_tokens), 0)::bigint AS completion,
              COALESCE(sum(cost_eur), 0)::numeric(14,6) AS cost,
              count(*) FILTER (WHERE outcome = 'fallback')::int AS fallbacks,
              count(*) FILTER (WHERE outcome = 'error')::int AS errors
         FROM llm_usage WHERE created_at >= $1 AND created_at < $2`,
      [window.from, window.to],
    );
    return {
      calls: num(row.calls),
      promptTokens: num(row.prompt),
      completionTokens: num(row.completion),
      costEur: num(row.cost),
      fallbacks: num(row.fallbacks),
      errors: num(row.errors),
    };
  }
}
