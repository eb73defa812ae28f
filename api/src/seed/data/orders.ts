import type { SeedOrder } from './types';

/**
 * Demo orders. Dates are relative (days before "today") so that warranty and
 * priority scoring stay meaningful whenever the seed is loaded; the order
 * numbers' years assume today is 2026-11-25. Unit prices are the catalog's
 * price or promotion price.
 *
 * After-sales scenarios they make possible (age = days since delivery):
 * - 2 days, Loft sofa bed: delivery damage still reportable (3-day window);
 * - 5 days, Nova storage bed: assembly within 14 days, delivery damage too late;
 * - 15 days, Lumi wardrobe: just past the 14-day assembly/dimensions window;
 * - 25 and 45 days: electric lift chair and electric corner sofa (value > 3000);
 * - 400 and 500 days: gas struts and sofa-bed mechanism, mechanisms covered;
 * - 700 days: fabric and cushions still covered (until 730);
 * - 800 days: Atlas electric recliner, mechanisms covered, leather no longer;
 * - 1100 and 1500 days: structure covered, mechanisms (1500) expired;
 * - 1900 days: premium Havre/Chambord pieces, 10-year structure still covered;
 * - 2200 days: Provence sofa, everything expired (structure 5 years);
 * - not delivered yet: six orders, one of them late (Honfleur TV unit,
 *   ordered 40 days ago with a 21-day lead time).
 */
export const ORDERS: SeedOrder[] = [
  // ------------------------------------------------------------------ 2026
  {
    number: 'CMD-2026-011812',
    customerEmail: 'hugo.robert@example.com',
    postcode: '31400',
    purchasedDaysAgo: 1,
    lines: [{ sku: 'CAN-NORDIK-ANG-BLA', quantity: 1, unitPrice: 2190 }],
  },
  {
    number: 'CMD-2026-011694',
    customerEmail: 'jean-pierre.lefebvre@example.com',
    postcode: '92200',
    purchasedDaysAgo: 4,
    lines: [{ sku: 'LIT-DUO-160-ELEC-GRI', quantity: 1, unitPrice: 1590 }],
  },
  {
    number: 'CMD-2026-011551',
    customerEmail: 'ines.petit@example.fr',
    postcode: '59000',
    purchasedDaysAgo: 8,
    lines: [
      { sku: 'LIT-PABLO-90-BLA', quantity: 1, unitPrice: 249 },
      { sku: 'MAT-DOUDOU-90', quantity: 1, unitPrice: 179 },
      { sku: 'RAN-LINA-COM-BLA', quantity: 1, unitPrice: 299 },
    ],
  },
  {
    number: 'CMD-2026-011409',
    customerEmail: 'nicolas.fournier@example.com',
    postcode: '35000',
    purchasedDaysAgo: 12,
    lines: [
      { sku: 'CAN-CELESTE-3P-VER', quantity: 1, unitPrice: 1190 },
      { sku: 'CHA-CELESTE-VEL-VER', quantity: 4, unitPrice: 129 },
    ],
  },
  {
    number: 'CMD-2026-011338',
    customerEmail: 'lucas.bernard@example.com',
    postcode: '33000',
    purchasedDaysAgo: 14,
    deliveredDaysAgo: 2,
    lines: [{ sku: 'CAN-LOFT-3P-CONV-ANT', quantity: 1, unitPrice: 1090 }],
  },
  {
    number: 'CMD-2026-011163',
    customerEmail: 'camille.martin@example.fr',
    postcode: '69003',
    purchasedDaysAgo: 19,
    deliveredDaysAgo: 5,
    lines: [
      { sku: 'LIT-NOVA-160-GRI', quantity: 1, unitPrice: 649 },
      { sku: 'MAT-HARMONIE-160', quantity: 1, unitPrice: 649 },
    ],
  },
  {
    number: 'CMD-2026-011047',
    customerEmail: 'chloe.moreau@example.fr',
    postcode: '13008',
    purchasedDaysAgo: 22,
    deliveredDaysAgo: 15,
    lines: [{ sku: 'ARM-LUMI-MIR-GRI', quantity: 1, unitPrice: 379 }],
  },
  {
    number: 'CMD-2026-010766',
    customerEmail: 'elodie.mercier@example.fr',
    postcode: '74000',
    purchasedDaysAgo: 30,
    lines: [{ sku: 'ARM-HAVRE-3P-CHE', quantity: 1, unitPrice: 1790 }],
  },
  {
    number: 'CMD-2026-010731',
    customerEmail: 'isabelle.girard@example.fr',
    postcode: '75015',
    purchasedDaysAgo: 31,
    deliveredDaysAgo: 10,
    lines: [
      { sku: 'TAB-HAVRE-180-CHE', quantity: 1, unitPrice: 1290 },
      { sku: 'CHA-BANC-HAVRE-160', quantity: 1, unitPrice: 390 },
      { sku: 'CHA-CAMILLE-CAN', quantity: 3, unitPrice: 149 },
    ],
  },
  {
    number: 'CMD-2026-010398',
    customerEmail: 'antoine.lambert@example.com',
    postcode: '06000',
    purchasedDaysAgo: 40,
    lines: [{ sku: 'TV-HONFLEUR-150-BLA', quantity: 1, unitPrice: 549 }],
  },
  {
    number: 'CMD-2026-010412',
    customerEmail: 'thomas.leroy@example.com',
    postcode: '67000',
    purchasedDaysAgo: 40,
    deliveredDaysAgo: 25,
    lines: [{ sku: 'FAU-SERENA-RELEV-BEI', quantity: 1, unitPrice: 1190 }],
  },
  {
    number: 'CMD-2026-009219',
    customerEmail: 'thomas.leroy@example.com',
    postcode: '67000',
    purchasedDaysAgo: 73,
    deliveredDaysAgo: 60,
    lines: [
      { sku: 'TV-ATELIER-180-NOI', quantity: 1, unitPrice: 399 },
      { sku: 'BIB-ATELIER-5E-NOI', quantity: 1, unitPrice: 329 },
    ],
  },
  {
    number: 'CMD-2026-008681',
    customerEmail: 'ines.petit@example.fr',
    postcode: '59000',
    purchasedDaysAgo: 88,
    deliveredDaysAgo: 80,
    lines: [
      { sku: 'CAN-NINA-CLIC-BEI', quantity: 1, unitPrice: 399 },
      { sku: 'TAB-BASSE-OSLO-CHE', quantity: 1, unitPrice: 229 },
    ],
  },
  {
    number: 'CMD-2026-008204',
    customerEmail: 'francoise.dupont@example.fr',
    postcode: '78000',
    purchasedDaysAgo: 101,
    deliveredDaysAgo: 45,
    lines: [{ sku: 'CAN-VENEZIA-ANG-RELAX-NOI', quantity: 1, unitPrice: 3490 }],
  },
  {
    number: 'CMD-2026-007095',
    customerEmail: 'hugo.robert@example.com',
    postcode: '31400',
    purchasedDaysAgo: 132,
    deliveredDaysAgo: 120,
    lines: [
      { sku: 'LIT-ATELIER-140-NOI', quantity: 1, unitPrice: 299 },
      { sku: 'MAT-CONFORT-140', quantity: 1, unitPrice: 329 },
    ],
  },
  {
    number: 'CMD-2026-005871',
    customerEmail: 'sophie.durand@example.fr',
    postcode: '44000',
    purchasedDaysAgo: 166,
    deliveredDaysAgo: 150,
    lines: [{ sku: 'MAT-PRESTIGE-160', quantity: 1, unitPrice: 1590 }],
  },
  {
    number: 'CMD-2026-004215',
    customerEmail: 'antoine.lambert@example.com',
    postcode: '06000',
    purchasedDaysAgo: 212,
    deliveredDaysAgo: 200,
    lines: [
      { sku: 'EXT-CAPRI-SALON-GRI', quantity: 1, unitPrice: 990 },
      { sku: 'EXT-JAVA-200-TECK', quantity: 1, unitPrice: 1190 },
      { sku: 'EXT-MYKONOS-FAU-BEI', quantity: 2, unitPrice: 229 },
    ],
  },
  {
    number: 'CMD-2026-000112',
    customerEmail: 'manon.bonnet@example.fr',
    postcode: '34000',
    purchasedDaysAgo: 326,
    deliveredDaysAgo: 300,
    lines: [
      { sku: 'LIT-HAVRE-180-CHE', quantity: 1, unitPrice: 1490 },
      { sku: 'MAT-NATURE-180-LATEX', quantity: 1, unitPrice: 1290 },
    ],
  },
  // ------------------------------------------------------------------ 2025
  {
    number: 'CMD-2025-008507',
    customerEmail: 'sophie.durand@example.fr',
    postcode: '44000',
    purchasedDaysAgo: 379,
    deliveredDaysAgo: 365,
    lines: [
      { sku: 'CAN-MILANO-3P-CUIR-NOI', quantity: 1, unitPrice: 1390 },
      { sku: 'TAB-BASSE-OSLO-CHE', quantity: 1, unitPrice: 229 },
    ],
  },
  {
    number: 'CMD-2025-007180',
    customerEmail: 'chloe.moreau@example.fr',
    postcode: '13008',
    purchasedDaysAgo: 428,
    deliveredDaysAgo: 400,
    lines: [{ sku: 'LIT-ROYAL-180-VEL-BLE', quantity: 1, unitPrice: 1090 }],
  },
  {
    number: 'CMD-2025-004811',
    customerEmail: 'nicolas.fournier@example.com',
    postcode: '35000',
    purchasedDaysAgo: 516,
    deliveredDaysAgo: 500,
    lines: [{ sku: 'CAN-BERGEN-ANG-CONV-GRI', quantity: 1, unitPrice: 1190 }],
  },
  // ------------------------------------------------------------------ 2024
  {
    number: 'CMD-2024-008702',
    customerEmail: 'manon.bonnet@example.fr',
    postcode: '34000',
    purchasedDaysAgo: 712,
    deliveredDaysAgo: 700,
    lines: [
      { sku: 'CAN-OSLO-3P-GRI', quantity: 1, unitPrice: 749 },
      { sku: 'FAU-OSLO-GRI', quantity: 1, unitPrice: 399 },
    ],
  },
  {
    number: 'CMD-2024-005598',
    customerEmail: 'jean-pierre.lefebvre@example.com',
    postcode: '92200',
    purchasedDaysAgo: 836,
    deliveredDaysAgo: 800,
    lines: [{ sku: 'CAN-ATLAS-3P-RELAX-NOI', quantity: 1, unitPrice: 2490 }],
  },
  {
    number: 'CMD-2024-001131',
    customerEmail: 'lucas.bernard@example.com',
    postcode: '33000',
    purchasedDaysAgo: 1015,
    deliveredDaysAgo: 1000,
    lines: [
      { sku: 'LIT-TOM-90-NAT', quantity: 1, unitPrice: 449 },
      { sku: 'MAT-DOUDOU-90', quantity: 2, unitPrice: 179 },
    ],
  },
  // ------------------------------------------------------------------ 2023
  {
    number: 'CMD-2023-006090',
    customerEmail: 'elodie.mercier@example.fr',
    postcode: '74000',
    purchasedDaysAgo: 1148,
    deliveredDaysAgo: 1100,
    lines: [
      { sku: 'CAN-CHESTER-3P-CUIR-NOI', quantity: 1, unitPrice: 2790 },
      { sku: 'FAU-HAVANE-CUIR-NOI', quantity: 1, unitPrice: 890 },
    ],
  },
  // ------------------------------------------------------------------ 2022
  {
    number: 'CMD-2022-005517',
    customerEmail: 'camille.martin@example.fr',
    postcode: '69003',
    purchasedDaysAgo: 1514,
    deliveredDaysAgo: 1500,
    lines: [{ sku: 'FAU-BOSTON-RELAX-MAR', quantity: 1, unitPrice: 690 }],
  },
  // ------------------------------------------------------------------ 2021
  {
    number: 'CMD-2021-003958',
    customerEmail: 'isabelle.girard@example.fr',
    postcode: '75015',
    purchasedDaysAgo: 1935,
    deliveredDaysAgo: 1900,
    lines: [
      { sku: 'RAN-HAVRE-BUF-CHE', quantity: 1, unitPrice: 1190 },
      { sku: 'BIB-CHAMBORD-VIT-MER', quantity: 1, unitPrice: 1290 },
    ],
  },
  // ------------------------------------------------------------------ 2020
  {
    number: 'CMD-2020-004346',
    customerEmail: 'francoise.dupont@example.fr',
    postcode: '78000',
    purchasedDaysAgo: 2231,
    deliveredDaysAgo: 2200,
    lines: [{ sku: 'CAN-PROVENCE-3P-LIN', quantity: 1, unitPrice: 1590 }],
  },
];
