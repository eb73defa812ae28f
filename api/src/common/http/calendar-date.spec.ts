import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsCalendarDate, isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it.each(['2026-05-02', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-12-31'])(
    'takes the calendar day %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
      expect(isCalendarDate(value, true)).toBe(true);
    },
  );

  it.each([
    ['a day that does not exist', '2025-02-29'],
    ['February 29th of a century year', '1900-02-29'],
    ['a 31st in a month of 30 days', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'],
    ['day 0', '2026-05-00'],
    ['year 0', '0000-01-01'],
    ['a week date', '2026-W05-3'],
    ['an ordinal date', '2026-123'],
    ['the basic format', '20260502'],
    ['a month alone', '2026-05'],
    ['an expanded year', '+002026-05-02'],
    ['a slash', '2026/05/02'],
    ['one-digit month and day', '2026-5-2'],
    ['a space before', ' 2026-05-02'],
    ['a new line after', '2026-05-02\n'],
    ['Arabic-Indic digits', '٢٠٢٦-٠٥-٠٢'],
    ['an empty string', ''],
  ])('refuses %s (%j)', (_why, value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(isCalendarDate(value, true)).toBe(false);
  });

  it.each([20260502, null, undefined, new Date('2026-05-02'), ['2026-05-02'], { d: 1 }])(
    'refuses what is not a string (%p)',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
      expect(isCalendarDate(value, true)).toBe(false);
    },
  );

  it.each([
    '2026-05-02T10:00',
    '2026-05-02 10:00',
    '2026-05-02T10:00:59',
    '2026-05-02T23:59:59.123Z',
    '2026-05-02T10:00:00+02:00',
    '2026-05-02T10:00:00-0530',
    '2026-05-02T00:00:00.000000001Z',
  ])('takes a date followed by a time (%s) only where a time is allowed', (value) => {
    expect(isCalendarDate(value, true)).toBe(true);
    expect(isCalendarDate(value)).toBe(false);
  });

  it.each([
    '2026-05-02T24:00',
    '2026-05-02T10:60',
    '2026-05-02T10',
    '2026-05-02_10:00',
    '2026-05-02T10:00:00+24:00',
    '2026-05-02T10:00:00ZZ',
    '2025-02-29T10:00:00Z',
  ])('refuses a date-time that is not one (%s)', (value) => {
    expect(isCalendarDate(value, true)).toBe(false);
  });
});

describe('@IsCalendarDate', () => {
  class Dates {
    @IsCalendarDate() day!: string;
    @IsCalendarDate({ time: true }) moment!: string;
  }
  const errors = (plain: object) =>
    validateSync(plainToInstance(Dates, plain)).map((e) => [e.property, e.constraints]);

  it('passes valid values and names the expected form in its messages', () => {
    expect(errors({ day: '2026-05-02', moment: '2026-05-02T10:00:00Z' })).toEqual([]);
    expect(errors({ day: '2026-W05-3', moment: '2026-123' })).toEqual([
      ['day', { isCalendarDate: 'day must be a date YYYY-MM-DD' }],
      [
        'moment',
        { isCalendarDate: 'moment must be a date YYYY-MM-DD, optionally followed by a time' },
      ],
    ]);
  });
});
