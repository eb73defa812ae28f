import { Injectable } from '@nestjs/common';
import { OrdersService } from '../orders';
import { ProductsService } from '../products';
import type { AnalyzeClaimBody } from './dto/analyze.dto';
import { analyzeClaim, type ClaimAnalysis, type ClaimInput } from './domain/analyze';

const toDate = (iso: string | null | undefined): Date | undefined =>
  iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : undefined;

export interface ClaimContext {
  input: ClaimInput;
  orderNumber?: string;
  customerId?: string;
}

/** Use case: assess a claim, with the order's facts when the order is known. */
@Injectable()
export class SavService {
  constructor(
    private readonly orders: OrdersService,
    private readonly products: ProductsService,
  ) {}

  async analyze(body: AnalyzeClaimBody, now = new Date()): Promise<ClaimAnalysis> {
    const context = await this.context(body, now);
    return analyzeClaim(context.input);
  }

  /**
   * Dates, price and tier come from the order when the order and the product
   * are given and known; the body fills what the order does not say.
   */
  async context(body: AnalyzeClaimBody, now: Date): Promise<ClaimContext> {
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
    if (!body.orderNumber) return { input };
    const order = await this.orders.findEntity(body.orderNumber.toUpperCase());
    if (!order) return { input };
    const line = body.productSku ? order.lines.find((l) => l.sku === body.productSku) : undefined;
    if (line) {
      input.purchaseDate = toDate(order.purchaseDate);
      input.deliveryDate = toDate(order.deliveryDate);
      input.productValue = line.unitPrice;
      input.customerTier = order.customer.tier;
      input.previousClaims = await this.orders.previousClaims(order.customerId);
    }
    return { input, orderNumber: order.number, customerId: order.customerId };
  }
}
