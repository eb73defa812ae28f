export type {
  CustomerTier,
  FaqCategory,
  ProductCategory,
  SeedCustomer,
  SeedFaq,
  SeedOrder,
  SeedOrderLine,
  SeedProduct,
} from './types';
export { PRODUCTS } from './products';
export { FAQ } from './faq';
export { CUSTOMERS } from './customers';
export { ORDERS } from './orders';
export { DEMO_SITE_KEY, DEMO_WIDGET_SITE } from './widget-sites';
