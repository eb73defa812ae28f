import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/problem/domain-error';
import type { Page } from '../common/http/paging.dto';
import { fold, parseProductQuery } from './domain/search-query';
import { productSearchExtra } from './domain/search-text';
import type {
  ImportProductItem,
  ProductInput,
  ProductSearchQuery,
  ProductView,
} from './dto/product.dto';
import { ProductEntity } from './entities/product.entity';

export function toProductView(p: ProductEntity): ProductView {
  return {
    sku: p.sku,
    name: p.name,
    category: p.category,
    description: p.description,
    price: p.price,
    promoPrice: p.promoPrice,
    effectivePrice: p.effectivePrice ?? p.promoPrice ?? p.price,
    dimensions: { widthCm: p.widthCm, depthCm: p.depthCm, heightCm: p.heightCm },
    seats: p.seats,
    style: p.style,
    materials: p.materials,
    colors: p.colors,
    options: p.options,
    stock: p.stock,
    inStock: p.stock > 0,
    deliveryDays: p.deliveryDays,
    rating: p.rating,
    reviewCount: p.reviewCount,
    warrantyYears: p.warrantyYears,
  };
}

/** Lexemes safe to hand to to_tsquery: folded letters and digits only. */
function orQuery(terms: string[]): string {
  return terms
    .map((t) => fold(t).replace(/[^a-z0-9]/g, ''))
    .filter((t) => t.length > 1)
    .join(' | ');
}

@Injectable()
export class ProductsService {
  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Catalog search: words of the free text that name a category, colour,
   * material or budget become filters; the rest must all match (French
   * stemming, accents ignored), or failing that any of them, best first.
   */
  async search(query: ProductSearchQuery): Promise<Page<ProductView>> {
    const parsed = parseProductQuery(query.q ?? '');
    const filters = {
      category: query.category ?? parsed.category,
      minPrice: query.minPrice ?? parsed.minPrice,
      maxPrice: query.maxPrice ?? parsed.maxPrice,
      maxWidthCm: query.maxWidthCm ?? parsed.maxWidthCm,
      colors: query.color ? [fold(query.color).trim()] : parsed.colors.map(fold),
      materials: query.material ? [fold(query.material).trim()] : parsed.materials.map(fold),
      inStock: query.inStock,
    };
    const text = parsed.terms.join(' ');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;

    const run = async (mode: 'all' | 'any' | 'none') => {
      const qb = this.products.createQueryBuilder('p');
      this.applyFilters(qb, filters);
      if (mode === 'all') {
        qb.andWhere("p.search_vector @@ websearch_to_tsquery('fr_unaccent', :text)", { text });
        qb.orderBy("ts_rank(p.search_vector, websearch_to_tsquery('fr_unaccent', :text))", 'DESC');
      } else if (mode === 'any') {
        qb.andWhere("p.search_vector @@ to_tsquery('fr_unaccent', :anyText)", {
          anyText: orQuery(parsed.terms),
        });
        qb.orderBy("ts_rank(p.search_vector, to_tsquery('fr_unaccent', :anyText))", 'DESC');
      }
      qb.addOrderBy('p.rating', 'DESC').addOrderBy('p.sku', 'ASC');
      qb.skip((page - 1) * pageSize).take(pageSize);
      return qb.getManyAndCount();
    };

    let [items, total] = await run(text ? 'all' : 'none');
    if (total === 0 && text && orQuery(parsed.terms)) [items, total] = await run('any');
    // Nothing matches the words, but the sentence named what to look for: show that.
    const structured = Object.values(filters).some((v) =>
      Array.isArray(v) ? v.length > 0 : v !== undefined,
    );
    if (total === 0 && text && structured) [items, total] = await run('none');
    return { items: items.map(toProductView), total, page, pageSize };
  }

  private applyFilters(
    qb: SelectQueryBuilder<ProductEntity>,
    f: {
      category?: string;
      minPrice?: number;
      maxPrice?: number;
      maxWidthCm?: number;
      colors: string[];
      materials: string[];
      inStock?: boolean;
    },
  ): void {
    if (f.category) qb.andWhere('p.category = :category', { category: f.category });
    if (f.minPrice !== undefined)
      qb.andWhere('p.effective_price >= :minPrice', { minPrice: f.minPrice });
    if (f.maxPrice !== undefined)
      qb.andWhere('p.effective_price <= :maxPrice', { maxPrice: f.maxPrice });
    if (f.maxWidthCm !== undefined)
      qb.andWhere('p.width_cm <= :maxWidthCm', { maxWidthCm: f.maxWidthCm });
    if (f.inStock === true) qb.andWhere('p.stock > 0');
    if (f.inStock === false) qb.andWhere('p.stock = 0');
    f.colors.forEach((color, i) =>
      qb.andWhere(
        `EXISTS (SELECT 1 FROM unnest(p.colors) c WHERE unaccent(lower(c)) = :color${i})`,
        {
          [`color${i}`]: color,
        },
      ),
    );
    f.materials.forEach((material, i) =>
      qb.andWhere(
        `EXISTS (SELECT 1 FROM unnest(p.materials) m WHERE unaccent(lower(m)) LIKE :material${i})`,
        { [`material${i}`]: `%${material.replace(/[%_\\]/g, '')}%` },
      ),
    );
  }

  async get(sku: string): Promise<ProductView> {
    const product = await this.products.findOneBy({ sku });
    if (!product) throw new NotFoundError(`No product with SKU ${sku}.`);
    return toProductView(product);
  }

  async findEntity(sku: string): Promise<ProductEntity | null> {
    return this.products.findOneBy({ sku });
  }

  /** Creates or replaces one product. */
  async upsert(
    sku: string,
    input: ProductInput,
  ): Promise<{ created: boolean; product: ProductView }> {
    checkPromo(input, 'promoPrice');
    const existed = await this.products.existsBy({ sku });
    await this.products.upsert(this.toRow(sku, input), ['sku']);
    return { created: !existed, product: await this.get(sku) };
  }

  /** All or nothing: one invalid item and no product changes. */
  async import(items: ImportProductItem[]): Promise<{ created: number; updated: number }> {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.sku);
      if (first !== undefined) {
        throw new InvalidInputError('The batch has invalid products; nothing was imported.', [
          { field: `products.${i}.sku`, message: `duplicates products.${first}.sku (${item.sku})` },
        ]);
      }
      seen.set(item.sku, i);
      checkPromo(item, `products.${i}.promoPrice`);
    });
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ProductEntity);
      const existing = await repo
        .createQueryBuilder('p')
        .select('p.sku', 'sku')
        .where('p.sku IN (:...skus)', { skus: [...seen.keys()] })
        .getRawMany<{ sku: string }>();
      for (let i = 0; i < items.length; i += 500) {
        const chunk = items.slice(i, i + 500);
        await repo.upsert(
          chunk.map((item) => this.toRow(item.sku, item)),
          ['sku'],
        );
      }
      return { created: items.length - existing.length, updated: existing.length };
    });
  }

  private toRow(sku: string, input: ProductInput): Partial<ProductEntity> {
    const materials = input.materials.map((m) => m.trim().toLowerCase());
    const colors = input.colors.map((c) => c.trim().toLowerCase());
    return {
      sku,
      name: input.name.trim(),
      category: input.category,
      description: input.description.trim(),
      price: input.price,
      promoPrice: input.promoPrice ?? null,
      widthCm: input.widthCm,
      depthCm: input.depthCm,
      heightCm: input.heightCm,
      seats: input.seats ?? null,
      style: input.style,
      materials,
      colors,
      options: { ...input.options },
      stock: input.stock,
      deliveryDays: input.deliveryDays,
      rating: input.rating,
      reviewCount: input.reviewCount,
      warrantyYears: { ...input.warrantyYears },
      searchExtra: productSearchExtra({ ...input, materials, colors }),
    };
  }
}

function checkPromo(input: ProductInput, field: string): void {
  if (input.promoPrice !== undefined && input.promoPrice >= input.price) {
    throw new InvalidInputError('The promotional price must be lower than the price.', [
      { field, message: 'promoPrice must be lower than price' },
    ]);
  }
}
