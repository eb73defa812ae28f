import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { type Broadcast, MemoryBroadcast, RedisBroadcast } from '../src/infra/broadcast';
import { TEST_REDIS_URL, testRedisPrefix } from './support/services';

/** Polls until `check` holds (never a timing assertion: the deadline only bounds a failure). */
async function eventually(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe.each([
  ['memory', () => Promise.resolve(new MemoryBroadcast())],
  ['redis', () => RedisBroadcast.connect(TEST_REDIS_URL, testRedisPrefix())],
])('Broadcast contract (%s)', (_kind, make: () => Promise<Broadcast>) => {
  let bus: Broadcast;

  beforeAll(async () => {
    bus = await make();
  });
  afterAll(async () => bus.close());

  it("delivers a message to the channel's subscribers, not to others", async () => {
    const a: string[] = [];
    const b: string[] = [];
    const stopA = await bus.subscribe('chan:a', (m) => a.push(m));
    const stopB = await bus.subscribe('chan:b', (m) => b.push(m));
    await bus.publish('chan:a', 'bonjour');
    await eventually(() => a.length === 1);
    expect(a).toEqual(['bonjour']);
    expect(b).toEqual([]);
    // Connected and subscribed: nothing published anywhere can have been missed.
    expect(bus.deliveryEpoch()).toEqual(expect.any(Number));
    stopA();
    stopB();
  });

  it('stops delivering once unsubscribed, and counts subscribers', async () => {
    const got: string[] = [];
    const stop = await bus.subscribe('chan:c', (m) => got.push(m));
    const other = await bus.subscribe('chan:c', () => undefined);
    expect(bus.subscriberCount('chan:c')).toBe(2);
    stop();
    other();
    expect(bus.subscriberCount('chan:c')).toBe(0);
    // A marker on a channel still subscribed proves the earlier message had its chance.
    const marker: string[] = [];
    const stopMarker = await bus.subscribe('chan:marker', (m) => marker.push(m));
    await bus.publish('chan:c', 'late');
    await bus.publish('chan:marker', 'after');
    await eventually(() => marker.length === 1);
    expect(got).toEqual([]);
    stopMarker();
  });
});

describe('RedisBroadcast across instances', () => {
  it('reaches the other instance with the same prefix only', async () => {
    const prefix = testRedisPrefix();
    const a = await RedisBroadcast.connect(TEST_REDIS_URL, prefix);
    const b = await RedisBroadcast.connect(TEST_REDIS_URL, prefix);
    const elsewhere = await RedisBroadcast.connect(TEST_REDIS_URL, testRedisPrefix());
    try {
      const onB: string[] = [];
      const onElsewhere: string[] = [];
      await b.subscribe('room', (m) => onB.push(m));
      await elsewhere.subscribe('room', (m) => onElsewhere.push(m));
      await a.publish('room', 'hello');
      await elsewhere.publish('room', 'marker');
      await eventually(() => onB.length === 1 && onElsewhere.length === 1);
      expect(onB).toEqual(['hello']);
      expect(onElsewhere).toEqual(['marker']);
    } finally {
      await Promise.all([a.close(), b.close(), elsewhere.close()]);
    }
  });

  it('re-subscribes by itself after its subscriber connection is cut, in a new delivery epoch', async () => {
    const prefix = testRedisPrefix();
    const bus = await RedisBroadcast.connect(TEST_REDIS_URL, prefix);
    const admin = new Redis(TEST_REDIS_URL);
    try {
      const got: string[] = [];
      await bus.subscribe('room', (m) => got.push(m));
      const before = bus.deliveryEpoch();
      expect(before).not.toBeNull();
      // Only this test's subscriber connection (named after its unique prefix).
      const clients = (await admin.client('LIST')) as string;
      const line = clients.split('\n').find((l) => l.includes(`name=${prefix}broadcast-sub`));
      const id = /\bid=(\d+)/.exec(line ?? '')?.[1];
      expect(id).toBeDefined();
      await admin.client('KILL', 'ID', id as string);
      // Published from another connection, so only the reconnected subscription can see it.
      await eventually(async () => {
        await admin.publish(`${prefix}room`, 'after reconnect');
        return got.includes('after reconnect');
      }, 10_000);
      // Messages published meanwhile were lost to it: what it cached on their promise is void.
      await eventually(() => bus.deliveryEpoch() !== null);
      expect(bus.deliveryEpoch()).not.toBe(before);
    } finally {
      admin.disconnect();
      await bus.close();
    }
  });
});

describe('RedisBroadcast while Redis is unreachable', () => {
  it('does not fail a publish and still delivers to local subscribers', async () => {
    // Port 1 on loopback: nothing listens, connections are refused at once.
    const bus = await RedisBroadcast.connect('redis://127.0.0.1:1', testRedisPrefix());
    try {
      const got: string[] = [];
      const stop = await bus.subscribe('room', (m) => got.push(m));
      expect(bus.deliveryEpoch()).toBeNull();
      await expect(bus.publish('room', 'local')).resolves.toBeUndefined();
      await expect(bus.publish('room', 'again')).resolves.toBeUndefined();
      expect(got).toEqual(['local', 'again']);
      stop();
      expect(bus.subscriberCount()).toBe(0);
    } finally {
      await bus.close();
    }
  });
});
