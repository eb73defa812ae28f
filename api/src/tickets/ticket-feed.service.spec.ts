import { MemoryBroadcast } from '../infra/broadcast';
import type { TicketChangedEvent } from '../sav';
import type { TicketFeedEventView } from './dto/ticket-feed.dto';
import { STAFF_TICKETS_CHANNEL, TicketFeedService } from './ticket-feed.service';

const CHANGE: TicketChangedEvent = {
  ticketId: '3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b',
  reference: 'SAV-2026-000042',
  sessionId: null,
  status: 'in_progress',
  previousStatus: 'escalated_to_human',
  priority: 'P1',
  change: 'status',
};

function sink() {
  const events: TicketFeedEventView[] = [];
  const ends: number[] = [];
  return {
    events,
    ends,
    event: (e: TicketFeedEventView) => events.push(e),
    end: () => ends.push(1),
  };
}

describe('TicketFeedService', () => {
  it('hands every follower one frame per ticket change, without the internal ticket id', async () => {
    const feed = new TicketFeedService(new MemoryBroadcast());
    const a = sink();
    const b = sink();
    await feed.follow(a);
    await feed.follow(b);
    await feed.onTicketChanged(CHANGE);
    expect(a.events).toEqual([
      {
        reference: 'SAV-2026-000042',
        status: 'in_progress',
        previousStatus: 'escalated_to_human',
        priority: 'P1',
        change: 'status',
        sessionId: null,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(b.events).toEqual(a.events);
  });

  it('stops feeding a follower that left, and forgets it (twice is harmless)', async () => {
    const bus = new MemoryBroadcast();
    const feed = new TicketFeedService(bus);
    const gone = sink();
    const stop = await feed.follow(gone);
    stop();
    stop();
    await feed.onTicketChanged(CHANGE);
    expect(gone.events).toEqual([]);
    expect(feed.followers).toBe(0);
    expect(bus.subscriberCount(STAFF_TICKETS_CHANNEL)).toBe(0);
  });

  it('ignores what is not a ticket change on its channel', async () => {
    const bus = new MemoryBroadcast();
    const feed = new TicketFeedService(bus);
    const s = sink();
    await feed.follow(s);
    await bus.publish(STAFF_TICKETS_CHANNEL, 'not json');
    await bus.publish(STAFF_TICKETS_CHANNEL, JSON.stringify({ hello: 'world' }));
    expect(s.events).toEqual([]);
  });

  it('hangs up every open stream before the application stops', async () => {
    const feed = new TicketFeedService(new MemoryBroadcast());
    const a = sink();
    const b = sink();
    await feed.follow(a);
    await feed.follow(b);
    feed.beforeApplicationShutdown();
    expect([a.ends, b.ends]).toEqual([[1], [1]]);
  });
});
