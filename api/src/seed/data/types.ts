/**
 * Shapes of the demo / development data the product ships with (catalog, FAQ,
 * customers, orders). Pure data types: nothing here depends on the framework or
 * on the database entities, so the seed can be loaded by any adapter.
 */

export type ProductCategory =
  | 'sofa'
  | 'armchair'
  | 'bed'
  | 'mattress'
  | 'table'
  | 'chair'
  | 'storage'
  | 'wardrobe'
  | 'bookcase'
  | 'tv_unit'
  | 'outdoor';

export interface SeedProduct {
  /** e.g. 'CAN-OSLO-3P-GRI' (uppercase letters, digits, dashes; unique). */
  sku: string;
  /** French, e.g. 'Canapé 3 places Oslo'. */
  name: string;
  category: ProductCategory;
  /** French, 2–4 sentences, concrete (materials, comfort, use). */
  description: string;
  /** EUR. */
  price: number;
  /** EUR, lower than price when the product is on promotion. */
  promoPrice?: number;
  widthCm: number;
  depthCm: number;
  heightCm: number;
  /** Sofas, armchairs, benches, tables (places). */
  seats?: number;
  style:
    'contemporain' | 'scandinave' | 'industriel' | 'classique' | 'campagne' | 'design' | 'vintage';
  /** French, lower case: 'tissu', 'cuir', 'velours', 'chêne massif', 'métal', … */
  materials: string[];
  /** French, lower case: 'gris', 'noir', 'beige', 'bleu', 'vert', 'blanc', 'naturel', … */
  colors: string[];
  options: { convertible?: boolean; storage?: boolean; relax?: boolean; electric?: boolean };
  /** 0 when out of stock. */
  stock: number;
  /** Delivery delay in days when ordered. */
  deliveryDays: number;
  /** 0–5, one decimal. */
  rating: number;
  reviewCount: number;
  /** Defaults 5/3/2/2; some premium products longer. */
  warrantyYears: { structure: number; mechanisms?: number; fabric?: number; cushions?: number };
}

export type FaqCategory = 'warranties' | 'delivery' | 'returns' | 'care' | 'payment';

export interface SeedFaq {
  slug: string;
  category: FaqCategory;
  question: string;
  answer: string;
  keywords: string[];
  questionEn: string;
  answerEn: string;
}

export type CustomerTier = 'standard' | 'silver' | 'gold' | 'vip';

export interface SeedCustomer {
  email: string;
  firstName: string;
  lastName: string;
  postcode: string;
  tier: CustomerTier;
  phone?: string;
}

export interface SeedOrderLine {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export interface SeedOrder {
  /** CMD-YYYY-NNNNNN, YYYY being the purchase year. */
  number: string;
  customerEmail: string;
  postcode: string;
  purchasedDaysAgo: number;
  /** Absent while the order is not delivered yet. */
  deliveredDaysAgo?: number;
  lines: SeedOrderLine[];
}
