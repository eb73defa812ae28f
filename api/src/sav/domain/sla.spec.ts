import fc from 'fast-check';
import { SLA_HOURS, slaBreach, slaDeadlines } from './sla';
import { PRIORITIES } from './types';

const HOUR = 3_600_000;
const created = new Date('2025-06-02T09:30:00Z');
const at = (hours: number, ms = 0): Date => new Date(created.getTime() + hours * HOUR + ms);

describe('slaDeadlines', () => {
  it.each([
    ['P0', 4, 24],
    ['P1', 24, 48],
    ['P2', 120, 168],
    ['P3', 168, 336],
  ] as const)(
    'gives %s %i h to respond and %i h to intervene',
    (priority, response, intervention) => {
      expect(SLA_HOURS[priority]).toEqual({
        responseHours: response,
        interventionHours: intervention,
      });
      expect(slaDeadlines(priority, created)).toEqual({
        responseDueAt: at(response),
        interventionDueAt: at(intervention),
      });
    },
  );

  it('gives invalid deadlines for an invalid creation date, without throwing', () => {
    const deadlines = slaDeadlines('P1', new Date('nope'));
    expect(Number.isNaN(deadlines.responseDueAt.getTime())).toBe(true);
    expect(slaBreach(deadlines, at(1000))).toEqual({ response: false, intervention: false });
  });
});

describe('slaBreach', () => {
  const p1 = slaDeadlines('P1', created);

  it.each([
    ['before the response deadline', at(23), {}, false, false],
    ['exactly at the response deadline', at(24), {}, false, false],
    ['one millisecond past the response deadline', at(24, 1), {}, true, false],
    ['past both deadlines with no answer', at(48, 1), {}, true, true],
    [
      'answered in time, now past the response deadline',
      at(30),
      { respondedAt: at(2) },
      false,
      false,
    ],
    ['answered late', at(30), { respondedAt: at(25) }, true, false],
    ['answered exactly at the deadline', at(30), { respondedAt: at(24) }, false, false],
    [
      'resolved in time, now long after',
      at(500),
      { respondedAt: at(1), resolvedAt: at(47) },
      false,
      false,
    ],
    ['resolved late', at(500), { respondedAt: at(1), resolvedAt: at(49) }, false, true],
    [
      'an invalid answer time counts as no answer',
      at(30),
      { respondedAt: new Date('x') },
      true,
      false,
    ],
  ] as const)('%s', (_label, now, progress, response, intervention) => {
    expect(slaBreach(p1, now, progress)).toEqual({ response, intervention });
  });

  it('never flags a breach against an unknown now when nothing is recorded', () => {
    expect(slaBreach(p1, new Date('nope'))).toEqual({ response: false, intervention: false });
  });

  it('never throws, whatever the dates', () => {
    const anyDate = fc.date();
    fc.assert(
      fc.property(
        fc.constantFrom(...PRIORITIES),
        anyDate,
        anyDate,
        fc.option(anyDate, { nil: undefined }),
        fc.option(anyDate, { nil: undefined }),
        (priority, createdAt, now, respondedAt, resolvedAt) => {
          const breach = slaBreach(slaDeadlines(priority, createdAt), now, {
            respondedAt,
            resolvedAt,
          });
          expect(typeof breach.response).toBe('boolean');
          expect(typeof breach.intervention).toBe('boolean');
        },
      ),
    );
  });

  it('flags the response as breached no later than the intervention, when nothing is done', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRIORITIES),
        fc.integer({ min: 0, max: 400 * HOUR }),
        (priority, elapsed) => {
          const breach = slaBreach(
            slaDeadlines(priority, created),
            new Date(created.getTime() + elapsed),
          );
          expect(!breach.intervention || breach.response).toBe(true);
        },
      ),
    );
  });
});
