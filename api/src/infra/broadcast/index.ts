export { Broadcast, type BroadcastHandler } from './broadcast';
export { MemoryBroadcast } from './memory-broadcast';
export { RedisBroadcast } from './redis-broadcast';
export { BroadcastModule } from './broadcast.module';
