import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { isUUID } from 'class-validator';
import type { Counter } from 'prom-client';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Page } from '../common/http/paging.dto';
import { ConflictError, NotFoundError } from '../common/problem/domain-error';
import { type OrderEntity, OrdersService } from '../orders';
import type { CreateTicketBody } from './dto/analyze.dto';
import {
  TICKET_REFERENCE,
  type TicketListQuery,
  UNASSIGNED,
  type UpdateTicketBody,
} from './dto/ticket.dto';
import type { TicketDetailView, TicketEventView, TicketView } from './dto/ticket-view.dto';
import { analyzeClaim, asksForHuman, type ClaimAnalysis } from './domain/analyze';
import { decide } from './domain/decision';
import { canProceed, evidenceCompleteness } from './domain/evidence';
import { IllegalTransitionError } from './domain/errors';
import { allowedTransitions, assertTransition } from './domain/lifecycle';
import { slaDeadlines } from './domain/sla';
import {
  CLOSING_STATUSES,
  type DecisionAction,
  type PriorityLevel,
  type TicketStatus,
} from './domain/types';
import {
  type RecapStatus,
  TicketEntity,
  TicketEventEntity,
  type TicketSource,
  type TicketValidation,
} from './entities/ticket.entity';
import { SavService } from './sav.service';
import { TICKET_CHANGED, type TicketChangedEvent } from './ticket-events';
import { TICKETS_CREATED_METRIC } from './ticket-metrics';

const DECIDED_STATUS: Record<DecisionAction, TicketStatus> = {
  auto_resolve: 'auto_resolved',
  escalate: 'escalated_to_human',
  technician: 'awaiting_technician',
};

function breaches(t: TicketEntity, now: Date) {
  return {
    responseBreached: !t.firstResponseAt && t.responseDueAt.getTime() < now.getTime(),
    interventionBreached: !t.resolvedAt && t.interventionDueAt.getTime() < now.getTime(),
  };
}

export function toTicketView(t: TicketEntity, now = new Date()): TicketView {
  return {
    reference: t.reference,
    status: t.status,
    priority: t.priority,
    score: t.score,
    category: t.category,
    severity: t.severity,
    description: t.description,
    source: t.source,
    orderNumber: t.orderNumber,
    productSku: t.productSku,
    customer: { email: t.customerEmail, name: t.customerName, phone: t.customerPhone },
    sla: {
      responseDueAt: t.responseDueAt.toISOString(),
      interventionDueAt: t.interventionDueAt.toISOString(),
      respondedAt: t.firstResponseAt?.toISOString() ?? null,
      resolvedAt: t.resolvedAt?.toISOString() ?? null,
      ...breaches(t, now),
    },
    decision: { action: t.decisionAction, resolutionType: t.resolutionType },
    assigneeId: t.assigneeId,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** Whether `a` ranks the claim more urgent than `b`: an earlier priority, or as early and graver. */
function moreUrgent(a: ClaimAnalysis, b: ClaimAnalysis): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.severity < b.severity);
}

/** How many tickets share a status and priority, and how many of the open ones are past each SLA deadline. */
export interface TicketCount {
  status: TicketStatus;
  priority: PriorityLevel;
  total: number;
  responseBreached: number;
  interventionBreached: number;
}

@Injectable()
export class TicketsService {
  constructor(
    @InjectRepository(TicketEntity) private readonly tickets: Repository<TicketEntity>,
    private readonly dataSource: DataSource,
    private readonly sav: SavService,
    private readonly orders: OrdersService,
    @InjectMetric(TICKETS_CREATED_METRIC) private readonly created: Counter<string>,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * A claim becomes a ticket: the order must exist and belong to the e-mail
   * given; the ticket walks the lifecycle as far as its evidence allows.
   */
  async create(
    body: CreateTicketBody,
    source: TicketSource,
    actor: string,
  ): Promise<TicketDetailView> {
    const order = await this.orders.verify(body.orderNumber, body.customer.email);
    return this.get(await this.open(order, body, source, actor));
  }

  /**
   * A claim made in a chat, on an order the customer already proved theirs.
   * The evidence already uploaded in the conversation counts from the start.
   */
  async createFromChat(claim: {
    order: OrderEntity;
    productSku?: string;
    description: string;
    sessionId: string;
    locale: string;
    evidence: { photos: number; videos: number };
    /** What a vision model saw on the claim's photos (defect, location, size), if one looked. */
    photoNotes?: string;
  }): Promise<TicketDetailView> {
    const reference = await this.open(
      claim.order,
      {
        description: claim.description,
        orderNumber: claim.order.number,
        productSku: claim.productSku,
        customer: { email: claim.order.customer.email },
      },
      'chat',
      `session:${claim.sessionId}`,
      {
        sessionId: claim.sessionId,
        locale: claim.locale,
        evidence: claim.evidence,
        photoNotes: claim.photoNotes,
      },
    );
    return this.get(reference);
  }

  private async open(
    order: OrderEntity,
    body: CreateTicketBody,
    source: TicketSource,
    actor: string,
    chat?: {
      sessionId: string;
      locale: string;
      evidence: { photos: number; videos: number };
      photoNotes?: string;
    },
  ): Promise<string> {
    const now = new Date();
    const input = await this.sav.claimInput(body, now, order);
    const evidence = chat?.evidence ?? { photos: 0, videos: 0 };
    let analysis = analyzeClaim({ ...input, evidence });
    if (chat?.photoNotes) {
      const withPhotos = analyzeClaim({
        ...input,
        description: `${input.description}\n${chat.photoNotes}`,
        evidence,
      });
      // What the photos show may make the claim more urgent, or name a problem the words did
      // not; it never makes it less urgent nor replaces what the words clearly said.
      if (
        moreUrgent(withPhotos, analysis) ||
        (analysis.category === 'unknown' && !moreUrgent(analysis, withPhotos))
      ) {
        analysis = withPhotos;
      }
    }
    const deadlines = slaDeadlines(analysis.priority, now);
    const created = await this.dataSource.transaction(async (manager) => {
      const [{ reference }] = await manager.query<{ reference: string }[]>(
        `SELECT 'SAV-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY') || '-' ||
                lpad(nextval('ticket_reference_seq')::text, 6, '0') AS reference`,
      );
      const ticket = await manager.getRepository(TicketEntity).save(
        manager.getRepository(TicketEntity).create({
          reference,
          status: 'new',
          priority: analysis.priority,
          score: analysis.score,
          category: analysis.category,
          severity: analysis.severity,
          description: body.description,
          source,
          orderNumber: order.number,
          productSku: body.productSku ?? null,
          customerId: order.customerId,
          customerEmail: order.customer.email,
          customerName:
            body.customer.name ??
            ([order.customer.firstName, order.customer.lastName].filter(Boolean).join(' ') || null),
          customerPhone: body.customer.phone ?? order.customer.phone,
          analysis,
          decisionAction: analysis.decision.action,
          resolutionType: analysis.decision.resolutionType,
          responseDueAt: deadlines.responseDueAt,
          interventionDueAt: deadlines.interventionDueAt,
          sessionId: chat?.sessionId ?? null,
          locale: chat?.locale ?? null,
          recapStatus: chat ? 'pending' : 'none',
        }),
      );
      await this.event(
        manager,
        ticket,
        { actor, kind: 'created', note: `Source : ${source}` },
        now,
      );
      if (chat?.photoNotes) {
        await this.event(
          manager,
          ticket,
          {
            actor: 'system',
            kind: 'note',
            note: `Photos décrites automatiquement : ${chat.photoNotes}`,
          },
          now,
        );
      }
      const steps: TicketStatus[] = ['problem_analysis', 'warranty_check', 'evidence_collection'];
      if (analysis.evidence.canProceed) {
        steps.push(
          'priority_assessment',
          'decision_pending',
          DECIDED_STATUS[analysis.decision.action],
        );
      }
      for (const to of steps)
        await this.move(manager, ticket, to, 'system', now, stepNote(to, analysis));
      return ticket;
    });
    this.created.inc({ source, priority: analysis.priority });
    this.changed(created, null, 'created');
    return created.reference;
  }

  /** Tells listeners (live delivery, recaps) about a committed change. */
  private changed(
    ticket: TicketEntity,
    previousStatus: TicketStatus | null,
    change: TicketChangedEvent['change'],
  ): void {
    const event: TicketChangedEvent = {
      ticketId: ticket.id,
      reference: ticket.reference,
      sessionId: ticket.sessionId,
      status: ticket.status,
      previousStatus,
      priority: ticket.priority,
      change,
    };
    this.events.emit(TICKET_CHANGED, event);
  }

  /**
   * Every ticket counted by status and priority in one grouped query, with the
   * open ones past their deadlines (the same tests as `breached` in list).
   */
  async countByStatusAndPriority(): Promise<TicketCount[]> {
    const open = 't.status NOT IN (:...closing)';
    const rows = await this.tickets
      .createQueryBuilder('t')
      .select('t.status', 'status')
      .addSelect('t.priority', 'priority')
      .addSelect('count(*)::int', 'total')
      .addSelect(
        `count(*) FILTER (WHERE ${open} AND t.first_response_at IS NULL AND t.response_due_at < now())::int`,
        'response_breached',
      )
      .addSelect(
        `count(*) FILTER (WHERE ${open} AND t.resolved_at IS NULL AND t.intervention_due_at < now())::int`,
        'intervention_breached',
      )
      .setParameter('closing', CLOSING_STATUSES)
      .groupBy('t.status')
      .addGroupBy('t.priority')
      .getRawMany<{
        status: TicketStatus;
        priority: PriorityLevel;
        total: number;
        response_breached: number;
        intervention_breached: number;
      }>();
    return rows.map((r) => ({
      status: r.status,
      priority: r.priority,
      total: r.total,
      responseBreached: r.response_breached,
      interventionBreached: r.intervention_breached,
    }));
  }

  async list(query: TicketListQuery): Promise<Page<TicketView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.tickets.createQueryBuilder('t');
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.priority) qb.andWhere('t.priority = :priority', { priority: query.priority });
    if (query.category) qb.andWhere('t.category = :category', { category: query.category });
    if (query.assigneeId === UNASSIGNED) qb.andWhere('t.assignee_id IS NULL');
    else if (query.assigneeId)
      qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: query.assigneeId });
    if (query.q) {
      const like = `%${query.q.replace(/[%_\\]/g, '').toLowerCase()}%`;
      qb.andWhere(
        '(lower(t.reference) LIKE :like OR lower(t.customer_email) LIKE :like OR lower(t.order_number) LIKE :like OR unaccent(lower(t.description)) LIKE unaccent(:like))',
        { like },
      );
    }
    if (query.breached !== undefined) {
      const breached =
        '((t.first_response_at IS NULL AND t.response_due_at < now()) OR (t.resolved_at IS NULL AND t.intervention_due_at < now()))';
      qb.andWhere(query.breached ? breached : `NOT ${breached}`);
    }
    qb.orderBy('t.priority', 'ASC')
      .addOrderBy('t.response_due_at', 'ASC')
      .addOrderBy('t.reference', 'ASC');
    const [items, total] = await qb
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const now = new Date();
    return { items: items.map((t) => toTicketView(t, now)), total, page, pageSize };
  }

  async get(reference: string): Promise<TicketDetailView> {
    const ticket = await this.tickets.findOneBy({ reference });
    if (!ticket) throw new NotFoundError(`No ticket ${reference}.`);
    const events = await this.dataSource
      .getRepository(TicketEventEntity)
      .find({ where: { ticketId: ticket.id }, order: { at: 'ASC', id: 'ASC' } });
    return {
      ...toTicketView(ticket),
      analysis: ticket.analysis,
      timeline: events.map((e): TicketEventView => ({
        at: e.at.toISOString(),
        actor: e.actor,
        kind: e.kind,
        from: e.fromStatus,
        to: e.toStatus,
        note: e.note,
      })),
      allowedTransitions: allowedTransitions(ticket.status),
    };
  }

  /** A ticket's id and reference, from either; null when there is no such ticket. */
  async findRef(idOrReference: string): Promise<{ id: string; reference: string } | null> {
    const where = TICKET_REFERENCE.test(idOrReference)
      ? { reference: idOrReference }
      : isUUID(idOrReference)
        ? { id: idOrReference }
        : null;
    if (!where) return null;
    const ticket = await this.tickets.findOne({ where, select: { id: true, reference: true } });
    return ticket ? { id: ticket.id, reference: ticket.reference } : null;
  }

  /** What a chat may tell about a ticket, with what decides whether it may (session, order). */
  async chatSummary(reference: string): Promise<{
    reference: string;
    status: TicketStatus;
    priority: PriorityLevel;
    sessionId: string | null;
    orderNumber: string | null;
    responseDueAt: string;
    interventionDueAt: string;
  } | null> {
    if (!TICKET_REFERENCE.test(reference)) return null;
    const t = await this.tickets.findOneBy({ reference });
    return t
      ? {
          reference: t.reference,
          status: t.status,
          priority: t.priority,
          sessionId: t.sessionId,
          orderNumber: t.orderNumber,
          responseDueAt: t.responseDueAt.toISOString(),
          interventionDueAt: t.interventionDueAt.toISOString(),
        }
      : null;
  }

  /**
   * The photos and videos now held for a claim (spec §5): its evidence
   * completeness is recomputed and the count noted on its timeline. `count`
   * runs under the ticket's row lock, so concurrent updates cannot apply a
   * stale count last. The status is left where it is; whoever moves the claim
   * on reads `analysis.evidence.canProceed`.
   */
  async recordEvidence(
    ticketId: string,
    count: (manager: EntityManager) => Promise<{ photos: number; videos: number }>,
    actor: string,
  ): Promise<{ completeness: number; canProceed: boolean }> {
    let changed: { ticket: TicketEntity; from: TicketStatus } | undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(TicketEntity);
      const ticket = await repo.findOne({
        where: { id: ticketId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ticket) throw new NotFoundError('No such ticket.');
      const provided = await count(manager);
      const completeness = evidenceCompleteness(ticket.analysis.evidence, provided);
      const proceeds = canProceed(completeness, ticket.priority);
      const previous = ticket.analysis;
      // Decided at creation as if no file would come; decide again with what came.
      const decision = decide({
        priority: previous.priority,
        score: previous.score,
        tone: previous.tone.level,
        customerAskedForHuman: asksForHuman(ticket.description),
        category: previous.category,
        warranty: previous.warranty,
        evidenceComplete: completeness >= 100,
      });
      const analysis: ClaimAnalysis = {
        ...previous,
        evidence: { ...previous.evidence, completeness, canProceed: proceeds },
        decision,
      };
      await repo.update(
        { id: ticket.id },
        { analysis, decisionAction: decision.action, resolutionType: decision.resolutionType },
      );
      const now = new Date();
      await this.event(
        manager,
        ticket,
        {
          actor,
          kind: 'evidence',
          note: `Preuves reçues : ${provided.photos} photo(s), ${provided.videos} vidéo(s) ; complétude ${completeness} %`,
          data: { ...provided, completeness, canProceed: proceeds },
        },
        now,
      );
      changed = { ticket, from: ticket.status };
      // Enough evidence now: the ticket leaves evidence collection as it would have at creation.
      if (proceeds && ticket.status === 'evidence_collection') {
        for (const to of [
          'priority_assessment',
          'decision_pending',
          DECIDED_STATUS[decision.action],
        ] as const)
          await this.move(manager, ticket, to, 'system', now, stepNote(to, analysis));
      }
      return { completeness, canProceed: proceeds };
    });
    if (changed) this.changed(changed.ticket, changed.from, 'evidence');
    return result;
  }

  /** Status, assignment, priority and notes; an illegal transition changes nothing (409). */
  async update(
    reference: string,
    body: UpdateTicketBody,
    actor: string,
  ): Promise<TicketDetailView> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(TicketEntity);
      const ticket = await repo.findOne({
        where: { reference },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ticket) throw new NotFoundError(`No ticket ${reference}.`);
      const before = {
        status: ticket.status,
        priority: ticket.priority,
        assignee: ticket.assigneeId,
      };
      const now = new Date();
      if (body.status && body.status !== ticket.status) {
        try {
          assertTransition(ticket.status, body.status);
        } catch (err) {
          if (err instanceof IllegalTransitionError) {
            throw new ConflictError(`A ticket cannot go from ${ticket.status} to ${body.status}.`, {
              from: ticket.status,
              to: body.status,
            });
          }
          throw err;
        }
        await this.move(manager, ticket, body.status, actor, now, body.note ?? null);
      } else if (body.note) {
        await this.event(manager, ticket, { actor, kind: 'note', note: body.note }, now);
      }
      if (body.assigneeId !== undefined && body.assigneeId !== ticket.assigneeId) {
        await this.event(
          manager,
          ticket,
          { actor, kind: 'assignment', data: { from: ticket.assigneeId, to: body.assigneeId } },
          now,
        );
        ticket.assigneeId = body.assigneeId;
      }
      if (body.priority && body.priority !== ticket.priority) {
        await this.event(
          manager,
          ticket,
          { actor, kind: 'priority_change', data: { from: ticket.priority, to: body.priority } },
          now,
        );
        ticket.priority = body.priority;
        const deadlines = slaDeadlines(body.priority, ticket.createdAt);
        ticket.responseDueAt = deadlines.responseDueAt;
        ticket.interventionDueAt = deadlines.interventionDueAt;
      }
      await repo.save(ticket);
      const change: TicketChangedEvent['change'] =
        ticket.status !== before.status
          ? 'status'
          : ticket.priority !== before.priority
            ? 'priority'
            : ticket.assigneeId !== before.assignee
              ? 'assignment'
              : 'note';
      return { ticket, from: before.status, change };
    });
    this.changed(changed.ticket, changed.from, changed.change);
    return this.get(reference);
  }

  private async move(
    manager: EntityManager,
    ticket: TicketEntity,
    to: TicketStatus,
    actor: string,
    now: Date,
    note: string | null,
  ): Promise<void> {
    const from = ticket.status;
    assertTransition(from, to);
    ticket.status = to;
    if (!ticket.firstResponseAt && actor !== 'system' && to !== 'cancelled')
      ticket.firstResponseAt = now;
    if (CLOSING_STATUSES.includes(to) && !ticket.resolvedAt) ticket.resolvedAt = now;
    await manager.getRepository(TicketEntity).update(
      { id: ticket.id },
      {
        status: ticket.status,
        firstResponseAt: ticket.firstResponseAt,
        resolvedAt: ticket.resolvedAt,
      },
    );
    await this.event(manager, ticket, { actor, kind: 'status_change', from, to, note }, now);
  }

  private async event(
    manager: EntityManager,
    ticket: TicketEntity,
    e: {
      actor: string;
      kind: TicketEventEntity['kind'];
      from?: TicketStatus;
      to?: TicketStatus;
      note?: string | null;
      data?: Record<string, unknown>;
    },
    at: Date,
  ): Promise<void> {
    const events = manager.getRepository(TicketEventEntity);
    await events.save(
      events.create({
        ticketId: ticket.id,
        at,
        actor: e.actor,
        kind: e.kind,
        fromStatus: e.from ?? null,
        toStatus: e.to ?? null,
        note: e.note ?? null,
        data: e.data ?? null,
      }),
    );
  }

  // Claims (recap e-mail and customer validation) and the agents' workspace.

  /** A ticket's claim facts and recap/validation state, by reference or id; null when unknown. */
  async claimRecord(idOrReference: string): Promise<ClaimRecord | null> {
    const where = TICKET_REFERENCE.test(idOrReference)
      ? { reference: idOrReference }
      : isUUID(idOrReference)
        ? { id: idOrReference }
        : null;
    const t = where ? await this.tickets.findOneBy(where) : null;
    if (!t) return null;
    return {
      id: t.id,
      reference: t.reference,
      status: t.status,
      source: t.source,
      sessionId: t.sessionId,
      locale: t.locale,
      customerEmail: t.customerEmail,
      customerName: t.customerName,
      orderNumber: t.orderNumber,
      productSku: t.productSku,
      description: t.description,
      analysis: t.analysis,
      interventionDueAt: t.interventionDueAt,
      firstResponseAt: t.firstResponseAt,
      validation: t.validation,
      validatedAt: t.validatedAt,
      correction: t.correction,
      recapStatus: t.recapStatus,
      recapAttempts: t.recapAttempts,
      recapSentAt: t.recapSentAt,
    };
  }

  /**
   * Claims one sending attempt of a ticket's recap: true for the one caller
   * that moved `recapAttempts` from `seenAttempts`, so two instances (or the
   * chat and the retry job) never send the same recap twice.
   */
  async startRecapAttempt(ticketId: string, seenAttempts: number): Promise<boolean> {
    const result = await this.tickets
      .createQueryBuilder()
      .update(TicketEntity)
      .set({ recapAttempts: () => 'recap_attempts + 1' })
      .where('id = :ticketId AND recap_attempts = :seenAttempts', { ticketId, seenAttempts })
      .andWhere(`recap_status IN ('pending', 'failed')`)
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Where the recap e-mail stands after an attempt; a sent recap goes on the timeline. */
  async recordRecapOutcome(ticketId: string, outcome: 'sent' | 'failed', at: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(TicketEntity);
      const ticket = await repo.findOneBy({ id: ticketId });
      if (!ticket) return;
      await repo.update(
        { id: ticketId },
        outcome === 'sent' ? { recapStatus: 'sent', recapSentAt: at } : { recapStatus: 'failed' },
      );
      if (outcome === 'sent') {
        await this.event(
          manager,
          ticket,
          {
            actor: 'system',
            kind: 'recap',
            note: 'Récapitulatif envoyé par e-mail au client.',
            data: { attempts: ticket.recapAttempts },
          },
          at,
        );
      }
    });
  }

  /**
   * Recaps still to send: failed ones under `maxAttempts` whose backoff has
   * passed (1, 2, 4, 8… minutes after the last attempt), and pending ones the
   * chat never sent (older than `pendingAfterMs`).
   */
  async recapsDue(
    now: Date,
    maxAttempts: number,
    pendingAfterMs: number,
    limit: number,
  ): Promise<{ id: string; reference: string; locale: string | null; recapAttempts: number }[]> {
    const rows = await this.tickets
      .createQueryBuilder('t')
      .select(['t.id', 't.reference', 't.locale', 't.recapAttempts'])
      .where(
        `(t.recap_status = 'failed' AND t.recap_attempts < :maxAttempts
           AND t.updated_at + interval '1 minute' * power(2, greatest(t.recap_attempts - 1, 0)) <= :now)
         OR (t.recap_status = 'pending' AND t.recap_attempts < :maxAttempts AND t.updated_at <= :pendingBefore)`,
        { maxAttempts, now, pendingBefore: new Date(now.getTime() - pendingAfterMs) },
      )
      .orderBy('t.updated_at', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map((t) => ({
      id: t.id,
      reference: t.reference,
      locale: t.locale,
      recapAttempts: t.recapAttempts,
    }));
  }

  /**
   * The customer's answer to the recap: once only (409 with the answer already
   * given). The ticket's status is left to agents, even when cancelled.
   */
  async recordValidation(
    ticketId: string,
    answer: { validation: Exclude<TicketValidation, 'pending'>; correction?: string },
    at: Date,
  ): Promise<{ validation: TicketValidation; validatedAt: Date }> {
    const ticket = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(TicketEntity);
      const found = await repo.findOne({
        where: { id: ticketId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new NotFoundError('No such claim.');
      if (found.validation !== 'pending') {
        throw new ConflictError('This recap was already answered.', {
          validation: found.validation,
          validatedAt: found.validatedAt?.toISOString() ?? null,
        });
      }
      const correction = answer.validation === 'corrected' ? (answer.correction ?? null) : null;
      await repo.update(
        { id: found.id },
        { validation: answer.validation, validatedAt: at, correction },
      );
      await this.event(
        manager,
        found,
        {
          actor: 'customer',
          kind: 'validation',
          note: VALIDATION_NOTE[answer.validation](correction),
          data: { validation: answer.validation },
        },
        at,
      );
      return found;
    });
    this.changed(ticket, ticket.status, 'validation');
    return { validation: answer.validation, validatedAt: at };
  }

  /**
   * An agent wrote to the customer from the ticket: noted on the timeline, and
   * the first response time set if this is the first one.
   */
  async recordAgentMessage(ticketId: string, actor: string, text: string, at: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(TicketEntity);
      const ticket = await repo.findOne({
        where: { id: ticketId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ticket) throw new NotFoundError('No such ticket.');
      if (!ticket.firstResponseAt) await repo.update({ id: ticket.id }, { firstResponseAt: at });
      await this.event(manager, ticket, { actor, kind: 'message', note: text }, at);
    });
  }
}

const VALIDATION_NOTE: Record<
  Exclude<TicketValidation, 'pending'>,
  (correction: string | null) => string
> = {
  validated: () => 'Le client a confirmé le récapitulatif.',
  corrected: (c) => `Correction du client : ${c ?? ''}`,
  cancelled: () => 'Le client a annulé sa demande ; le statut du ticket reste à décider.',
};

/** A ticket's claim facts and recap/validation state (see TicketsService.claimRecord). */
export interface ClaimRecord {
  id: string;
  reference: string;
  status: TicketStatus;
  source: TicketSource;
  sessionId: string | null;
  locale: string | null;
  customerEmail: string | null;
  customerName: string | null;
  orderNumber: string | null;
  productSku: string | null;
  description: string;
  analysis: ClaimAnalysis;
  interventionDueAt: Date;
  firstResponseAt: Date | null;
  validation: TicketValidation;
  validatedAt: Date | null;
  correction: string | null;
  recapStatus: RecapStatus;
  recapAttempts: number;
  recapSentAt: Date | null;
}

function stepNote(to: TicketStatus, a: ClaimAnalysis): string | null {
  switch (to) {
    case 'problem_analysis':
      return `Catégorie ${a.category}, gravité ${a.severity}`;
    case 'warranty_check':
      return a.warranty.reason;
    case 'evidence_collection':
      return a.evidence.canProceed
        ? 'Les preuves pourront compléter le dossier ; il avance sans attendre.'
        : `En attente de ${a.evidence.photos} photo(s) et ${a.evidence.videos} vidéo(s).`;
    case 'priority_assessment':
      return `Priorité ${a.priority} (score ${a.score}/130)`;
    default:
      return a.decision.reasons.join(' ') || null;
  }
}
