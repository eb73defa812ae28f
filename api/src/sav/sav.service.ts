import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { type OrderEntity, OrdersService } from '../orders';
import { ProductsService } from '../products';
import type { AnalyzeClaimBody } from './dto/analyze.dto';
import { ClaimAnalyst } from './claim-analyst';
import type { ClaimAnalysis, ClaimInput } from './domain/analyze';
import { TicketEntity } from './entities/ticket.entity';

const toDate = (iso: string | null | undefined): Date | undefined =>
  iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : undefined;

/** Use case: assess a claim, with the order's facts when the order is known. */
@Injectable()
export class SavService {
  constructor(
    private readonly analyst: ClaimAnalyst,
    private readonly orders: OrdersService,
    private readonly products: ProductsService,
    @InjectRepository(TicketEntity) private readonly tickets: Repository<TicketEntity>,
  ) {}

  async analyze(body: AnalyzeClaimBody, now = new Date()): Promise<ClaimAnalysis> {
    return this.analyst.analyze(await this.claimInput(body, now));
  }

  /** `analyze` as the JSON text of the REST answer. */
  async analyzeToJson(body: AnalyzeClaimBody, now = new Date()): Promise<string> {
    return this.analyst.analyzeToJson(await this.claimInput(body, now));
  }

  /**
   * Dates, price and tier come from the order when the order and the product
   * are given and known; the body fills what the order does not say. A caller
   * that already holds the order passes it rather than having it read again.
   */
  async claimInput(
    body: AnalyzeClaimBody,
    now: Date,
    knownOrder?: OrderEntity,
  ): Promise<ClaimInput> {
    const input: ClaimInput = {
      description: body.description,
      now,
      purchaseDate: toDate(body.purchaseDate),
      deliveryDate: toDate(body.deliveryDate),
      customerTier: body.customerTier,
      previousClaims: body.previousClaims,
      productValue: body.productValue,
    };
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
