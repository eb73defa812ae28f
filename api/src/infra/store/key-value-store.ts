/** Raised when the shared store cannot be reached; callers degrade instead of failing. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The shared key-value store is unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** One request counted by a fixed-window rate limit (see {@link KeyValueStore.rateLimitHit}). */
export interface RateLimitHit {
  /** Milliseconds left of a block already in place (the hit was not counted), else null. */
  blockedMs: number | null;
  /** The window's count with this hit (0 when blocked). */
  hits: number;
  /** Milliseconds left of the window, null when unknown. */
  hitsTtlMs: number | null;
}

/** The operations of an in-process store, done at once (nothing to wait for). */
export interface ImmediateCounters {
  ttl(key: string): number | null;
  increment(key: string, ttlMs: number): number;
  set(key: string, value: string, ttlMs: number): void;
  delete(key: string): void;
}

/** {@link KeyValueStore.rateLimitHit} on a store held in this process, in one go. */
export function countRateLimitHit(
  store: ImmediateCounters,
  hit: { hitsKey: string; blockKey: string; ttlMs: number; limit: number; blockMs: number },
): RateLimitHit {
  const blockedMs = store.ttl(hit.blockKey);
  if (blockedMs !== null) return { blockedMs, hits: 0, hitsTtlMs: null };
  const hits = store.increment(hit.hitsKey, hit.ttlMs);
  const hitsTtlMs = store.ttl(hit.hitsKey);
  if (hits > hit.limit && hit.blockMs > 0) {
    store.set(hit.blockKey, '1', hit.blockMs);
    store.delete(hit.hitsKey);
  }
  return { blockedMs: null, hits, hitsTtlMs };
}

/**
 * Shared, expiring state (sessions, counters, caches) for every API instance.
 * Redis when configured, else an in-process map: one port, two adapters.
 */
export abstract class KeyValueStore {
  abstract readonly kind: 'redis' | 'memory';
  abstract get(key: string): Promise<string | null>;
  /** Stores a value; with ttlMs it expires after that many milliseconds. */
  abstract set(key: string, value: string, ttlMs?: number): Promise<void>;
  abstract delete(key: string): Promise<void>;
  /** Atomically adds one; the expiry is set when the counter is created. */
  abstract increment(key: string, ttlMs: number): Promise<number>;
  /** Milliseconds left before the key expires, null when absent or without expiry. */
  abstract ttl(key: string): Promise<number | null>;
  /** Round trip to the backing service, for readiness checks. */
  abstract ping(): Promise<void>;
  abstract close(): Promise<void>;

  /**
   * Counts one hit in the window `hitsKey` (created with `ttlMs`) unless `blockKey` is set;
   * past `limit`, sets `blockKey` for `blockMs` (when positive) and starts the count afresh.
   * Atomic: Redis runs it as one script, the in-process stores with {@link countRateLimitHit}.
   */
  abstract rateLimitHit(
    hitsKey: string,
    blockKey: string,
    ttlMs: number,
    limit: number,
    blockMs: number,
  ): Promise<RateLimitHit>;

  async getJson<T>(key: string): Promise<T | null> {
    const raw = await this.get(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  }

  async setJson(key: string, value: unknown, ttlMs?: number): Promise<void> {
    await this.set(key, JSON.stringify(value), ttlMs);
  }
}

/**
 * A store held in this process: its operations are done at once (`immediate`), and this class
 * gives them their asynchronous form and counts a rate-limit hit in one go.
 */
export abstract class ImmediateKeyValueStore extends KeyValueStore {
  protected abstract readonly immediate: ImmediateCounters;

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.immediate.set(key, value, ttlMs ?? 0);
  }

  async delete(key: string): Promise<void> {
    this.immediate.delete(key);
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    return this.immediate.increment(key, ttlMs);
  }

  async ttl(key: string): Promise<number | null> {
    return this.immediate.ttl(key);
  }

  async rateLimitHit(
    hitsKey: string,
    blockKey: string,
    ttlMs: number,
    limit: number,
    blockMs: number,
  ): Promise<RateLimitHit> {
    return countRateLimitHit(this.immediate, { hitsKey, blockKey, ttlMs, limit, blockMs });
  }
}
