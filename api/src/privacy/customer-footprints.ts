import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { mentionsAddress } from './domain/customer-email';

/** The rows that hold one customer's personal data, by table. */
export interface CustomerFootprint {
  customerIds: string[];
  orderNumbers: string[];
  ticketIds: string[];
  sessionIds: string[];
}

/** Reads through the other features' tables (migrations/), writing nothing. */
type Db = Pick<EntityManager, 'query'>;

/**
 * Finds what the product holds about an e-mail address (normalised):
 * - the customer record (stored lower-cased by the order intake) and its orders;
 * - tickets of that customer, of those orders, or filed with that address;
 * - conversations in which the customer proved an order with it, conversations of
 *   those tickets, and conversations in which the customer typed the address.
 * Conversations where the customer never gave it are not linked to anyone: the
 * retention purge removes them.
 */
@Injectable()
export class CustomerFootprints {
  constructor(private readonly dataSource: DataSource) {}

  async find(email: string, db: Db = this.dataSource): Promise<CustomerFootprint> {
    const customers = await db.query<{ id: string }[]>('SELECT id FROM customer WHERE email = $1', [
      email,
    ]);
    const customerIds = customers.map((c) => c.id);
    const orders = await db.query<{ number: string }[]>(
      'SELECT number FROM customer_order WHERE customer_id = ANY($1::uuid[]) ORDER BY number',
      [customerIds],
    );
    const orderNumbers = orders.map((o) => o.number);
    const tickets = await db.query<{ id: string }[]>(
      `SELECT id FROM ticket
        WHERE customer_id = ANY($2::uuid[])
           OR order_number = ANY($3::text[])
           OR (customer_email IS NOT NULL AND lower(customer_email) = $1)
        ORDER BY created_at, id`,
      [email, customerIds, orderNumbers],
    );
    const ticketIds = tickets.map((t) => t.id);
    const sessions = await db.query<{ id: string }[]>(
      `SELECT id FROM chat_session
        WHERE customer_email IS NOT NULL AND lower(customer_email) = $1
       UNION
       SELECT session_id FROM ticket WHERE id = ANY($2::uuid[]) AND session_id IS NOT NULL`,
      [email, ticketIds],
    );
    // A substring search narrows the candidates; the whole-address check decides.
    const typed = await db.query<{ session_id: string; text: string }[]>(
      `SELECT session_id, text FROM chat_message
        WHERE role = 'customer' AND strpos(lower(text), $1) > 0`,
      [email],
    );
    const sessionIds = new Set(sessions.map((s) => s.id));
    for (const m of typed) if (mentionsAddress(m.text, email)) sessionIds.add(m.session_id);
    return { customerIds, orderNumbers, ticketIds, sessionIds: [...sessionIds].sort() };
  }
}

export function isEmptyFootprint(f: CustomerFootprint): boolean {
  return (
    f.customerIds.length === 0 &&
    f.orderNumbers.length === 0 &&
    f.ticketIds.length === 0 &&
    f.sessionIds.length === 0
  );
}
