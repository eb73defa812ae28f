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
    const created = await this.dataSource.transaction(async (manager) => {
      const email = input.customer.email.trim().toLowerCase();
      await manager
        .createQueryBuilder()
        .insert()
        .into(CustomerEntity)
        .values({
          email,
          firstName: input.customer.firstName ?? null,
          lastName: input.customer.lastName ?? null,
          phone: input.customer.phone ?? null,
          postcode: normalisePostcode(input.postcode),
          tier: input.customer.tier,
        })
        .orUpdate(['first_name', 'last_name', 'phone', 'postcode', 'tier', 'updated_at'], ['email'])
        .execute();
      const customer = await manager.getRepository(CustomerEntity).findOneByOrFail({ email });
      const orders = manager.getRepository(OrderEntity);
      const existed = await orders.existsBy({ number });
      await manager.delete(OrderLineEntity, { orderNumber: number });
      const total = input.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
      await orders.upsert(
        {
          number,
          customerId: customer.id,
          postcode: normalisePostcode(input.postcode),
          purchaseDate: input.purchaseDate,
          deliveryDate: input.deliveryDate ?? null,
          total: Math.round(total * 100) / 100,
        },
        ['number'],
      );
      await manager.insert(
        OrderLineEntity,
        input.lines.map((l, i) => ({
          orderNumber: number,
          lineNo: i + 1,
          sku: l.sku,
          productName: l.productName ?? null,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
        })),
      );
      return !existed;
    });
    return { created, order: toOrderView(await this.getEntity(number)) };
  }

  async findEntity(number: string): Promise<OrderEntity | null> {
    return this.orders.findOne({ where: { number }, relations: { customer: true, lines: true } });
  }

  private async getEntity(number: string): Promise<OrderEntity> {
    const order = await this.findEntity(number);
    if (!order) throw new NotFoundError(`No order ${number}.`);
    return order;
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
