/** Periods of the dashboard, kept in the URL as `?period=`. */
export const PERIODS = ['today', '7d', '30d'] as const;
export type StatsPeriod = (typeof PERIODS)[number];

/** The API's own default window is the last 30 days. */
export const DEFAULT_PERIOD: StatsPeriod = '30d';

const DAYS: Readonly<Record<StatsPeriod, number>> = { today: 1, '7d': 7, '30d': 30 };

export function parsePeriod(value: string | null): StatsPeriod {
  return PERIODS.find((period) => period === value) ?? DEFAULT_PERIOD;
}

/**
 * The `[from, to)` window of a period: whole UTC days up to now, today included. The API counts
 * conversations per UTC day, so a window starting at UTC midnight never shows a sliver of a day.
 */
export function periodWindow(period: StatsPeriod, now: Date): { from: string; to: string } {
  const from = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate() - (DAYS[period] - 1),
  );
  return { from: new Date(from).toISOString(), to: now.toISOString() };
}
