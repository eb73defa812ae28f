import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { ChatEvents, OpenSessions } from '../chat';
import { DependencyUnavailableError, InvalidInputError } from '../common/problem/domain-error';
import { KeyValueStore, StoreUnavailableError } from '../infra/store';
import { UploadsService } from '../uploads';
import { CustomerDataReader } from './customer-data.reader';
import { type CustomerFootprint, CustomerFootprints } from './customer-footprints';
import { conversationStateKey } from './domain/cache-keys';
import { normaliseEmail } from './domain/customer-email';
import {
  ERASED_TEXT,
  erasedAddress,
  erasedPostcode,
  type ErasureCounts,
  noErasure,
} from './domain/erasure';
import type { CustomerDataExport, CustomerErasureView } from './dto/privacy.dto';
import { OutboxCopies } from './outbox-copies';
import { PrivacyAudit } from './privacy-audit';

/** Runs a data-changing statement and answers how many rows it changed. */
async function changed(db: EntityManager, statement: string, params: unknown[]): Promise<number> {
  const [row] = await db.query<{ n: number }[]>(
    `WITH changed AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM changed`,
    params,
  );
  return row.n;
}

/**
 * The customer's rights over their personal data (docs/PRIVACY.md): a copy of
 * everything held (access, portability) and erasure.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly footprints: CustomerFootprints,
    private readonly reader: CustomerDataReader,
    private readonly outbox: OutboxCopies,
    private readonly uploads: UploadsService,
    private readonly store: KeyValueStore,
    private readonly events: ChatEvents,
    private readonly audit: PrivacyAudit,
    private readonly openSessions: OpenSessions,
  ) {}

  /** Everything held about the address; empty lists when nothing is. */
  async export(rawEmail: string, actor: string, now = new Date()): Promise<CustomerDataExport> {
    const email = this.checked(rawEmail);
    const footprint = await this.footprints.find(email);
    const [records, emails] = await Promise.all([
      this.reader.read(footprint),
      this.outbox.list(email),
    ]);
    this.audit.record('customer_data_exported', email, actor);
    return { email, exportedAt: now.toISOString(), ...records, emails };
  }

  /**
   * Erasure. Conversations are ended first (their tokens stop working), then
   * what lives outside the database goes (files, cached state, e-mail copies)
   * while the database still links it to the customer, so a failed attempt can
   * simply be repeated; then, in one transaction, personal data is deleted or
   * replaced. Tickets, orders, conversations and ratings stay for statistics and
   * the accounts, detached from the person. An address with nothing (left) to
   * erase answers zero counts.
   */
  async erase(rawEmail: string, actor: string, now = new Date()): Promise<CustomerErasureView> {
    const email = this.checked(rawEmail);
    const footprint = await this.footprints.find(email);
    const counts = noErasure();
    const ended = await this.endConversations(footprint.sessionIds, now);
    await this.openSessions.ended(ended);
    counts.chatSessionsEnded = ended.length;
    counts.uploads = await this.deleteFiles(footprint);
    counts.cacheKeys = await this.forgetCachedState(footprint.sessionIds);
    counts.emails = await this.outbox.delete(email);
    Object.assign(counts, await this.dataSource.transaction((db) => this.anonymise(db, footprint)));
    await this.announceEnd(ended);
    this.audit.record('customer_data_erased', email, actor, counts);
    return { erasedAt: now.toISOString(), counts };
  }

  private checked(raw: string): string {
    const email = normaliseEmail(raw);
    if (email.length > 254 || !isEmail(email)) {
      throw new InvalidInputError('Invalid e-mail address.', [
        { field: 'email', message: 'email must be an e-mail address' },
      ]);
    }
    return email;
  }

  /** Closes the customer's open conversations: their tokens are refused from now on. */
  private async endConversations(sessionIds: string[], now: Date): Promise<string[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH ended AS (
         UPDATE chat_session SET state = 'closed', closed_at = $2
          WHERE id = ANY($1::uuid[]) AND closed_at IS NULL
          RETURNING id)
       SELECT id FROM ended`,
      [sessionIds, now],
    );
    return rows.map((r) => r.id);
  }

  /** The files of the customer's conversations and claims, bytes and records. */
  private async deleteFiles(f: CustomerFootprint): Promise<number> {
    let deleted = 0;
    for (const id of f.sessionIds) deleted += await this.uploads.deleteForSession(id);
    for (const id of f.ticketIds) deleted += await this.uploads.deleteForTicket(id);
    return deleted;
  }

  /** The conversations' state cached in the shared store (Redis). */
  private async forgetCachedState(sessionIds: string[]): Promise<number> {
    let forgotten = 0;
    try {
      for (const id of sessionIds) {
        const key = conversationStateKey(id);
        if ((await this.store.get(key)) !== null) forgotten += 1;
        await this.store.delete(key);
      }
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      throw new DependencyUnavailableError(
        'The shared store is unavailable: the erasure is incomplete, repeat it.',
      );
    }
    return forgotten;
  }

  private async anonymise(
    db: EntityManager,
    f: CustomerFootprint,
  ): Promise<Omit<ErasureCounts, 'chatSessionsEnded' | 'uploads' | 'cacheKeys' | 'emails'>> {
    const sessions = [f.sessionIds];
    const chatMessages = await changed(
      db,
      'DELETE FROM chat_message WHERE session_id = ANY($1::uuid[])',
      sessions,
    );
    const chatEvents = await changed(
      db,
      'DELETE FROM chat_event WHERE session_id = ANY($1::uuid[])',
      sessions,
    );
    // The score stays for satisfaction statistics; the customer's words go.
    const ratings = await changed(
      db,
      `UPDATE chat_rating SET comment = NULL, updated_at = now()
        WHERE (session_id = ANY($1::uuid[]) OR ticket_id = ANY($2::uuid[])) AND comment IS NOT NULL`,
      [f.sessionIds, f.ticketIds],
    );
    const chatSessions = await changed(
      db,
      `UPDATE chat_session SET customer_email = NULL, context = '{}'::jsonb
        WHERE id = ANY($1::uuid[])`,
      sessions,
    );
    const ticketNotes = await changed(
      db,
      `UPDATE ticket_event SET note = $2
        WHERE ticket_id = ANY($1::uuid[]) AND note IS NOT NULL AND note <> $2`,
      [f.ticketIds, ERASED_TEXT],
    );
    // A recap still due would be retried for ever without an address: none is due any more.
    const tickets = await changed(
      db,
      `UPDATE ticket
          SET description = $2, customer_email = NULL, customer_name = NULL,
              customer_phone = NULL, correction = NULL,
              recap_status = CASE WHEN recap_status IN ('pending', 'failed') THEN 'none'
                                  ELSE recap_status END,
              updated_at = now(), version = version + 1
        WHERE id = ANY($1::uuid[])`,
      [f.ticketIds, ERASED_TEXT],
    );
    let orders = 0;
    for (const number of f.orderNumbers) {
      orders += await changed(
        db,
        'UPDATE customer_order SET postcode = $2, updated_at = now() WHERE number = $1',
        [number, erasedPostcode(randomBytes(8).toString('hex'))],
      );
    }
    let customers = 0;
    for (const id of f.customerIds) {
      customers += await changed(
        db,
        `UPDATE customer
            SET email = $2, first_name = NULL, last_name = NULL, phone = NULL, postcode = $3,
                updated_at = now()
          WHERE id = $1`,
        [id, erasedAddress(randomUUID()), erasedPostcode(randomBytes(8).toString('hex'))],
      );
    }
    return {
      customers,
      orders,
      tickets,
      ticketNotes,
      chatSessions,
      chatMessages,
      chatEvents,
      ratings,
    };
  }

  /** Tells widgets still showing an ended conversation that it is closed. */
  private async announceEnd(sessionIds: string[]): Promise<void> {
    for (const id of sessionIds) {
      await this.events.publish(id, 'state', { state: 'closed' }).catch((err: unknown) => {
        this.logger.warn(
          `An erased conversation could not be told it is closed: ${err instanceof Error ? err.message : String(err)}`,
        );
      });
    }
  }
}
