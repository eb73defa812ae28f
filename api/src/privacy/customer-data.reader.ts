import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CustomerFootprint } from './customer-footprints';
import type {
  ExportedChatEvent,
  ExportedChatMessage,
  ExportedChatSession,
  ExportedCustomer,
  ExportedOrder,
  ExportedRating,
  ExportedTicket,
  ExportedTicketEvent,
  ExportedUpload,
} from './dto/privacy.dto';

type Stamp = Date | string;
const iso = (value: Stamp): string => new Date(value).toISOString();
const isoOrNull = (value: Stamp | null): string | null => (value === null ? null : iso(value));

/** Groups rows by a key, keeping their order. */
function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

interface CustomerRow {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  postcode: string;
  phone: string | null;
  tier: ExportedCustomer['tier'];
  created_at: Stamp;
  updated_at: Stamp;
}

interface OrderRow {
  number: string;
  customer_id: string;
  postcode: string;
  purchase_date: string;
  delivery_date: string | null;
  total: string;
  created_at: Stamp;
  updated_at: Stamp;
}

interface OrderLineRow {
  order_number: string;
  line_no: number;
  sku: string;
  product_name: string | null;
  quantity: number;
  unit_price: string;
}

interface TicketRow {
  id: string;
  reference: string;
  status: ExportedTicket['status'];
  priority: ExportedTicket['priority'];
  score: number;
  category: string;
  severity: ExportedTicket['severity'];
  description: string;
  source: ExportedTicket['source'];
  order_number: string | null;
  product_sku: string | null;
  customer_email: string | null;
  customer_name: string | null;
  customer_phone: string | null;
  analysis: ExportedTicket['analysis'];
  response_due_at: Stamp;
  intervention_due_at: Stamp;
  first_response_at: Stamp | null;
  resolved_at: Stamp | null;
  session_id: string | null;
  locale: string | null;
  validation: ExportedTicket['validation']['status'];
  validated_at: Stamp | null;
  correction: string | null;
  recap_status: ExportedTicket['recap']['status'];
  recap_attempts: number;
  recap_sent_at: Stamp | null;
  created_at: Stamp;
  updated_at: Stamp;
}

interface TicketEventRow {
  ticket_id: string;
  at: Stamp;
  actor: string;
  kind: ExportedTicketEvent['kind'];
  from_status: ExportedTicketEvent['from'];
  to_status: ExportedTicketEvent['to'];
  note: string | null;
  data: Record<string, unknown> | null;
}

interface SessionRow {
  id: string;
  site_id: string;
  locale: string;
  state: ExportedChatSession['state'];
  origin: string;
  customer_email: string | null;
  context: Record<string, unknown> | null;
  created_at: Stamp;
  last_activity_at: Stamp;
  expires_at: Stamp;
  closed_at: Stamp | null;
  handoff_at: Stamp | null;
  claim_started_at: Stamp | null;
}

interface MessageRow {
  id: string;
  session_id: string;
  role: ExportedChatMessage['role'];
  text: string;
  data: Record<string, unknown> | null;
  created_at: Stamp;
}

interface EventRow {
  id: string;
  session_id: string;
  type: ExportedChatEvent['type'];
  data: Record<string, unknown> | null;
  created_at: Stamp;
}

interface RatingRow {
  id: string;
  session_id: string;
  ticket_id: string | null;
  score: number;
  comment: string | null;
  created_at: Stamp;
  updated_at: Stamp;
}

interface UploadRow {
  id: string;
  storage_key: string;
  session_id: string | null;
  ticket_id: string | null;
  kind: ExportedUpload['kind'];
  mime_type: string;
  size: string;
  sha256: string;
  width: number | null;
  height: number | null;
  scan_status: ExportedUpload['scanStatus'];
  uploaded_by: string;
  created_at: Stamp;
  scanned_at: Stamp | null;
}

/** The records of a customer's footprint, read as they are stored (the export's content). */
export interface CustomerRecords {
  customers: ExportedCustomer[];
  orders: ExportedOrder[];
  tickets: ExportedTicket[];
  chatSessions: ExportedChatSession[];
  ratings: ExportedRating[];
  uploads: ExportedUpload[];
}

/** Reads the rows of a footprint from the other features' tables; writes nothing. */
@Injectable()
export class CustomerDataReader {
  constructor(private readonly dataSource: DataSource) {}

  async read(f: CustomerFootprint): Promise<CustomerRecords> {
    const [customers, orders, tickets, chatSessions, ratings, uploads] = await Promise.all([
      this.customers(f.customerIds),
      this.orders(f.orderNumbers),
      this.tickets(f.ticketIds),
      this.sessions(f.sessionIds),
      this.ratings(f),
      this.uploads(f),
    ]);
    return { customers, orders, tickets, chatSessions, ratings, uploads };
  }

  private async customers(ids: string[]): Promise<ExportedCustomer[]> {
    const rows = await this.dataSource.query<CustomerRow[]>(
      `SELECT id, email, first_name, last_name, postcode, phone, tier, created_at, updated_at
         FROM customer WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      firstName: r.first_name,
      lastName: r.last_name,
      postcode: r.postcode,
      phone: r.phone,
      tier: r.tier,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    }));
  }

  private async orders(numbers: string[]): Promise<ExportedOrder[]> {
    const [orders, lines] = await Promise.all([
      this.dataSource.query<OrderRow[]>(
        `SELECT number, customer_id, postcode, purchase_date::text AS purchase_date,
                delivery_date::text AS delivery_date, total::text AS total, created_at, updated_at
           FROM customer_order WHERE number = ANY($1::text[]) ORDER BY purchase_date, number`,
        [numbers],
      ),
      this.dataSource.query<OrderLineRow[]>(
        `SELECT order_number, line_no, sku, product_name, quantity, unit_price::text AS unit_price
           FROM order_line WHERE order_number = ANY($1::text[]) ORDER BY order_number, line_no`,
        [numbers],
      ),
    ]);
    const linesOf = byKey(lines, (l) => l.order_number);
    return orders.map((o) => ({
      number: o.number,
      customerId: o.customer_id,
      postcode: o.postcode,
      purchaseDate: o.purchase_date,
      deliveryDate: o.delivery_date,
      total: Number(o.total),
      lines: (linesOf.get(o.number) ?? []).map((l) => ({
        lineNo: l.line_no,
        sku: l.sku,
        productName: l.product_name,
        quantity: l.quantity,
        unitPrice: Number(l.unit_price),
      })),
      createdAt: iso(o.created_at),
      updatedAt: iso(o.updated_at),
    }));
  }

  private async tickets(ids: string[]): Promise<ExportedTicket[]> {
    const [tickets, events] = await Promise.all([
      this.dataSource.query<TicketRow[]>(
        `SELECT id, reference, status, priority, score, category, severity, description, source,
                order_number, product_sku, customer_email, customer_name, customer_phone, analysis,
                response_due_at, intervention_due_at, first_response_at, resolved_at, session_id,
                locale, validation, validated_at, correction, recap_status, recap_attempts,
                recap_sent_at, created_at, updated_at
           FROM ticket WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids],
      ),
      this.dataSource.query<TicketEventRow[]>(
        `SELECT ticket_id, at, actor, kind, from_status, to_status, note, data
           FROM ticket_event WHERE ticket_id = ANY($1::uuid[]) ORDER BY at, id`,
        [ids],
      ),
    ]);
    const timelineOf = byKey(events, (e) => e.ticket_id);
    return tickets.map((t) => ({
      id: t.id,
      reference: t.reference,
      status: t.status,
      priority: t.priority,
      score: t.score,
      category: t.category,
      severity: t.severity,
      description: t.description,
      source: t.source,
      orderNumber: t.order_number,
      productSku: t.product_sku,
      contact: { email: t.customer_email, name: t.customer_name, phone: t.customer_phone },
      analysis: t.analysis,
      responseDueAt: iso(t.response_due_at),
      interventionDueAt: iso(t.intervention_due_at),
      firstResponseAt: isoOrNull(t.first_response_at),
      resolvedAt: isoOrNull(t.resolved_at),
      sessionId: t.session_id,
      locale: t.locale,
      recap: {
        status: t.recap_status,
        attempts: t.recap_attempts,
        sentAt: isoOrNull(t.recap_sent_at),
      },
      validation: {
        status: t.validation,
        validatedAt: isoOrNull(t.validated_at),
        correction: t.correction,
      },
      timeline: (timelineOf.get(t.id) ?? []).map((e) => ({
        at: iso(e.at),
        actor: e.actor,
        kind: e.kind,
        from: e.from_status,
        to: e.to_status,
        note: e.note,
        data: e.data,
      })),
      createdAt: iso(t.created_at),
      updatedAt: iso(t.updated_at),
    }));
  }

  private async sessions(ids: string[]): Promise<ExportedChatSession[]> {
    const [sessions, messages, events] = await Promise.all([
      this.dataSource.query<SessionRow[]>(
        `SELECT id, site_id, locale, state, origin, customer_email, context, created_at,
                last_activity_at, expires_at, closed_at, handoff_at, claim_started_at
           FROM chat_session WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids],
      ),
      this.dataSource.query<MessageRow[]>(
        `SELECT id, session_id, role, text, data, created_at
           FROM chat_message WHERE session_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids],
      ),
      this.dataSource.query<EventRow[]>(
        `SELECT id::text AS id, session_id, type, data, created_at
           FROM chat_event WHERE session_id = ANY($1::uuid[]) ORDER BY id`,
        [ids],
      ),
    ]);
    const messagesOf = byKey(messages, (m) => m.session_id);
    const eventsOf = byKey(events, (e) => e.session_id);
    return sessions.map((s) => ({
      id: s.id,
      siteId: s.site_id,
      locale: s.locale,
      state: s.state,
      origin: s.origin,
      customerEmail: s.customer_email,
      context: s.context ?? {},
      createdAt: iso(s.created_at),
      lastActivityAt: iso(s.last_activity_at),
      expiresAt: iso(s.expires_at),
      closedAt: isoOrNull(s.closed_at),
      handoffAt: isoOrNull(s.handoff_at),
      claimStartedAt: isoOrNull(s.claim_started_at),
      messages: (messagesOf.get(s.id) ?? []).map((m) => ({
        id: m.id,
        role: m.role,
        text: m.text,
        data: m.data,
        createdAt: iso(m.created_at),
      })),
      events: (eventsOf.get(s.id) ?? []).map((e) => ({
        id: e.id,
        type: e.type,
        data: e.data ?? {},
        createdAt: iso(e.created_at),
      })),
    }));
  }

  private async ratings(f: CustomerFootprint): Promise<ExportedRating[]> {
    const rows = await this.dataSource.query<RatingRow[]>(
      `SELECT id, session_id, ticket_id, score, comment, created_at, updated_at
         FROM chat_rating WHERE session_id = ANY($1::uuid[]) OR ticket_id = ANY($2::uuid[])
        ORDER BY created_at, id`,
      [f.sessionIds, f.ticketIds],
    );
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      ticketId: r.ticket_id,
      score: Number(r.score),
      comment: r.comment,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    }));
  }

  private async uploads(f: CustomerFootprint): Promise<ExportedUpload[]> {
    const rows = await this.dataSource.query<UploadRow[]>(
      `SELECT id, storage_key, session_id, ticket_id, kind, mime_type, size::text AS size, sha256,
              width, height, scan_status, uploaded_by, created_at, scanned_at
         FROM upload WHERE session_id = ANY($1::uuid[]) OR ticket_id = ANY($2::uuid[])
        ORDER BY created_at, id`,
      [f.sessionIds, f.ticketIds],
    );
    return rows.map((u) => ({
      id: u.id,
      storageKey: u.storage_key,
      sessionId: u.session_id,
      ticketId: u.ticket_id,
      kind: u.kind,
      mimeType: u.mime_type,
      size: Number(u.size),
      sha256: u.sha256,
      width: u.width,
      height: u.height,
      scanStatus: u.scan_status,
      uploadedBy: u.uploaded_by,
      createdAt: iso(u.created_at),
      scannedAt: isoOrNull(u.scanned_at),
    }));
  }
}
