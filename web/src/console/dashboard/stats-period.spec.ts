import { DEFAULT_PERIOD, parsePeriod, periodWindow } from './stats-period';

describe('stats periods', () => {
  it('reads the period of the URL, the 30-day default otherwise', () => {
    expect(parsePeriod('today')).toBe('today');
    expect(parsePeriod('7d')).toBe('7d');
    expect(parsePeriod('30d')).toBe('30d');
    expect(parsePeriod(null)).toBe(DEFAULT_PERIOD);
    expect(parsePeriod('365d')).toBe('30d');
  });

  it.each([
    ['today', '2026-11-26T00:00:00.000Z'],
    ['7d', '2026-11-20T00:00:00.000Z'],
    ['30d', '2026-10-28T00:00:00.000Z'],
  ] as const)('covers whole UTC days up to now for %s', (period, from) => {
    const now = new Date('2026-11-26T09:30:00.000Z');
    expect(periodWindow(period, now)).toEqual({ from, to: '2026-11-26T09:30:00.000Z' });
  });
});
