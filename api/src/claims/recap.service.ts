import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import type { ChatLocale } from '../chat';
import { NotFoundError } from '../common/problem/domain-error';
import { Mailer } from '../infra/mail';
import { OrdersService } from '../orders';
import { ProductsService } from '../products';
import { TicketsService } from '../sav';
import { ClaimLinks } from './claim-links';
import { buildRecapCard, buildRecapEmail, type RecapCard, type RecapFacts } from './domain/recap';

export type ClaimRecord = NonNullable<Awaited<ReturnType<TicketsService['claimRecord']>>>;

/** After five failed attempts a recap stays `failed`; agents see it in the dossier. */
export const RECAP_MAX_ATTEMPTS = 5;
/** A recap the chat never got to send (crash between ticket and e-mail) is picked up after this. */
export const RECAP_PENDING_GRACE_MS = 2 * 60_000;
const RETRY_BATCH = 20;

/** What an error may say in a log line: its kind, never its message (it can hold an address). */
function errorKind(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; responseCode?: unknown; name?: unknown };
    return (
      [e.name, e.code, e.responseCode]
        .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
        .join(' ') || 'error'
    );
  }
  return 'error';
}

/**
 * The recap of a claim: the card shown in the chat, and the same recap sent
 * by e-mail with a signed link to confirm or correct it. Sending never fails
 * the chat: a recap that could not leave is retried by a job every minute.
 */
@Injectable()
export class RecapService {
  private readonly logger = new Logger(RecapService.name);

  constructor(
    private readonly tickets: TicketsService,
    private readonly orders: OrdersService,
    private readonly products: ProductsService,
    private readonly links: ClaimLinks,
    private readonly mailer: Mailer,
  ) {}

  /**
   * The recap card of a ticket opened from a chat, in `locale`; the e-mail
   * goes out now if it has not yet (a failure is recorded and retried later).
   */
  async issue(reference: string, locale: ChatLocale): Promise<RecapCard> {
    const record = await this.tickets.claimRecord(reference);
    if (!record) throw new NotFoundError(`No ticket ${reference}.`);
    const facts = await this.factsOf(record, locale);
    const card = buildRecapCard(facts);
    if (record.recapStatus === 'pending' || record.recapStatus === 'failed') {
      // The chat shows the card whatever happens to the e-mail; the job retries what did not leave.
      await this.send(record, facts, card).catch((err: unknown) =>
        this.logger.error(`Recap of ${reference} not recorded (${errorKind(err)})`),
      );
    }
    return card;
  }

  /** The card of a ticket in its own locale (the confirmation page, the dossier). */
  async cardOf(record: ClaimRecord): Promise<RecapCard> {
    return buildRecapCard(await this.factsOf(record, record.locale));
  }

  /** Every minute: recaps that failed (with backoff, under five attempts) or were never sent. */
  @Cron(CronExpression.EVERY_MINUTE, { name: 'claim-recap-retry', waitForCompletion: true })
  async retryDue(now = new Date()): Promise<{ sent: number; failed: number }> {
    const outcome = { sent: 0, failed: 0 };
    try {
      const due = await this.tickets.recapsDue(
        now,
        RECAP_MAX_ATTEMPTS,
        RECAP_PENDING_GRACE_MS,
        RETRY_BATCH,
      );
      for (const { reference } of due) {
        const record = await this.tickets.claimRecord(reference);
        if (!record || (record.recapStatus !== 'failed' && record.recapStatus !== 'pending'))
          continue;
        const facts = await this.factsOf(record, record.locale);
        const sent = await this.send(record, facts, buildRecapCard(facts));
        if (sent === 'sent') outcome.sent += 1;
        else if (sent === 'failed') outcome.failed += 1;
      }
    } catch (err) {
      this.logger.error(`Recap retry failed (${errorKind(err)}); it runs again in a minute`);
    }
    return outcome;
  }

  /**
   * One attempt, claimed first so no recap leaves twice. 'skipped' when another
   * caller holds this attempt or there is no address to write to.
   */
  private async send(
    record: ClaimRecord,
    facts: RecapFacts,
    card: RecapCard,
  ): Promise<'sent' | 'failed' | 'skipped'> {
    if (!record.customerEmail) return 'skipped';
    if (!(await this.tickets.startRecapAttempt(record.id, record.recapAttempts))) return 'skipped';
    const link = this.links.issue(record.id);
    const mail = buildRecapEmail(facts, card, link);
    try {
      await this.mailer.send({ to: record.customerEmail, ...mail });
    } catch (err) {
      this.logger.warn(
        `Recap e-mail of ${record.reference} not sent (attempt ${record.recapAttempts + 1}, ${errorKind(err)}); it will be retried`,
      );
      await this.tickets
        .recordRecapOutcome(record.id, 'failed', new Date())
        .catch((e: unknown) =>
          this.logger.error(`Recap outcome of ${record.reference} not recorded (${errorKind(e)})`),
        );
      return 'failed';
    }
    await this.tickets.recordRecapOutcome(record.id, 'sent', new Date());
    return 'sent';
  }

  private async factsOf(record: ClaimRecord, locale: string | null): Promise<RecapFacts> {
    let productName: string | null = null;
    if (record.productSku) {
      productName = (await this.products.findEntity(record.productSku))?.name ?? null;
    }
    if (!productName && record.orderNumber) {
      const order = await this.orders.findEntity(record.orderNumber);
      const lines = order?.lines ?? [];
      const line = record.productSku
        ? lines.find((l) => l.sku === record.productSku)
        : lines.length === 1
          ? lines[0]
          : undefined;
      productName = line?.productName ?? null;
    }
    return {
      reference: record.reference,
      locale,
      customerName: record.customerName,
      customerEmail: record.customerEmail,
      orderNumber: record.orderNumber,
      productName,
      productSku: record.productSku,
      description: record.description,
      analysis: record.analysis,
      interventionDueAt: record.interventionDueAt,
    };
  }
}
