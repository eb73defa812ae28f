/**
 * The retailer's KPI arithmetic for GET /stats (docs/STATISTICS.md): the
 * reporting window, rates and targets. Pure: the SQL lives in stats.service.ts.
 */

export const DAY_MS = 86_400_000;
/** Without from/to, the last 30 days up to now. */
export const DEFAULT_WINDOW_DAYS = 30;
/** One year, leap day included: longer reports belong in the data warehouse. */
export const MAX_WINDOW_DAYS = 366;
/** A customer who opens another conversation within this time was not served at first contact. */
export const RETURN_WITHIN_DAYS = 7;

export interface ReportWindow {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

export interface WindowProblem {
  field: 'from' | 'to';
  message: string;
}

/**
 * Resolves ?from&to (ISO-8601, already format-checked) to a half-open window:
 * both missing → the last 30 days; one missing → 30 days on the other side.
 */
export function reportWindow(
  input: { from?: string; to?: string },
  now: Date,
): ReportWindow | WindowProblem {
  const span = DEFAULT_WINDOW_DAYS * DAY_MS;
  const from = input.from !== undefined ? new Date(input.from) : undefined;
  const to = input.to !== undefined ? new Date(input.to) : undefined;
  if (from && Number.isNaN(from.getTime())) return { field: 'from', message: 'from is not a date' };
  if (to && Number.isNaN(to.getTime())) return { field: 'to', message: 'to is not a date' };
  const end = to ?? (from ? new Date(from.getTime() + span) : now);
  const start = from ?? new Date(end.getTime() - span);
  if (end.getTime() < start.getTime())
    return { field: 'to', message: 'to must not be before from' };
  if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * DAY_MS) {
    return { field: 'to', message: `the window must not exceed ${MAX_WINDOW_DAYS} days` };
  }
  return { from: start, to: end };
}

export function isWindowProblem(value: ReportWindow | WindowProblem): value is WindowProblem {
  return 'field' in value;
}

/** numerator ÷ denominator, or null when there is nothing to divide (no data is not 0 %). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Every UTC calendar day the window touches, as YYYY-MM-DD, oldest first. */
export function utcDays(window: ReportWindow): string[] {
  const days: string[] = [];
  if (window.to.getTime() <= window.from.getTime()) return days;
  const first = Date.UTC(
    window.from.getUTCFullYear(),
    window.from.getUTCMonth(),
    window.from.getUTCDate(),
  );
  for (let day = first; day < window.to.getTime(); day += DAY_MS) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}

/** Counts per day with the days that had none. */
export function fillDays(
  window: ReportWindow,
  counts: ReadonlyMap<string, number>,
): { date: string; count: number }[] {
  return utcDays(window).map((date) => ({ date, count: counts.get(date) ?? 0 }));
}

export interface KpiTarget {
  target: number;
  /** Whether the value beats the target; null without data. */
  met: boolean | null;
}

/** The retailer's goals: first-contact resolution > 40 %, CSAT > 85 %, abandonment < 15 %. */
export const KPI_TARGETS = {
  firstContactResolution: { target: 0.4, better: 'higher' },
  csat: { target: 0.85, better: 'higher' },
  abandonment: { target: 0.15, better: 'lower' },
} as const;

export type KpiName = keyof typeof KPI_TARGETS;

export function targetFor(name: KpiName, value: number | null): KpiTarget {
  const { target, better } = KPI_TARGETS[name];
  if (value === null) return { target, met: null };
  return { target, met: better === 'higher' ? value > target : value < target };
}

/** Minutes with two decimals, as a dashboard shows them. */
export function roundMinutes(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
