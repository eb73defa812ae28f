import request from 'supertest';
import { bearer, staffToken } from './auth';
import type { TestApp } from './test-app';

const DAY = 86_400_000;

/** The calendar date (YYYY-MM-DD, UTC) so many days ago. */
export const isoDaysAgo = (days: number): string =>
  new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

/** An order with one line, as the retailer's order system pushes it. */
export interface TestOrder {
  email: string;
  firstName?: string;
  lastName?: string;
  tier?: 'standard' | 'silver' | 'gold' | 'vip';
  postcode?: string;
  purchasedDaysAgo?: number;
  deliveredDaysAgo?: number;
  sku: string;
  productName: string;
  unitPrice: number;
}

/** Pushes the order through `PUT /api/v1/orders/:number` as an administrator. */
export async function putOrder(t: TestApp, number: string, order: TestOrder): Promise<void> {
  await request(t.app.getHttpServer())
    .put(`/api/v1/orders/${number}`)
    .set(bearer(await staffToken(t, 'admin')))
    .send({
      customer: {
        email: order.email,
        firstName: order.firstName ?? 'Claire',
        lastName: order.lastName ?? 'Martin',
        tier: order.tier ?? 'standard',
      },
      postcode: order.postcode ?? '69003',
      purchaseDate: isoDaysAgo(order.purchasedDaysAgo ?? 40),
      deliveryDate: isoDaysAgo(order.deliveredDaysAgo ?? 20),
      lines: [
        { sku: order.sku, productName: order.productName, quantity: 1, unitPrice: order.unitPrice },
      ],
    })
    .expect(201);
}
