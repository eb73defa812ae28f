import { Logger } from '@nestjs/common';
import { MemoryKeyValueStore } from '../../infra/store';
import { ManualClockStore } from '../../../test/support/manual-clock-store';
import { KeyValueThrottlerStorage } from './key-value-throttler-storage';
import { StoreFailover } from './store-failover';

const MINUTE = 60_000;

describe('KeyValueThrottlerStorage on the memory store', () => {
  let storage: KeyValueThrottlerStorage;

  beforeEach(() => {
    storage = new KeyValueThrottlerStorage(new StoreFailover(new MemoryKeyValueStore()));
  });

  it('counts hits per key and reports the time left in the window', async () => {
    for (let hit = 1; hit <= 3; hit++) {
      const record = await storage.increment('user:1', MINUTE, 5, MINUTE, 'default');
      expect(record).toMatchObject({ totalHits: hit, isBlocked: false, timeToBlockExpire: 0 });
      expect(record.timeToExpire).toBeGreaterThan(0);
      expect(record.timeToExpire).toBeLessThanOrEqual(60);
    }
    expect(await storage.increment('user:2', MINUTE, 5, MINUTE, 'default')).toMatchObject({
      totalHits: 1,
    });
  });

  it('keeps the counters of two throttler names apart', async () => {
    await storage.increment('user:1', MINUTE, 5, MINUTE, 'default');
    expect(await storage.increment('user:1', MINUTE, 5, MINUTE, 'burst')).toMatchObject({
      totalHits: 1,
    });
  });

  it('blocks the hit after the limit for the block duration', async () => {
    for (let hit = 1; hit <= 2; hit++)
      await storage.increment('ip:a', MINUTE, 2, 30_000, 'default');
    const refused = await storage.increment('ip:a', MINUTE, 2, 30_000, 'default');
    expect(refused).toMatchObject({ totalHits: 3, isBlocked: true });
    expect(refused.timeToBlockExpire).toBeGreaterThan(0);
    expect(refused.timeToBlockExpire).toBeLessThanOrEqual(30);
    const stillRefused = await storage.increment('ip:a', MINUTE, 2, 30_000, 'default');
    expect(stillRefused.isBlocked).toBe(true);
  });
});

describe('KeyValueThrottlerStorage over time', () => {
  let store: ManualClockStore;
  let storage: KeyValueThrottlerStorage;

  beforeEach(() => {
    store = new ManualClockStore();
    storage = new KeyValueThrottlerStorage(new StoreFailover(store, { now: store.now }));
  });

  it('reports the window shrinking, then starts a new one when it ends', async () => {
    expect((await storage.increment('k', MINUTE, 5, MINUTE, 'default')).timeToExpire).toBe(60);
    store.advance(20_500);
    expect(await storage.increment('k', MINUTE, 5, MINUTE, 'default')).toMatchObject({
      totalHits: 2,
      timeToExpire: 40,
    });
    store.advance(39_500);
    expect(await storage.increment('k', MINUTE, 5, MINUTE, 'default')).toMatchObject({
      totalHits: 1,
      timeToExpire: 60,
    });
  });

  it('does not count hits while blocked and counts afresh once the block ends', async () => {
    for (let hit = 0; hit < 3; hit++) await storage.increment('k', MINUTE, 3, 90_000, 'default');
    expect(await storage.increment('k', MINUTE, 3, 90_000, 'default')).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 90,
    });
    store.advance(60_000);
    expect(await storage.increment('k', MINUTE, 3, 90_000, 'default')).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 30,
      timeToExpire: 30,
    });
    store.advance(30_000);
    expect(await storage.increment('k', MINUTE, 3, 90_000, 'default')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
    });
  });

  it('without a block duration, refuses until the window ends', async () => {
    await storage.increment('k', MINUTE, 1, 0, 'default');
    store.advance(15_000);
    expect(await storage.increment('k', MINUTE, 1, 0, 'default')).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 45,
    });
    store.advance(45_000);
    expect((await storage.increment('k', MINUTE, 1, 0, 'default')).isBlocked).toBe(false);
  });

  it('writes hashed keys only: no tracker (IP, user id) appears in the store', async () => {
    await storage.increment('default:ip:203.0.113.7', MINUTE, 1, MINUTE, 'default');
    await storage.increment('default:ip:203.0.113.7', MINUTE, 1, MINUTE, 'default');
    const keys = store.keys();
    expect(keys).toHaveLength(1); // the block; hits restart after it
    for (const key of keys) {
      expect(key).toMatch(/^throttle:[0-9a-f]{64}:(hits|blocked)$/);
      expect(key).not.toContain('203.0.113.7');
    }
  });
});

describe('KeyValueThrottlerStorage when the shared store is down', () => {
  let shared: ManualClockStore;
  let storage: KeyValueThrottlerStorage;
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;

  beforeEach(() => {
    shared = new ManualClockStore();
    const local = new ManualClockStore();
    // One clock for both stores: the failover's probe interval and the windows move together.
    local.now = shared.now;
    storage = new KeyValueThrottlerStorage(new StoreFailover(shared, { now: shared.now, local }));
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('keeps limiting per instance, logs the switch once, and returns to the shared store', async () => {
    await storage.increment('k', MINUTE, 3, MINUTE, 'default');
    shared.down = true;

    const whileDown = [];
    for (let hit = 0; hit < 4; hit++) {
      whileDown.push(await storage.increment('k', MINUTE, 3, MINUTE, 'default'));
    }
    expect(whileDown.map((r) => r.isBlocked)).toEqual([false, false, false, true]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/per-instance/);

    // Within the probe interval the shared store is not even asked.
    const callsWhileDegraded = shared.calls;
    await storage.increment('other', MINUTE, 3, MINUTE, 'default');
    expect(shared.calls).toBe(callsWhileDegraded);

    shared.down = false;
    shared.advance(5_000);
    expect(await storage.increment('k', MINUTE, 3, MINUTE, 'default')).toMatchObject({
      totalHits: 2,
      isBlocked: false,
    });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/shared across instances/));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('lets errors other than an unavailable store through', async () => {
    jest.spyOn(shared, 'rateLimitHit').mockRejectedValue(new TypeError('bug'));
    await expect(storage.increment('k', MINUTE, 3, MINUTE, 'default')).rejects.toThrow('bug');
  });
});
