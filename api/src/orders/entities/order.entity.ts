import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { numeric } from '../../common/db/numeric.transformer';
import { CustomerEntity } from './customer.entity';

@Entity('customer_order')
export class OrderEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  number!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => CustomerEntity)
  @JoinColumn({ name: 'customer_id' })
  customer!: CustomerEntity;

  @Column({ type: 'varchar', length: 16 })
  postcode!: string;

  /** Calendar dates (YYYY-MM-DD). */
  @Column({ name: 'purchase_date', type: 'date' })
  purchaseDate!: string;

  @Column({ name: 'delivery_date', type: 'date', nullable: true })
  deliveryDate!: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numeric })
  total!: number;

  @OneToMany(() => OrderLineEntity, (line) => line.order, { cascade: true })
  lines!: OrderLineEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('order_line')
export class OrderLineEntity {
  @PrimaryColumn({ name: 'order_number', type: 'varchar', length: 32 })
  orderNumber!: string;

  @PrimaryColumn({ name: 'line_no', type: 'integer' })
  lineNo!: number;

  @ManyToOne(() => OrderEntity, (order) => order.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_number' })
  order!: OrderEntity;

  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ name: 'product_name', type: 'varchar', length: 200, nullable: true })
  productName!: string | null;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'unit_price', type: 'numeric', precision: 10, scale: 2, transformer: numeric })
  unitPrice!: number;
}
