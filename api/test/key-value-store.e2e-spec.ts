import { setTimeout as sleep } from 'node:timers/promises';
import {
  type KeyValueStore,
  MemoryKeyValueStore,
  RedisKeyValueStore,
  StoreUnavailableError,
} from '../src/infra/store';
import { TEST_REDIS_URL, testRedisPrefix } from './support/services';

/** The same contract for both adapters: what features may rely on. */
describe.each([
  ['memory', () => new MemoryKeyValueStore()],
  ['redis', () => RedisKeyValueStore.connect(TEST_REDIS_URL, testRedisPrefix())],
])('KeyValueStore contract (%s)', (_kind, make: () => KeyValueStore) => {
  let store: KeyValueStore;

  beforeAll(async () => {
    store = make();
    await waitUntilUp(store);
  });
  afterAll(async () => store.close());

  it('returns null for a missing key', async () => {
    expect(await store.get('absent')).toBeNull();
  });

  it('stores, reads and deletes a value', async () => {
    await store.set('greeting', 'bonjour');
    expect(await store.get('greeting')).toBe('bonjour');
    expect(await store.ttl('greeting')).toBeNull();
    await store.delete('greeting');
    expect(await store.get('greeting')).toBeNull();
  });

  it('round-trips JSON', async () => {
    await store.setJson('state', { step: 'claim_order', items: [1, 2] }, 60_000);
    expect(await store.getJson('state')).toEqual({ step: 'claim_order', items: [1, 2] });
  });

  it('expires a value after its time to live', async () => {
    await store.set('short', 'x', 80);
    const ttl = await store.ttl('short');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(80);
    await sleep(200);
    expect(await store.get('short')).toBeNull();
  });

  it('counts atomically and keeps the first expiry', async () => {
    const counts = await Promise.all(
      Array.from({ length: 20 }, () => store.increment('hits', 60_000)),
    );
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const ttl = await store.ttl('hits');
    expect(ttl).toBeGreaterThan(50_000);
  });

  it('counts rate-limit hits, blocks past the limit and starts afresh after the block', async () => {
    const hit = () => store.rateLimitHit('rl:hits', 'rl:blocked', 60_000, 3, 150);
    const first = await Promise.all([hit(), hit(), hit()]);
    expect(first.map((h) => h.hits).sort()).toEqual([1, 2, 3]);
    for (const h of first) {
      expect(h.blockedMs).toBeNull();
      expect(h.hitsTtlMs).toBeGreaterThan(50_000);
      expect(h.hitsTtlMs).toBeLessThanOrEqual(60_000);
    }

    const over = await hit();
    expect(over).toMatchObject({ blockedMs: null, hits: 4 });
    // Blocked: not counted, and told how long the block lasts.
    const blocked = await hit();
    expect(blocked.hits).toBe(0);
    expect(blocked.blockedMs).toBeGreaterThan(0);
    expect(blocked.blockedMs).toBeLessThanOrEqual(150);
    expect(await store.get('rl:hits')).toBeNull();

    await sleep(300);
    expect(await hit()).toMatchObject({ blockedMs: null, hits: 1 });
  });

  it('counts past the limit without blocking when no block is asked for', async () => {
    for (let i = 1; i <= 3; i++) {
      expect(await store.rateLimitHit('nb:hits', 'nb:blocked', 60_000, 1, 0)).toMatchObject({
        blockedMs: null,
        hits: i,
      });
    }
    expect(await store.get('nb:blocked')).toBeNull();
  });

  it('answers a ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe('Redis store while Redis is unreachable', () => {
  it('fails fast with StoreUnavailableError instead of hanging or crashing', async () => {
    const store = RedisKeyValueStore.connect('redis://127.0.0.1:1', 'test:');
    try {
      await expect(store.get('x')).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  });
});

async function waitUntilUp(store: KeyValueStore): Promise<void> {
  for (let i = 0; i < 50; i++) {
    try {
      await store.ping();
      return;
    } catch {
      await sleep(50);
    }
  }
}
