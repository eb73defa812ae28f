import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numeric } from '../../common/db/numeric.transformer';
import type { ProductCategory } from '../domain/search-query';

export interface ProductOptions {
  convertible?: boolean;
  storage?: boolean;
  relax?: boolean;
  electric?: boolean;
}

export interface WarrantyYears {
  structure: number;
  mechanisms?: number;
  fabric?: number;
  cushions?: number;
}

@Entity('product')
export class ProductEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  category!: ProductCategory;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numeric })
  price!: number;

  @Column({
    name: 'promo_price',
    type: 'numeric',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  promoPrice!: number | null;

  @Column({
    name: 'effective_price',
    type: 'numeric',
    insert: false,
    update: false,
    transformer: numeric,
  })
  effectivePrice!: number;

  @Column({ name: 'width_cm', type: 'integer' })
  widthCm!: number;

  @Column({ name: 'depth_cm', type: 'integer' })
  depthCm!: number;

  @Column({ name: 'height_cm', type: 'integer' })
  heightCm!: number;

  @Column({ type: 'integer', nullable: true })
  seats!: number | null;

  @Column({ type: 'varchar', length: 32 })
  style!: string;

  @Column({ type: 'text', array: true })
  materials!: string[];

  @Column({ type: 'text', array: true })
  colors!: string[];

  @Column({ type: 'jsonb' })
  options!: ProductOptions;

  @Column({ type: 'integer' })
  stock!: number;

  @Column({ name: 'delivery_days', type: 'integer' })
  deliveryDays!: number;

  @Column({ type: 'numeric', precision: 2, scale: 1, transformer: numeric })
  rating!: number;

  @Column({ name: 'review_count', type: 'integer' })
  reviewCount!: number;

  @Column({ name: 'warranty_years', type: 'jsonb' })
  warrantyYears!: WarrantyYears;

  @Column({ name: 'search_extra', type: 'text' })
  searchExtra!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
