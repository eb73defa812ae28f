import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/problem/domain-error';
import type { OrderInput, OrderView } from './dto/order.dto';
import { CustomerEntity } from './entities/customer.entity';
import { OrderEntity, OrderLineEntity } from './entities/order.entity';

function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

export function toOrderView(order: OrderEntity): OrderView {
  return {
    number: order.number,
    customer: {
      email: order.customer.email,
      firstName: order.customer.firstName,
      lastName: order.customer.lastName,
      tier: order.customer.tier,
    },
    postcode: order.postcode,
    purchaseDate: order.purchaseDate,
    deliveryDate: order.deliveryDate,
    total: order.total,
    lines: [...order.lines]
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((l) => ({
        sku: l.sku,
        productName: l.productName,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
      })),
  };
}

@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(OrderEntity) private readonly orders: Repository<OrderEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /** Creates or replaces an order pushed by the order system; the customer is created or updated. */
  async upsert(number: string, input: OrderInput): Promise<{ created: boolean; order: OrderView }> {
    if (input.deliveryDate && input.deliveryDate < input.purchaseDate) {
      throw new InvalidInputError('The delivery date is before the purchase date.', [
        { field: 'deliveryDate', message: 'deliveryDate must not be before purchaseDate' },
      ]);
    }
    const email = input.customer.email.trim().toLowerCase();
    const postcode = normalisePostcode(input.postcode);
    const customer = {
      email,
      firstName: input.customer.firstName ?? null,
      lastName: input.customer.lastName ?? null,
      tier: input.customer.tier,
    };
    const lines = input.lines.map((l) => ({
      sku: l.sku,
      productName: l.productName ?? null,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
    }));
    const total =
      Math.round(lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) * 100) / 100;
    // Four statements in one transaction, the view built from the validated input they
    // store (dates YYYY-MM-DD, prices to the cent): a push costs no read-back of what it wrote.
    const created = await this.dataSource.transaction(async (manager) => {
      const customers = await manager
        .createQueryBuilder()
        .insert()
        .into(CustomerEntity)
        .values({ ...customer, phone: input.customer.phone ?? null, postcode })
        .orUpdate(['first_name', 'last_name', 'phone', 'postcode', 'tier', 'updated_at'], ['email'])
        .returning('id')
        .updateEntity(false)
        .execute();
      const orders = await manager
        .createQueryBuilder()
        .insert()
        .into(OrderEntity)
        .values({
          number,
          customerId: (customers.raw as Array<{ id: string }>)[0].id,
          postcode,
          purchaseDate: input.purchaseDate,
          deliveryDate: input.deliveryDate ?? null,
          total,
        })
        .orUpdate(
          ['customer_id', 'postcode', 'purchase_date', 'delivery_date', 'total', 'updated_at'],
          ['number'],
        )
        // xmax is 0 on a row this statement inserted, the updating transaction's id otherwise.
        .returning('(xmax = 0) AS created')
        .updateEntity(false)
        .execute();
      await manager.delete(OrderLineEntity, { orderNumber: number });
      await manager.insert(
        OrderLineEntity,
        lines.map((l, i) => ({ ...l, orderNumber: number, lineNo: i + 1 })),
      );
      return (orders.raw as Array<{ created: boolean }>)[0].created;
    });
    return {
      created,
      order: {
        number,
        customer,
        postcode,
        purchaseDate: input.purchaseDate,
        deliveryDate: input.deliveryDate ?? null,
        total,
        lines,
      },
    };
  }

  async findEntity(number: string): Promise<OrderEntity | null> {
    return this.orders.findOne({ where: { number }, relations: { customer: true, lines: true } });
  }

  /**
   * The order when the customer proves it is theirs with its e-mail or postcode.
   * A wrong pair and an unknown order get the same answer: no enumeration.
   */
  async verify(number: string, emailOrPostcode: string): Promise<OrderEntity> {
    const order = await this.findEntity(number.trim().toUpperCase());
    const proof = emailOrPostcode.trim();
    const matches =
      order !== null &&
      (order.customer.email === proof.toLowerCase() ||
        normalisePostcode(order.postcode) === normalisePostcode(proof));
    if (!order || !matches) {
      throw new NotFoundError('No order matches this number and e-mail or postcode.');
    }
    return order;
  }
}
