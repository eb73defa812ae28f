import { currentDeadline, interventionState, responseState, splitDuration } from './sla';
import type { TicketView } from './ticket-types';

const NOW = Date.parse('2026-11-02T10:00:00.000Z');
const HOUR = 3_600_000;

function ticket(
  sla: Partial<TicketView['sla']>,
  status: TicketView['status'] = 'in_progress',
): Pick<TicketView, 'status' | 'sla'> {
  return {
    status,
    sla: {
      responseDueAt: new Date(NOW + HOUR).toISOString(),
      interventionDueAt: new Date(NOW + 20 * HOUR).toISOString(),
      respondedAt: null,
      resolvedAt: null,
      responseBreached: false,
      interventionBreached: false,
      ...sla,
    },
  };
}

describe('SLA deadlines', () => {
  it('counts down to the response until it is due', () => {
    expect(currentDeadline(ticket({}), NOW)).toEqual({
      target: 'response',
      state: { kind: 'due', remainingMs: HOUR },
    });
  });

  it('counts down to the intervention once an agent answered in time', () => {
    const answered = ticket({ respondedAt: new Date(NOW - 10 * 60_000).toISOString() });

    expect(responseState(answered, NOW)).toEqual({ kind: 'met' });
    expect(currentDeadline(answered, NOW)).toEqual({
      target: 'intervention',
      state: { kind: 'due', remainingMs: 20 * HOUR },
    });
  });

  it('keeps a late first answer as a missed response deadline', () => {
    const late = ticket({
      responseDueAt: new Date(NOW - HOUR).toISOString(),
      respondedAt: new Date(NOW - 15 * 60_000).toISOString(),
    });

    expect(responseState(late, NOW)).toEqual({ kind: 'overdue', overdueMs: 45 * 60_000 });
    expect(currentDeadline(late, NOW).target).toBe('intervention');
  });

  it('turns a response deadline passing on screen into a breach, without waiting for a reload', () => {
    const later = NOW + HOUR + 61_000;

    expect(currentDeadline(ticket({}), later)).toEqual({
      target: 'response',
      state: { kind: 'overdue', overdueMs: 61_000 },
    });
  });

  it('reports what the API flags as breached', () => {
    const late = ticket({
      responseDueAt: new Date(NOW - HOUR).toISOString(),
      responseBreached: true,
    });

    expect(currentDeadline(late, NOW)).toEqual({
      target: 'response',
      state: { kind: 'overdue', overdueMs: HOUR },
    });
    expect(interventionState(ticket({ interventionBreached: true }), NOW)).toEqual({
      kind: 'overdue',
      overdueMs: 0,
    });
  });

  it('stops the clock once the ticket is closed', () => {
    for (const status of ['auto_resolved', 'resolved', 'closed', 'cancelled'] as const) {
      expect(currentDeadline(ticket({ interventionBreached: true }, status), NOW).state).toEqual({
        kind: 'done',
      });
    }
  });

  it('splits a duration into days and a clock', () => {
    expect(splitDuration(0)).toEqual({ days: 0, clock: '00:00:00' });
    expect(splitDuration(3 * HOUR + 25 * 60_000 + 10_999)).toEqual({ days: 0, clock: '03:25:10' });
    expect(splitDuration(2 * 24 * HOUR + 5_000)).toEqual({ days: 2, clock: '00:00:05' });
    expect(splitDuration(-5_000)).toEqual({ days: 0, clock: '00:00:00' });
  });
});
