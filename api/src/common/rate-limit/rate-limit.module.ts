import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config';
import { KeyValueStore } from '../../infra/store';
import { KeyValueThrottlerStorage } from './key-value-throttler-storage';
import { LoginThrottle } from './login-throttle';
import { RateLimitGuard } from './rate-limit.guard';
import { StoreFailover } from './store-failover';

/** One failover for every limit, so an outage is detected and logged once. */
@Module({
  providers: [
    {
      provide: StoreFailover,
      inject: [KeyValueStore],
      useFactory: (store: KeyValueStore) => new StoreFailover(store),
    },
  ],
  exports: [StoreFailover],
})
class RateLimitStoreModule {}

/**
 * Rate limiting: `RateLimitGuard` (config.rateLimit.perMinute per caller per
 * minute, shared across instances through the key-value store) and
 * `LoginThrottle` (login brute-force protection).
 */
@Module({
  imports: [
    RateLimitStoreModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStoreModule],
      inject: [AppConfig, StoreFailover],
      useFactory: (config: AppConfig, stores: StoreFailover) => ({
        throttlers: [{ name: 'default', limit: config.rateLimit.perMinute, ttl: 60_000 }],
        storage: new KeyValueThrottlerStorage(stores),
      }),
    }),
  ],
  providers: [RateLimitGuard, LoginThrottle],
  exports: [RateLimitGuard, LoginThrottle],
})
export class RateLimitModule {}
