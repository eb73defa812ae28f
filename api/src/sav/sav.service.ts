import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { type OrderEntity, OrdersService } from '../orders';
import { ProductsService } from '../products';
import { InvalidInputError } from '../common/problem/domain-error';
import { INVALID_FIELDS } from '../common/problem/field-errors';
import { createValidationPipe } from '../common/problem/validation';
import { ClaimAnalyst } from './claim-analyst';
import { claimInputOf, isClaimBody, toDate } from './claim-check';
import type { ClaimAnalysis, ClaimInput } from './domain/analyze';
import { AnalyzeClaimBody } from './dto/analyze.dto';
import type { ClaimRules } from './dto/claim-rules';
import { TicketEntity } from './entities/ticket.entity';

/** The same bytes, as a Buffer (what Express sends as it is). */
const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Use case: assess a claim, with the order's facts when the order is known. */
@Injectable()
export class SavService {
  /** Checks the claim bodies the analysis workers cannot take (see `isClaimBody`). */
  private readonly validation = createValidationPipe();

  constructor(
    private readonly analyst: ClaimAnalyst,
    private readonly orders: OrdersService,
    private readonly products: ProductsService,
    @InjectRepository(TicketEntity) private readonly tickets: Repository<TicketEntity>,
  ) {}

  async analyze(body: ClaimRules, now = new Date()): Promise<ClaimAnalysis> {
    return this.analyst.analyze(await this.claimInput(body, now));
  }

  /**
   * `POST /sav/analyze`: the body as received, checked as the validation pipe would check an
   * `AnalyzeClaimBody` (a 400 with the same field errors), and the JSON of its analysis as UTF-8
   * bytes. The workers check and analyse a claim in one go; the event loop only looks up the
   * order and the product a claim names.
   */
  async analyzeBodyToJson(body: unknown, now = new Date()): Promise<Buffer> {
    let claim: ClaimRules;
    if (isClaimBody(body)) {
      const answer = await this.analyst.checkAndAnalyze(body, now);
      if ('json' in answer) return asBuffer(answer.json);
      if ('errors' in answer) throw new InvalidInputError(INVALID_FIELDS, answer.errors);
      claim = answer.claim;
    } else {
      claim = (await this.validation.transform(body, {
        type: 'body',
        metatype: AnalyzeClaimBody,
      })) as AnalyzeClaimBody;
    }
    return asBuffer(await this.analyst.analyzeToJson(await this.claimInput(claim, now)));
  }

  /**
   * Dates, price and tier come from the order when the order and the product
   * are given and known; the body fills what the order does not say. A caller
   * that already holds the order passes it rather than having it read again.
   */
  async claimInput(body: ClaimRules, now: Date, knownOrder?: OrderEntity): Promise<ClaimInput> {
    const input = claimInputOf(body, now);
    const product = body.productSku ? await this.products.findEntity(body.productSku) : null;
    if (product) input.productWarranty = product.warrantyYears;
    const order =
      knownOrder ??
      (body.orderNumber ? await this.orders.findEntity(body.orderNumber.toUpperCase()) : null);
    if (!order) return input;
    const line = body.productSku ? order.lines.find((l) => l.sku === body.productSku) : undefined;
    if (line) {
      input.purchaseDate = toDate(order.purchaseDate);
      input.deliveryDate = toDate(order.deliveryDate);
      input.productValue = line.unitPrice;
      input.customerTier = order.customer.tier;
      input.previousClaims = await this.tickets.countBy({ customerId: order.customerId });
    }
    return input;
  }
}
