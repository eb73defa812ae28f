import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config';
import { Broadcast } from './broadcast';
import { MemoryBroadcast } from './memory-broadcast';
import { RedisBroadcast } from './redis-broadcast';

/** Chooses the broadcast bus once, from configuration: Redis pub/sub when REDIS_URL is set. */
@Global()
@Module({
  providers: [
    {
      provide: Broadcast,
      inject: [AppConfig],
      useFactory: (config: AppConfig): Promise<Broadcast> | Broadcast =>
        config.redis.url
          ? RedisBroadcast.connect(config.redis.url, config.redis.keyPrefix)
          : new MemoryBroadcast(),
    },
  ],
  exports: [Broadcast],
})
export class BroadcastModule implements OnApplicationShutdown {
  constructor(@Inject(Broadcast) private readonly broadcast: Broadcast) {}

  async onApplicationShutdown(): Promise<void> {
    await this.broadcast.close();
  }
}
