import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WidgetSitesService } from '../chat';
import { AppConfig } from '../config';
import { FaqEntryEntity } from '../faq';
import { OrdersService } from '../orders';
import { ProductsService } from '../products';
import { CUSTOMERS, DEMO_WIDGET_SITE, FAQ, ORDERS, PRODUCTS } from './data';

export { DEMO_SITE_KEY } from './data';

const DAY_MS = 86_400_000;

function daysAgo(days: number, now: Date): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

export interface SeedCounts {
  products: number;
  faq: number;
  orders: number;
  widgetSites: number;
}

/** Where the demo widget may be embedded: the public URL and the local dev server. */
export function demoSiteOrigins(http: { publicUrl: string; port: number }): string[] {
  return [
    ...new Set([
      new URL(http.publicUrl).origin,
      `http://localhost:${http.port}`,
      `http://127.0.0.1:${http.port}`,
    ]),
  ];
}

/**
 * Demo catalog, FAQ, customers, orders and widget site. Idempotent: only what is missing is
 * added, so the retailer's own changes to seeded rows are kept.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly products: ProductsService,
    private readonly orders: OrdersService,
    private readonly widgetSites: WidgetSitesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seed.demoData) return;
    const counts = await this.seed();
    if (counts.products + counts.faq + counts.orders + counts.widgetSites > 0) {
      this.logger.log(
        `Demo data added: ${counts.products} products, ${counts.faq} FAQ entries, ${counts.orders} orders, ${counts.widgetSites} widget sites`,
      );
    }
  }

  async seed(now = new Date()): Promise<SeedCounts> {
    const existingSkus = new Set(
      (await this.dataSource.query<{ sku: string }[]>('SELECT sku FROM product')).map((r) => r.sku),
    );
    const missingProducts = PRODUCTS.filter((p) => !existingSkus.has(p.sku));
    if (missingProducts.length > 0) {
      await this.products.import(missingProducts);
    }

    const faq = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(FaqEntryEntity)
      .values(
        FAQ.map((f) => ({
          slug: f.slug,
          category: f.category,
          question: f.question,
          answer: f.answer,
          questionEn: f.questionEn,
          answerEn: f.answerEn,
          keywords: f.keywords,
          keywordsText: f.keywords.join(' '),
        })),
      )
      .orIgnore()
      .execute();

    const existingOrders = new Set(
      (await this.dataSource.query<{ number: string }[]>('SELECT number FROM customer_order')).map(
        (r) => r.number,
      ),
    );
    const customers = new Map(CUSTOMERS.map((c) => [c.email, c]));
    let orders = 0;
    for (const order of ORDERS.filter((o) => !existingOrders.has(o.number))) {
      const customer = customers.get(order.customerEmail);
      if (!customer) continue;
      await this.orders.upsert(order.number, {
        customer: {
          email: customer.email,
          firstName: customer.firstName,
          lastName: customer.lastName,
          phone: customer.phone,
          tier: customer.tier,
        },
        postcode: order.postcode,
        purchaseDate: daysAgo(order.purchasedDaysAgo, now),
        deliveryDate:
          order.deliveredDaysAgo === undefined ? undefined : daysAgo(order.deliveredDaysAgo, now),
        lines: order.lines.map((l) => ({
          sku: l.sku,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          productName: PRODUCTS.find((p) => p.sku === l.sku)?.name,
        })),
      });
      orders++;
    }

    const demoSite = await this.widgetSites.ensure({
      ...DEMO_WIDGET_SITE,
      allowedOrigins: demoSiteOrigins(this.config.http),
    });
    return {
      products: missingProducts.length,
      faq: faq.identifiers.filter(Boolean).length,
      orders,
      widgetSites: demoSite ? 1 : 0,
    };
  }
}
