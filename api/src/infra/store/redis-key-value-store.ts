import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { KeyValueStore, StoreUnavailableError } from './key-value-store';

/** Redis adapter: shared by every API instance; fails fast while Redis is down. */
export class RedisKeyValueStore extends KeyValueStore {
  readonly kind = 'redis' as const;
  private readonly logger = new Logger('Redis');
  private lastError: string | undefined;

  constructor(readonly client: Redis) {
    super();
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
