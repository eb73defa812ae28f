import { LRUCache } from 'lru-cache';
import { KeyValueStore, type RateLimitHit } from './key-value-store';

/** The embedded default: one process, bounded in size, expiring like Redis. */
export class MemoryKeyValueStore extends KeyValueStore {
  readonly kind = 'memory' as const;
  private readonly cache: LRUCache<string, string>;

  constructor(maxEntries = 100_000) {
    super();
    this.cache = new LRUCache<string, string>({ max: maxEntries, ttlResolution: 0 });
  }

  async get(key: string): Promise<string | null> {
    return this.cache.get(key) ?? null;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.cache.set(key, value, ttlMs ? { ttl: ttlMs } : { ttl: 0 });
  }

  async delete(key: string): Promise<void> {
    this.cache.delete(key);
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    return this.incrementNow(key, ttlMs);
  }

  async ttl(key: string): Promise<number | null> {
    return this.ttlNow(key);
  }

  /** The same steps as the shared store's, in one go: nothing to wait for between them here. */
  override async rateLimitHit(
    hitsKey: string,
    blockKey: string,
    ttlMs: number,
    limit: number,
    blockMs: number,
  ): Promise<RateLimitHit> {
    const blockedMs = this.ttlNow(blockKey);
    if (blockedMs !== null) return { blockedMs, hits: 0, hitsTtlMs: null };
    const hits = this.incrementNow(hitsKey, ttlMs);
    const hitsTtlMs = this.ttlNow(hitsKey);
    if (hits > limit && blockMs > 0) {
      this.cache.set(blockKey, '1', { ttl: blockMs });
      this.cache.delete(hitsKey);
    }
    return { blockedMs: null, hits, hitsTtlMs };
  }

  private incrementNow(key: string, ttlMs: number): number {
    const current = this.cache.get(key);
    if (current === undefined) {
      this.cache.set(key, '1', { ttl: ttlMs });
      return 1;
    }
    const next = Number(current) + 1;
    this.cache.set(key, String(next), { noUpdateTTL: true });
    return next;
  }

  private ttlNow(key: string): number | null {
    if (!this.cache.has(key)) return null;
    const remaining = this.cache.getRemainingTTL(key);
    return Number.isFinite(remaining) && remaining > 0 ? Math.ceil(remaining) : null;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.cache.clear();
  }
}
