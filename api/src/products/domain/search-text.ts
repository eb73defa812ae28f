import type { ProductCategory } from './search-query';

const CATEGORY_LABELS: Record<ProductCategory, string> = {
  sofa: 'canapé sofa',
  armchair: 'fauteuil armchair',
  bed: 'lit sommier bed',
  mattress: 'matelas mattress',
  table: 'table',
  chair: 'chaise chair',
  storage: 'rangement commode buffet storage',
  wardrobe: 'armoire penderie dressing wardrobe',
  bookcase: 'bibliothèque étagère bookcase',
  tv_unit: 'meuble tv télévision',
  outdoor: 'jardin extérieur outdoor',
};

/** The words a product is found by besides its name and description. */
export function productSearchExtra(p: {
  category: ProductCategory;
  materials: string[];
  colors: string[];
  style: string;
  options: { convertible?: boolean; storage?: boolean; relax?: boolean; electric?: boolean };
}): string {
  const options = [
    p.options.convertible ? 'convertible lit d’appoint' : '',
    p.options.storage ? 'rangement coffre' : '',
    p.options.relax ? 'relax relaxation' : '',
    p.options.electric ? 'électrique' : '',
  ];
  return [CATEGORY_LABELS[p.category], ...p.materials, ...p.colors, p.style, ...options]
    .filter(Boolean)
    .join(' ');
}
