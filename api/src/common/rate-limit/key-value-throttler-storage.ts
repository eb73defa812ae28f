import { createHash } from 'node:crypto';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { LRUCache } from 'lru-cache';
import type { KeyValueStore } from '../../infra/store';
import type { StoreFailover } from './store-failover';

/** What the guard expects back (times in seconds); the library does not export the type. */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

function toSeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}

/**
 * @nestjs/throttler storage on the shared key-value store: a fixed window per
 * key (one atomic counter), and a block key once the limit is passed, so every
 * instance on the same Redis counts the same hits. Keys are hashed: trackers
 * carry IP addresses and custom key generators might carry worse.
 */
export class KeyValueThrottlerStorage implements ThrottlerStorage {
  /** Hashed keys of recent callers: every request of a caller hashes the same key. */
  private readonly hashed = new LRUCache<string, string>({ max: 10_000 });

  constructor(private readonly stores: StoreFailover) {}

  private baseKey(throttlerName: string, key: string): string {
    const plain = `${throttlerName}\n${key}`;
    let base = this.hashed.get(plain);
    if (base === undefined) {
      base = `throttle:${createHash('sha256').update(plain).digest('hex')}`;
      this.hashed.set(plain, base);
    }
    return base;
  }

  /** `ttl` and `blockDuration` in milliseconds, like the library's own storage. */
  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const base = this.baseKey(throttlerName, key);
    return this.stores.run((store) => this.incrementIn(store, base, ttl, limit, blockDuration));
  }

  private async incrementIn(
    store: KeyValueStore,
    base: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    const hit = await store.rateLimitHit(
      `${base}:hits`,
      `${base}:blocked`,
      ttl,
      limit,
      blockDuration,
    );
    // While blocked, hits are not counted (as in the library's storage).
    if (hit.blockedMs !== null) {
      const left = toSeconds(hit.blockedMs);
      return { totalHits: limit + 1, timeToExpire: left, isBlocked: true, timeToBlockExpire: left };
    }
    const totalHits = hit.hits;
    const timeToExpire = toSeconds(hit.hitsTtlMs ?? ttl);
    if (totalHits <= limit) {
      return { totalHits, timeToExpire, isBlocked: false, timeToBlockExpire: 0 };
    }
    if (blockDuration <= 0) {
      // No block: refused until the window ends.
      return { totalHits, timeToExpire, isBlocked: true, timeToBlockExpire: timeToExpire };
    }
    // Blocked now; counting starts afresh when the block ends, whatever was left of the window.
    const left = toSeconds(blockDuration);
    return { totalHits, timeToExpire: left, isBlocked: true, timeToBlockExpire: left };
  }
}
