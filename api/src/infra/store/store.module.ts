import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config';
import { KeyValueStore } from './key-value-store';
import { MemoryKeyValueStore } from './memory-key-value-store';
import { RedisKeyValueStore } from './redis-key-value-store';

/** Chooses the shared store once, from configuration: Redis when REDIS_URL is set. */
@Global()
@Module({
  providers: [
    {
      provide: KeyValueStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig): KeyValueStore =>
        config.redis.url
          ? RedisKeyValueStore.connect(config.redis.url, config.redis.keyPrefix)
          : new MemoryKeyValueStore(),
    },
  ],
  exports: [KeyValueStore],
})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(KeyValueStore) private readonly store: KeyValueStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
