import {
  type ImmediateCounters,
  ImmediateKeyValueStore,
  StoreUnavailableError,
} from '../../src/infra/store';

/**
 * A KeyValueStore on a clock the test moves (`advance`), for expiry rules
 * without sleeping; `down = true` makes every call fail like Redis when it is
 * unreachable. `keys()` shows what was written.
 */
export class ManualClockStore extends ImmediateKeyValueStore {
  readonly kind = 'memory' as const;
  down = false;
  calls = 0;
  private nowMs = 0;
  private readonly entries = new Map<string, { value: string; expiresAt: number | null }>();

  now = (): number => this.nowMs;

  advance(ms: number): void {
    this.nowMs += ms;
  }

  keys(): string[] {
    this.sweep();
    return [...this.entries.keys()];
  }

  /** The store's operations, done at once (each one checks whether the store is down). */
  protected readonly immediate: ImmediateCounters = {
    ttl: (key) => {
      const entry = this.live(key);
      return entry?.expiresAt == null ? null : entry.expiresAt - this.nowMs;
    },
    increment: (key, ttlMs) => {
      const entry = this.live(key);
      if (!entry) {
        this.entries.set(key, { value: '1', expiresAt: this.nowMs + ttlMs });
        return 1;
      }
      entry.value = String(Number(entry.value) + 1);
      return Number(entry.value);
    },
    set: (key, value, ttlMs) => {
      this.check();
      this.entries.set(key, { value, expiresAt: ttlMs ? this.nowMs + ttlMs : null });
    },
    delete: (key) => {
      this.check();
      this.entries.delete(key);
    },
  };

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async ping(): Promise<void> {
    this.check();
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  private live(key: string): { value: string; expiresAt: number | null } | undefined {
    this.check();
    this.sweep();
    return this.entries.get(key);
  }

  private sweep(): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt !== null && entry.expiresAt <= this.nowMs) this.entries.delete(key);
    }
  }

  private check(): void {
    this.calls++;
    if (this.down) throw new StoreUnavailableError(new Error('connect ECONNREFUSED'));
  }
}
