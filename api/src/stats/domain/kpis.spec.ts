import fc from 'fast-check';
import {
  DAY_MS,
  fillDays,
  isWindowProblem,
  type ReportWindow,
  rate,
  reportWindow,
  targetFor,
  utcDays,
} from './kpis';

const NOW = new Date('2026-11-30T15:00:00.000Z');

describe('report window', () => {
  it('defaults to the last 30 days up to now', () => {
    expect(reportWindow({}, NOW)).toEqual({ from: new Date(NOW.getTime() - 30 * DAY_MS), to: NOW });
  });

  it('takes 30 days after from, or before to, when only one is given', () => {
    expect(reportWindow({ from: '2026-01-01' }, NOW)).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-01-31T00:00:00Z'),
    });
    expect(reportWindow({ to: '2026-01-31T00:00:00Z' }, NOW)).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-01-31T00:00:00Z'),
    });
  });

  it('accepts an empty window and exactly 366 days', () => {
    expect(isWindowProblem(reportWindow({ from: '2026-03-01', to: '2026-03-01' }, NOW))).toBe(
      false,
    );
    expect(isWindowProblem(reportWindow({ from: '2024-01-01', to: '2025-01-01' }, NOW))).toBe(
      false,
    );
  });

  it('refuses to before from and windows over 366 days', () => {
    expect(reportWindow({ from: '2026-03-02', to: '2026-03-01' }, NOW)).toEqual({
      field: 'to',
      message: 'to must not be before from',
    });
    expect(reportWindow({ from: '2024-01-01', to: '2025-01-02' }, NOW)).toMatchObject({
      field: 'to',
    });
  });
});

describe('rates and targets', () => {
  it('is null without a denominator, never NaN', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(1, 4)).toBe(0.25);
  });

  it.each([
    ['firstContactResolution', 0.41, true],
    ['firstContactResolution', 0.4, false],
    ['csat', 0.86, true],
    ['csat', 0.85, false],
    ['abandonment', 0.14, true],
    ['abandonment', 0.15, false],
    ['csat', null, null],
  ] as const)('%s at %s → met %s', (name, value, met) => {
    expect(targetFor(name, value).met).toBe(met);
  });

  it('keeps every rate between 0 and 1', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const r = rate(Math.min(a, b), Math.max(a, b));
        return r === null || (r >= 0 && r <= 1);
      }),
    );
  });
});

describe('conversations per day', () => {
  const window = (from: string, to: string): ReportWindow => ({
    from: new Date(from),
    to: new Date(to),
  });

  it('lists every UTC day the window touches, the last one only if it starts before to', () => {
    expect(utcDays(window('2026-03-01T10:00:00Z', '2026-03-03T00:00:00Z'))).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(utcDays(window('2026-03-01T00:00:00Z', '2026-03-03T00:00:01Z'))).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
    expect(utcDays(window('2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z'))).toEqual([]);
  });

  it('fills the days without conversations with zero', () => {
    const counts = new Map([['2026-03-02', 4]]);
    expect(fillDays(window('2026-03-01', '2026-03-04'), counts)).toEqual([
      { date: '2026-03-01', count: 0 },
      { date: '2026-03-02', count: 4 },
      { date: '2026-03-03', count: 0 },
    ]);
  });

  it('has one entry per day of any window up to a year, in order', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 366 * DAY_MS }),
        (from, span) => {
          const days = utcDays({ from, to: new Date(from.getTime() + span) });
          const sorted = [...days].sort();
          return (
            days.length >= Math.ceil(span / DAY_MS) &&
            days.length <= Math.ceil(span / DAY_MS) + 1 &&
            days.every((d, i) => d === sorted[i]) &&
            new Set(days).size === days.length
          );
        },
      ),
    );
  });
});
