/** What replaces free text (claim descriptions, timeline notes) that must stay non-empty. */
export const ERASED_TEXT = '[effacé à la demande du client]';

/** Everything an erasure counts, in the order the answer lists it. */
export const ERASURE_KINDS = [
  'customers',
  'orders',
  'tickets',
  'ticketNotes',
  'chatSessions',
  'chatSessionsEnded',
  'chatMessages',
  'chatEvents',
  'ratings',
  'uploads',
  'cacheKeys',
  'emails',
] as const;
export type ErasureKind = (typeof ERASURE_KINDS)[number];
export type ErasureCounts = Record<ErasureKind, number>;

export function noErasure(): ErasureCounts {
  return Object.fromEntries(ERASURE_KINDS.map((kind) => [kind, 0])) as ErasureCounts;
}

/**
 * The address an anonymised customer record keeps (the column is unique and
 * required): random, under the reserved `.invalid` domain, so it can neither
 * receive mail nor be guessed to prove an order.
 */
export function erasedAddress(randomId: string): string {
  return `erased-${randomId}@erased.invalid`;
}

/**
 * The postcode an anonymised customer and their orders keep (required
 * columns): random, so nobody can use it to prove one of those orders theirs.
 */
export function erasedPostcode(randomHex: string): string {
  return `#${randomHex.slice(0, 15)}`;
}
