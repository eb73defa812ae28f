import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { RedisBroadcast } from './redis-broadcast';

/** The part of an ioredis connection the adapter uses, with its status and events in the test's hands. */
class FakeConnection extends EventEmitter {
  status = 'connecting';
  subscribe = jest.fn((..._channels: string[]) => Promise.resolve(1));
  unsubscribe = jest.fn(() => Promise.resolve(0));
  publish = jest.fn(() => Promise.resolve(1));
  disconnect = jest.fn();

  becomeReady(): void {
    this.status = 'ready';
    this.emit('ready');
  }

  drop(): void {
    this.status = 'reconnecting';
    this.emit('close');
  }
}

const settle = () => new Promise((r) => setImmediate(r));

describe('RedisBroadcast delivery epoch', () => {
  let publisher: FakeConnection;
  let subscriber: FakeConnection;
  let bus: RedisBroadcast;

  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    publisher = new FakeConnection();
    subscriber = new FakeConnection();
    bus = new RedisBroadcast(publisher as unknown as Redis, subscriber as unknown as Redis, 'p:');
    publisher.becomeReady();
  });
  afterEach(async () => {
    await bus.close();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('is null until the subscriber connection is up with every channel subscribed', async () => {
    await bus.subscribe('room', () => undefined);
    expect(bus.deliveryEpoch()).toBeNull();
    let acknowledge: (n: number) => void = () => undefined;
    subscriber.subscribe.mockImplementationOnce(() => new Promise((r) => (acknowledge = r)));
    subscriber.becomeReady();
    expect(subscriber.subscribe).toHaveBeenCalledWith('p:room');
    // Connected, but the SUBSCRIBE is not acknowledged yet: messages may still be missed.
    expect(bus.deliveryEpoch()).toBeNull();
    acknowledge(1);
    await settle();
    expect(bus.deliveryEpoch()).toEqual(expect.any(Number));
  });

  it('moves on when the subscriber connection drops, and is null until it is back', async () => {
    subscriber.becomeReady();
    await bus.subscribe('room', () => undefined);
    await settle();
    const before = bus.deliveryEpoch();
    expect(before).not.toBeNull();
    subscriber.drop();
    expect(bus.deliveryEpoch()).toBeNull();
    subscriber.becomeReady();
    await settle();
    expect(bus.deliveryEpoch()).not.toBeNull();
    expect(bus.deliveryEpoch()).not.toBe(before);
  });

  it('is null after a SUBSCRIBE failed on a live connection, until a retry subscribes every channel', async () => {
    jest.useFakeTimers();
    subscriber.becomeReady();
    await Promise.resolve();
    const before = bus.deliveryEpoch();
    expect(before).not.toBeNull();
    subscriber.subscribe.mockRejectedValueOnce(new Error('Command timed out'));
    await bus.subscribe('room', () => undefined);
    expect(bus.deliveryEpoch()).toBeNull();
    subscriber.subscribe.mockClear();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(subscriber.subscribe).toHaveBeenCalledWith('p:room');
    expect(bus.deliveryEpoch()).not.toBeNull();
    expect(bus.deliveryEpoch()).not.toBe(before);
    expect(Logger.prototype.log).toHaveBeenCalledWith('Redis subscribe side restored');
  });
});
