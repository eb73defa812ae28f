import type { TicketChangedEvent } from '../../sav';
import type { ChatEvents } from './chat-events';
import { TicketEventsListener } from './ticket-events.listener';

const SESSION = '6f1f8f0e-4a57-4d3e-9d5c-0c2b1a7e9f10';

function change(overrides: Partial<TicketChangedEvent> = {}): TicketChangedEvent {
  return {
    ticketId: 't1',
    reference: 'SAV-2026-000123',
    sessionId: SESSION,
    status: 'in_progress',
    previousStatus: 'escalated_to_human',
    priority: 'P1',
    change: 'status',
    ...overrides,
  };
}

describe('TicketEventsListener', () => {
  const setup = () => {
    const publish = jest.fn<ReturnType<ChatEvents['publish']>, Parameters<ChatEvents['publish']>>();
    const listener = new TicketEventsListener({ publish, publishMany: jest.fn() });
    return { publish, listener };
  };

  it.each(['created', 'status', 'priority'] as const)(
    'tells the conversation about a %s change',
    async (kind) => {
      const { publish, listener } = setup();
      await listener.onTicketChanged(change({ change: kind }));
      expect(publish).toHaveBeenCalledWith(SESSION, 'ticket', {
        reference: 'SAV-2026-000123',
        status: 'in_progress',
        priority: 'P1',
      });
    },
  );

  it.each(['assignment', 'evidence', 'note', 'validation'] as const)(
    'keeps a %s change to the staff',
    async (kind) => {
      const { publish, listener } = setup();
      await listener.onTicketChanged(change({ change: kind }));
      expect(publish).not.toHaveBeenCalled();
    },
  );

  it('ignores a ticket that did not come from a conversation', async () => {
    const { publish, listener } = setup();
    await listener.onTicketChanged(change({ sessionId: null }));
    expect(publish).not.toHaveBeenCalled();
  });

  it('never fails the ticket change when publishing fails', async () => {
    const { publish, listener } = setup();
    publish.mockRejectedValueOnce(new Error('database unavailable'));
    await expect(listener.onTicketChanged(change())).resolves.toBeUndefined();
  });
});
