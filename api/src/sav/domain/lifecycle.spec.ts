import { IllegalTransitionError } from './errors';
import { allowedTransitions, assertTransition, canTransition, isOpen } from './lifecycle';
import { TICKET_STATUSES, type TicketStatus } from './types';

/** Spec section 7, plus `cancelled` from every open state and a contested auto-resolution. */
const LEGAL: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['problem_analysis', 'cancelled'],
  problem_analysis: ['warranty_check', 'cancelled'],
  warranty_check: ['evidence_collection', 'cancelled'],
  evidence_collection: ['priority_assessment', 'cancelled'],
  priority_assessment: ['decision_pending', 'cancelled'],
  decision_pending: ['auto_resolved', 'escalated_to_human', 'awaiting_technician', 'cancelled'],
  auto_resolved: ['resolved', 'in_progress', 'cancelled'],
  escalated_to_human: ['in_progress', 'cancelled'],
  awaiting_technician: ['in_progress', 'cancelled'],
  in_progress: ['resolved', 'cancelled'],
  resolved: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

const matrix = TICKET_STATUSES.flatMap((from) =>
  TICKET_STATUSES.map((to) => [from, to, LEGAL[from].includes(to)] as const),
);

describe('ticket lifecycle', () => {
  it('covers all 169 pairs of statuses', () => {
    expect(matrix).toHaveLength(TICKET_STATUSES.length ** 2);
  });

  it.each(matrix.filter(([, , legal]) => legal))('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(matrix.filter(([, , legal]) => !legal))('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    let thrown: unknown;
    try {
      assertTransition(from, to);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IllegalTransitionError);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject({ from, to, name: 'IllegalTransitionError' });
    expect((thrown as Error).message).toBe(
      `Illegal ticket status transition from "${from}" to "${to}"`,
    );
  });

  it.each([...TICKET_STATUSES])('lists the transitions allowed from %s', (from) => {
    expect(allowedTransitions(from)).toEqual(LEGAL[from]);
  });

  it('hands out a copy of the allowed transitions', () => {
    allowedTransitions('new').push('closed');
    expect(canTransition('new', 'closed')).toBe(false);
  });

  it.each([
    ...TICKET_STATUSES.filter((s) => s !== 'closed' && s !== 'cancelled').map(
      (s) => [s, true] as const,
    ),
    ['closed', false] as const,
    ['cancelled', false] as const,
  ])('%s is open: %p', (status, open) => {
    expect(isOpen(status)).toBe(open);
  });

  it('refuses statuses it does not know, without throwing anything but its own error', () => {
    const bogus = 'archived' as TicketStatus;
    expect(canTransition('new', bogus)).toBe(false);
    expect(canTransition(bogus, 'new')).toBe(false);
    expect(allowedTransitions(bogus)).toEqual([]);
    expect(isOpen(bogus)).toBe(false);
    expect(() => assertTransition(bogus, 'new')).toThrow(IllegalTransitionError);
  });

  it('can bring every open ticket to closed, and every ticket from new', () => {
    const reachable = (from: TicketStatus): Set<TicketStatus> => {
      const seen = new Set<TicketStatus>([from]);
      const queue = [from];
      while (queue.length > 0) {
        for (const next of allowedTransitions(queue.shift() as TicketStatus)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      return seen;
    };
    expect([...reachable('new')].sort()).toEqual([...TICKET_STATUSES].sort());
    for (const status of TICKET_STATUSES.filter(isOpen)) {
      expect(reachable(status).has('closed')).toBe(true);
    }
  });
});
