import { LRUCache } from 'lru-cache';
import { type ImmediateCounters, ImmediateKeyValueStore } from './key-value-store';

/** The embedded default: one process, bounded in size, expiring like Redis. */
export class MemoryKeyValueStore extends ImmediateKeyValueStore {
  readonly kind = 'memory' as const;
  private readonly cache: LRUCache<string, string>;

  constructor(maxEntries = 100_000) {
    super();
    this.cache = new LRUCache<string, string>({ max: maxEntries, ttlResolution: 0 });
  }

  /** The store's operations, done at once. */
  protected readonly immediate: ImmediateCounters = {
    ttl: (key) => {
      if (!this.cache.has(key)) return null;
      const remaining = this.cache.getRemainingTTL(key);
      return Number.isFinite(remaining) && remaining > 0 ? Math.ceil(remaining) : null;
    },
    increment: (key, ttlMs) => {
      const current = this.cache.get(key);
      if (current === undefined) {
        this.cache.set(key, '1', { ttl: ttlMs });
        return 1;
      }
      const next = Number(current) + 1;
      this.cache.set(key, String(next), { noUpdateTTL: true });
      return next;
    },
    set: (key, value, ttlMs) => {
      this.cache.set(key, value, { ttl: ttlMs || 0 });
    },
    delete: (key) => {
      this.cache.delete(key);
    },
  };

  async get(key: string): Promise<string | null> {
    return this.cache.get(key) ?? null;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.cache.clear();
  }
}
