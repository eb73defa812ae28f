import { MemoryBroadcast } from '../../infra/broadcast';
import {
  type BroadcastChatEvent,
  ChatEventFeed,
  type ChatEventSource,
  chatSessionChannel,
} from './chat-event-feed';
import type { ChatEventView } from './chat-events';

const SESSION = '6f1f8f0e-4a57-4d3e-9d5c-0c2b1a7e9f10';

/** An in-memory chat_event table; `hold` makes the next replay wait until released. */
class FakeStore implements ChatEventSource {
  readonly rows: ChatEventView[] = [];
  replays = 0;
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;

  add(id: number, type: ChatEventView['type'] = 'typing'): BroadcastChatEvent {
    const previous = this.rows.at(-1)?.id ?? '0';
    const view: ChatEventView = {
      id: String(id),
      sessionId: SESSION,
      type,
      data: { n: id },
      createdAt: new Date(0).toISOString(),
    };
    this.rows.push(view);
    return { ...view, previousId: previous };
  }

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  async replay(_s: string, afterId: string, limit: number): Promise<ChatEventView[]> {
    this.replays++;
    const snapshot = this.rows.filter((r) => BigInt(r.id) > BigInt(afterId)).slice(0, limit);
    if (this.gate) await this.gate;
    return snapshot;
  }

  async latestId(): Promise<string> {
    return this.rows.at(-1)?.id ?? '0';
  }
}

function setup(catchUpMs = 3_600_000) {
  const store = new FakeStore();
  const bus = new MemoryBroadcast();
  const received: string[] = [];
  const positions: string[] = [];
  const errors: unknown[] = [];
  const feed = new ChatEventFeed({
    source: store,
    broadcast: bus,
    sessionId: SESSION,
    sink: {
      event: (e) => received.push(e.id),
      position: (id) => positions.push(id),
      end: () => undefined,
    },
    catchUpMs,
    onError: (err) => errors.push(err),
  });
  const announce = (event: BroadcastChatEvent) =>
    bus.publish(chatSessionChannel(SESSION), JSON.stringify(event));
  return { store, bus, feed, received, positions, errors, announce };
}

/** Lets queued deliveries run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ChatEventFeed', () => {
  it('replays what the client missed after its Last-Event-ID, then live events', async () => {
    const { store, feed, received, positions, announce } = setup();
    store.add(1);
    store.add(2);
    store.add(3);
    await feed.start('1');
    expect(received).toEqual(['2', '3']);
    expect(positions).toEqual([]);
    await announce(store.add(4));
    await settle();
    expect(received).toEqual(['2', '3', '4']);
    feed.close();
  });

  it('gives a new client only what comes next, and the position to resume from', async () => {
    const { store, feed, received, positions, announce } = setup();
    store.add(5);
    await feed.start(undefined);
    expect(received).toEqual([]);
    expect(positions).toEqual(['5']);
    await announce(store.add(6));
    await settle();
    expect(received).toEqual(['6']);
    feed.close();
  });

  it('neither loses nor repeats an event published while the replay is being read', async () => {
    const { store, feed, received, announce } = setup();
    store.add(1);
    store.hold();
    const started = feed.start('0');
    await settle();
    // Stored and broadcast after the replay's snapshot, before it is written.
    const late = store.add(2);
    await announce(late);
    // Also broadcast twice (a local fallback plus Redis): still once.
    await announce(late);
    store.release();
    await started;
    await settle();
    expect(received).toEqual(['1', '2']);
    feed.close();
  });

  it('reads the database when a broadcast shows an event was missed', async () => {
    const { store, feed, received, announce } = setup();
    await feed.start('0');
    store.add(7); // its broadcast was lost (Redis down)
    await announce(store.add(8));
    await settle();
    await settle();
    expect(received).toEqual(['7', '8']);
    feed.close();
  });

  it('delivers missed events on its periodic catch-up without any broadcast', async () => {
    jest.useFakeTimers();
    try {
      const { store, feed, received } = setup(15_000);
      await feed.start('0');
      store.add(9);
      await jest.advanceTimersByTimeAsync(15_000);
      expect(received).toEqual(['9']);
      feed.close();
    } finally {
      jest.useRealTimers();
    }
  });

  it('replays past the page size without a gap', async () => {
    const { store, feed, received } = setup();
    for (let id = 1; id <= 1_203; id++) store.add(id);
    await feed.start('0');
    expect(received).toHaveLength(1_203);
    expect(received.at(-1)).toBe('1203');
    expect(store.replays).toBe(3);
    feed.close();
  });

  it('ignores malformed broadcasts and events of other sessions', async () => {
    const { store, bus, feed, received } = setup();
    await feed.start('0');
    await bus.publish(chatSessionChannel(SESSION), 'not json');
    await bus.publish(chatSessionChannel(SESSION), JSON.stringify({ id: 'x' }));
    await bus.publish(chatSessionChannel('other'), JSON.stringify(store.add(1)));
    await settle();
    expect(received).toEqual([]);
    feed.close();
  });

  it('unsubscribes when closed and delivers nothing more', async () => {
    const { store, bus, feed, received, announce } = setup();
    await feed.start(undefined);
    expect(bus.subscriberCount(chatSessionChannel(SESSION))).toBe(1);
    feed.close();
    expect(bus.subscriberCount(chatSessionChannel(SESSION))).toBe(0);
    await announce(store.add(1));
    await settle();
    expect(received).toEqual([]);
  });

  it('reports a failed catch-up and keeps following', async () => {
    const { store, feed, received, errors, announce } = setup();
    await feed.start('0');
    const replay = jest.spyOn(store, 'replay').mockRejectedValueOnce(new Error('db down'));
    store.add(1);
    await announce(store.add(2));
    await settle();
    expect(errors).toHaveLength(1);
    replay.mockRestore();
    await announce(store.add(3));
    await settle();
    await settle();
    expect(received).toEqual(['1', '2', '3']);
    feed.close();
  });

  it('unsubscribes when the initial read fails', async () => {
    const { store, bus, feed } = setup();
    jest.spyOn(store, 'latestId').mockRejectedValueOnce(new Error('db down'));
    await expect(feed.start(undefined)).rejects.toThrow('db down');
    expect(bus.subscriberCount()).toBe(0);
  });
});
