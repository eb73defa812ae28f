import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { KeyValueStore, type RateLimitHit, StoreUnavailableError } from './key-value-store';

/** {@link KeyValueStore.rateLimitHit} as one atomic script: one round trip per request. */
const RATE_LIMIT_HIT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return {-1, blocked} end
local hits = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1], 'NX')
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) and tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
end
return {hits, ttl}
`;

type WithRateLimitHit = Redis & {
  mdfRateLimitHit(
    hitsKey: string,
    blockKey: string,
    ttlMs: number,
    limit: number,
    blockMs: number,
  ): Promise<[number, number]>;
};

/** Redis adapter: shared by every API instance; fails fast while Redis is down. */
export class RedisKeyValueStore extends KeyValueStore {
  readonly kind = 'redis' as const;
  private readonly logger = new Logger('Redis');
  private lastError: string | undefined;

  constructor(readonly client: Redis) {
    super();
    // Sent by its digest (EVALSHA), the script's text only once per connection.
    client.defineCommand('mdfRateLimitHit', { numberOfKeys: 2, lua: RATE_LIMIT_HIT });
    client.on('error', (err: Error) => {
      // ioredis repeats the same error on every reconnect attempt: log changes only.
      if (err.message !== this.lastError) {
        this.lastError = err.message;
        this.logger.warn(`Redis unavailable: ${err.message}`);
      }
    });
    client.on('ready', () => {
      if (this.lastError) this.logger.log('Redis connection restored');
      this.lastError = undefined;
    });
  }

  static connect(url: string, keyPrefix: string): RedisKeyValueStore {
    const client = new Redis(url, {
      keyPrefix,
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    });
    return new RedisKeyValueStore(client);
  }

  private async run<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      throw new StoreUnavailableError(err);
    }
  }

  get(key: string): Promise<string | null> {
    return this.run(() => this.client.get(key));
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    await this.run(() =>
      ttlMs ? this.client.set(key, value, 'PX', ttlMs) : this.client.set(key, value),
    );
  }

  async delete(key: string): Promise<void> {
    await this.run(() => this.client.del(key));
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    const results = await this.run(() =>
      this.client.multi().incr(key).pexpire(key, ttlMs, 'NX').exec(),
    );
    const [err, value] = results?.[0] ?? [new Error('empty transaction result'), null];
    if (err) throw new StoreUnavailableError(err);
    return Number(value);
  }

  override async rateLimitHit(
    hitsKey: string,
    blockKey: string,
    ttlMs: number,
    limit: number,
    blockMs: number,
  ): Promise<RateLimitHit> {
    const [hits, ms] = await this.run(() =>
      (this.client as WithRateLimitHit).mdfRateLimitHit(
        hitsKey,
        blockKey,
        Math.max(1, Math.round(ttlMs)),
        limit,
        Math.max(0, Math.round(blockMs)),
      ),
    );
    if (hits < 0) return { blockedMs: ms, hits: 0, hitsTtlMs: null };
    return { blockedMs: null, hits, hitsTtlMs: ms > 0 ? ms : null };
  }

  async ttl(key: string): Promise<number | null> {
    const ms = await this.run(() => this.client.pttl(key));
    return ms > 0 ? ms : null;
  }

  async ping(): Promise<void> {
    await this.run(() => this.client.ping());
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
