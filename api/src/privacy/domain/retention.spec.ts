import fc from 'fast-check';
import { FINISHED_TICKET_STATUSES, transcriptCutoff } from './retention';

const DAY = 86_400_000;
const NOW = new Date('2026-11-30T03:00:00.000Z');

describe('transcriptCutoff', () => {
  it.each([
    [365, '2025-11-30T03:00:00.000Z'],
    [30, '2026-10-31T03:00:00.000Z'],
    [1, '2026-11-29T03:00:00.000Z'],
  ])('keeps %i days of transcripts: cutoff %s', (days, cutoff) => {
    expect(transcriptCutoff(NOW, days)?.toISOString()).toBe(cutoff);
  });

  it.each([0, -1, Number.NaN])('keeps transcripts for ever with %p days', (days) => {
    expect(transcriptCutoff(NOW, days)).toBeNull();
  });

  it('is exactly that many whole days before now, never after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 36_500 }),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2200-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d, now) => {
          const cutoff = transcriptCutoff(now, d);
          expect(cutoff?.getTime()).toBe(now.getTime() - d * DAY);
          expect(cutoff!.getTime()).toBeLessThan(now.getTime());
        },
      ),
    );
  });
});

describe('FINISHED_TICKET_STATUSES', () => {
  it('are the final statuses only: a resolved claim may still be contested', () => {
    expect([...FINISHED_TICKET_STATUSES].sort()).toEqual(['cancelled', 'closed']);
  });
});
