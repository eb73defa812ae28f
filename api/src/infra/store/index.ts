export {
  countRateLimitHit,
  type ImmediateCounters,
  ImmediateKeyValueStore,
  KeyValueStore,
  type RateLimitHit,
  StoreUnavailableError,
} from './key-value-store';
export { MemoryKeyValueStore } from './memory-key-value-store';
export { RedisKeyValueStore } from './redis-key-value-store';
export { StoreModule } from './store.module';
