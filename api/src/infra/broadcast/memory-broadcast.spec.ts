import { MemoryBroadcast } from './memory-broadcast';

describe('MemoryBroadcast', () => {
  it("delivers a message to the channel's subscribers only", async () => {
    const bus = new MemoryBroadcast();
    const a: string[] = [];
    const b: string[] = [];
    await bus.subscribe('a', (m) => a.push(m));
    await bus.subscribe('b', (m) => b.push(m));
    await bus.publish('a', 'hello');
    expect(a).toEqual(['hello']);
    expect(b).toEqual([]);
  });

  it('counts subscriptions and forgets one when it is cancelled (twice is harmless)', async () => {
    const bus = new MemoryBroadcast();
    const handler = jest.fn();
    const first = await bus.subscribe('c', handler);
    const second = await bus.subscribe('c', handler);
    expect(bus.subscriberCount('c')).toBe(2);
    first();
    first();
    expect(bus.subscriberCount('c')).toBe(1);
    await bus.publish('c', 'x');
    expect(handler).toHaveBeenCalledTimes(1);
    second();
    expect(bus.subscriberCount('c')).toBe(0);
    expect(bus.subscriberCount()).toBe(0);
  });

  it('keeps delivering to the others when one handler throws', async () => {
    const bus = new MemoryBroadcast();
    const received: string[] = [];
    await bus.subscribe('d', () => {
      throw new Error('boom');
    });
    await bus.subscribe('d', (m) => received.push(m));
    await expect(bus.publish('d', 'still here')).resolves.toBeUndefined();
    expect(received).toEqual(['still here']);
  });

  it('lets a handler unsubscribe while a message is being delivered', async () => {
    const bus = new MemoryBroadcast();
    const received: string[] = [];
    const stop = await bus.subscribe('e', (m) => {
      received.push(m);
      stop();
    });
    await bus.publish('e', 'one');
    await bus.publish('e', 'two');
    expect(received).toEqual(['one']);
  });

  it('delivers nothing after close', async () => {
    const bus = new MemoryBroadcast();
    const handler = jest.fn();
    await bus.subscribe('f', handler);
    await bus.close();
    await bus.publish('f', 'late');
    expect(handler).not.toHaveBeenCalled();
  });
});
