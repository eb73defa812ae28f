/** Service-level deadlines (spec section 2): hours from ticket creation, per priority. */
import type { PriorityLevel, SlaHours } from './types';

export const SLA_HOURS: Readonly<Record<PriorityLevel, SlaHours>> = {
  P0: { responseHours: 4, interventionHours: 24 },
  P1: { responseHours: 24, interventionHours: 48 },
  P2: { responseHours: 120, interventionHours: 168 },
  P3: { responseHours: 168, interventionHours: 336 },
};

export interface SlaDeadlines {
  responseDueAt: Date;
  interventionDueAt: Date;
}

export interface SlaBreach {
  response: boolean;
  intervention: boolean;
}

const MS_PER_HOUR = 3_600_000;

/** An invalid `createdAt` gives invalid deadlines, which are never reported as breached. */
export function slaDeadlines(priority: PriorityLevel, createdAt: Date): SlaDeadlines {
  const hours = SLA_HOURS[priority] ?? SLA_HOURS.P3;
  const start = createdAt instanceof Date ? createdAt.getTime() : Number.NaN;
  return {
    responseDueAt: new Date(start + hours.responseHours * MS_PER_HOUR),
    interventionDueAt: new Date(start + hours.interventionHours * MS_PER_HOUR),
  };
}

const timeOf = (date: Date | undefined): number | undefined => {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  return Number.isFinite(time) ? time : undefined;
};

/**
 * A deadline is breached when the step happened after it, or has not happened and `now` is
 * past it. Exactly at the deadline is still in time. Unknown (invalid) times never breach.
 * The intervention deadline is met by `resolvedAt`.
 */
function breached(dueAt: Date, now: Date, doneAt: Date | undefined): boolean {
  const due = timeOf(dueAt);
  const at = timeOf(doneAt) ?? timeOf(now);
  return due !== undefined && at !== undefined && at > due;
}

export function slaBreach(
  deadlines: SlaDeadlines,
  now: Date,
  progress: { respondedAt?: Date; resolvedAt?: Date } = {},
): SlaBreach {
  return {
    response: breached(deadlines.responseDueAt, now, progress.respondedAt),
    intervention: breached(deadlines.interventionDueAt, now, progress.resolvedAt),
  };
}
