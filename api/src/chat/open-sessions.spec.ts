import { Logger } from '@nestjs/common';
import { MemoryBroadcast } from '../infra/broadcast';
import { ENDED_SESSIONS_CHANNEL, OPEN_SESSION_RECHECK_MS, OpenSessions } from './open-sessions';

const S1 = '11111111-1111-4111-8111-111111111111';
const S2 = '22222222-2222-4222-8222-222222222222';
const S3 = '33333333-3333-4333-8333-333333333333';
const SITE = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OTHER_SITE = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const NOW = Date.parse('2026-11-26T10:00:00Z');
const IN_A_DAY = new Date(NOW + 86_400_000);

/** A bus whose delivery epoch the test moves, as a Redis reconnection would. */
class FlakyBus extends MemoryBroadcast {
  epoch: number | null = 0;
  override deliveryEpoch(): number {
    return this.epoch as number;
  }
}

async function instance(bus = new MemoryBroadcast()) {
  const open = new OpenSessions(bus);
  await open.onModuleInit();
  return open;
}

/** Remembers the session as the database would have found it, open until `expiresAt`. */
function learn(open: OpenSessions, id: string, site = SITE, expiresAt = IN_A_DAY, now = NOW) {
  open.remember(open.mark(), id, site, expiresAt, now);
}

describe('OpenSessions', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('admits a session it found open, on its own site only', async () => {
    const open = await instance();
    expect(open.admits(S1, SITE, NOW)).toBeUndefined();
    learn(open, S1);
    expect(open.admits(S1, SITE, NOW)).toBe(true);
    expect(open.admits(S1, OTHER_SITE, NOW)).toBeUndefined();
    expect(open.admits(S2, SITE, NOW)).toBeUndefined();
  });

  it('asks again at the session’s end, or after the recheck interval, whichever is first', async () => {
    const open = await instance();
    const soon = new Date(NOW + 5_000);
    learn(open, S1, SITE, soon);
    learn(open, S2);
    expect(open.admits(S1, SITE, NOW + 4_999)).toBe(true);
    expect(open.admits(S1, SITE, NOW + 5_000)).toBeUndefined();
    expect(open.admits(S2, SITE, NOW + OPEN_SESSION_RECHECK_MS - 1)).toBe(true);
    expect(open.admits(S2, SITE, NOW + OPEN_SESSION_RECHECK_MS)).toBeUndefined();
    // Forgotten, not merely refused: an earlier clock does not bring it back.
    expect(open.admits(S2, SITE, NOW)).toBeUndefined();
    learn(open, S3, SITE, new Date(NOW - 1));
    expect(open.admits(S3, SITE, NOW - 10)).toBeUndefined();
  });

  it('forgets ended sessions here and on every other instance of the bus', async () => {
    const bus = new MemoryBroadcast();
    const here = await instance(bus);
    const there = await instance(bus);
    for (const open of [here, there]) {
      learn(open, S1);
      learn(open, S2);
      learn(open, S3);
    }
    await here.ended([S1, S2]);
    // At once here, before the bus delivers anything.
    expect(here.admits(S1, SITE, NOW)).toBeUndefined();
    await new Promise((r) => setImmediate(r));
    for (const open of [here, there]) {
      expect(open.admits(S1, SITE, NOW)).toBeUndefined();
      expect(open.admits(S2, SITE, NOW)).toBeUndefined();
      expect(open.admits(S3, SITE, NOW)).toBe(true);
    }
  });

  it('forgets every session of a deactivated site, and those only', async () => {
    const bus = new MemoryBroadcast();
    const here = await instance(bus);
    const there = await instance(bus);
    learn(there, S1);
    learn(there, S2, OTHER_SITE);
    await here.siteEnded(SITE);
    await new Promise((r) => setImmediate(r));
    expect(there.admits(S1, SITE, NOW)).toBeUndefined();
    expect(there.admits(S2, OTHER_SITE, NOW)).toBe(true);
  });

  it('does not remember a read that began before an ending was heard', async () => {
    const bus = new MemoryBroadcast();
    const here = await instance(bus);
    const there = await instance(bus);
    const mark = there.mark();
    // The session ends elsewhere while this instance's database read is in flight.
    await here.ended([S1]);
    await new Promise((r) => setImmediate(r));
    there.remember(mark, S1, SITE, IN_A_DAY, NOW);
    expect(there.admits(S1, SITE, NOW)).toBeUndefined();
    // A read begun after it is remembered.
    learn(there, S1);
    expect(there.admits(S1, SITE, NOW)).toBe(true);
  });

  it('trusts nothing while the bus may be missing messages, nor what it learnt before', async () => {
    const bus = new FlakyBus();
    const open = await instance(bus);
    learn(open, S1);
    bus.epoch = null;
    expect(open.admits(S1, SITE, NOW)).toBeUndefined();
    learn(open, S2);
    expect(open.admits(S2, SITE, NOW)).toBeUndefined();
    const during = open.mark();
    bus.epoch = 1;
    open.remember(during, S2, SITE, IN_A_DAY, NOW);
    expect(open.admits(S2, SITE, NOW)).toBeUndefined();
    // Learnt in epoch 0, void in epoch 1.
    expect(open.admits(S1, SITE, NOW)).toBeUndefined();
    learn(open, S3);
    expect(open.admits(S3, SITE, NOW)).toBe(true);
  });

  it('remembers nothing before it listens, nor after it stopped', async () => {
    const bus = new MemoryBroadcast();
    const open = new OpenSessions(bus);
    learn(open, S1);
    expect(open.admits(S1, SITE, NOW)).toBeUndefined();
    await open.onModuleInit();
    learn(open, S1);
    open.onModuleDestroy();
    expect(open.admits(S1, SITE, NOW)).toBeUndefined();
    expect(bus.subscriberCount(ENDED_SESSIONS_CHANNEL)).toBe(0);
  });

  it('forgets everything on a message it cannot read', async () => {
    const bus = new MemoryBroadcast();
    const open = await instance(bus);
    learn(open, S1);
    learn(open, S2, OTHER_SITE);
    for (const junk of ['not json', '{"sessions":[1]}', 'null', '{}']) {
      await bus.publish(ENDED_SESSIONS_CHANNEL, junk);
      expect(open.admits(S1, SITE, NOW)).toBeUndefined();
      expect(open.admits(S2, OTHER_SITE, NOW)).toBeUndefined();
      learn(open, S1);
      learn(open, S2, OTHER_SITE);
    }
    expect(Logger.prototype.warn).toHaveBeenCalledTimes(4);
  });

  it('announces nothing for no session', async () => {
    const bus = new MemoryBroadcast();
    const publish = jest.spyOn(bus, 'publish');
    const open = await instance(bus);
    await open.ended([]);
    expect(publish).not.toHaveBeenCalled();
  });
});
