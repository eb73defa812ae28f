import { Logger } from '@nestjs/common';
import { type KeyValueStore, MemoryKeyValueStore, StoreUnavailableError } from '../../infra/store';

/** Milliseconds since the epoch; injected so tests control time. */
export type Clock = () => number;

/** How long to stay on the local store before asking the shared one again. */
const PROBE_INTERVAL_MS = 5_000;
/** The local store only holds counters while the shared one is down: keep it small. */
const LOCAL_MAX_ENTRIES = 50_000;

/**
 * Runs counter operations on the shared store (Redis: limits hold across
 * instances) and, while it is unreachable, on a per-instance memory store, so
 * that an outage neither fails requests nor switches limiting off. The switch is
 * logged once each way.
 */
export class StoreFailover {
  private readonly logger = new Logger('RateLimit');
  private readonly now: Clock;
  private local: KeyValueStore | undefined;
  private degraded = false;
  private nextProbeAt = 0;

  constructor(
    private readonly shared: KeyValueStore,
    options: { now?: Clock; local?: KeyValueStore } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.local = options.local;
  }

  /** True while operations run on the per-instance store. */
  get isDegraded(): boolean {
    return this.degraded;
  }

  /** Runs `op` whole on one store: the shared one when it answers, else the local one. */
  async run<T>(op: (store: KeyValueStore) => Promise<T>): Promise<T> {
    if (this.degraded && this.now() < this.nextProbeAt) return op(this.localStore());
    try {
      const result = await op(this.shared);
      if (this.degraded) {
        this.degraded = false;
        this.logger.log('Shared store answers again: rate limits are shared across instances');
      }
      return result;
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      if (!this.degraded) {
        this.degraded = true;
        this.logger.warn(
          'Shared store unavailable: rate limits fall back to per-instance memory until it answers',
        );
      }
      this.nextProbeAt = this.now() + PROBE_INTERVAL_MS;
      return op(this.localStore());
    }
  }

  private localStore(): KeyValueStore {
    this.local ??= new MemoryKeyValueStore(LOCAL_MAX_ENTRIES);
    return this.local;
  }
}
