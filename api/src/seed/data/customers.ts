import type { SeedCustomer } from './types';

/**
 * Fictional customers. Emails use the reserved example.com / example.fr
 * domains; phone numbers are in the +33 6 39 98 range ARCEP reserves for
 * fiction, so none of them reaches a real person.
 */
export const CUSTOMERS: SeedCustomer[] = [
  // standard
  {
    email: 'camille.martin@example.fr',
    firstName: 'Camille',
    lastName: 'Martin',
    postcode: '69003',
    tier: 'standard',
    phone: '+33 6 39 98 01 12',
  },
  {
    email: 'lucas.bernard@example.com',
    firstName: 'Lucas',
    lastName: 'Bernard',
    postcode: '33000',
    tier: 'standard',
    phone: '+33 6 39 98 02 47',
  },
  {
    email: 'ines.petit@example.fr',
    firstName: 'Inès',
    lastName: 'Petit',
    postcode: '59000',
    tier: 'standard',
  },
  {
    email: 'hugo.robert@example.com',
    firstName: 'Hugo',
    lastName: 'Robert',
    postcode: '31400',
    tier: 'standard',
    phone: '+33 6 39 98 04 90',
  },
  // silver
  {
    email: 'sophie.durand@example.fr',
    firstName: 'Sophie',
    lastName: 'Durand',
    postcode: '44000',
    tier: 'silver',
    phone: '+33 6 39 98 05 31',
  },
  {
    email: 'thomas.leroy@example.com',
    firstName: 'Thomas',
    lastName: 'Leroy',
    postcode: '67000',
    tier: 'silver',
    phone: '+33 6 39 98 06 58',
  },
  {
    email: 'chloe.moreau@example.fr',
    firstName: 'Chloé',
    lastName: 'Moreau',
    postcode: '13008',
    tier: 'silver',
  },
  {
    email: 'nicolas.fournier@example.com',
    firstName: 'Nicolas',
    lastName: 'Fournier',
    postcode: '35000',
    tier: 'silver',
    phone: '+33 6 39 98 08 76',
  },
  // gold
  {
    email: 'isabelle.girard@example.fr',
    firstName: 'Isabelle',
    lastName: 'Girard',
    postcode: '75015',
    tier: 'gold',
    phone: '+33 6 39 98 09 03',
  },
  {
    email: 'antoine.lambert@example.com',
    firstName: 'Antoine',
    lastName: 'Lambert',
    postcode: '06000',
    tier: 'gold',
    phone: '+33 6 39 98 10 64',
  },
  {
    email: 'manon.bonnet@example.fr',
    firstName: 'Manon',
    lastName: 'Bonnet',
    postcode: '34000',
    tier: 'gold',
  },
  // vip
  {
    email: 'francoise.dupont@example.fr',
    firstName: 'Françoise',
    lastName: 'Dupont',
    postcode: '78000',
    tier: 'vip',
    phone: '+33 6 39 98 12 25',
  },
  {
    email: 'jean-pierre.lefebvre@example.com',
    firstName: 'Jean-Pierre',
    lastName: 'Lefebvre',
    postcode: '92200',
    tier: 'vip',
    phone: '+33 6 39 98 13 82',
  },
  {
    email: 'elodie.mercier@example.fr',
    firstName: 'Élodie',
    lastName: 'Mercier',
    postcode: '74000',
    tier: 'vip',
    phone: '+33 6 39 98 14 40',
  },
];
