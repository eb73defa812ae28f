import type { TicketStatus } from '../../sav';

const DAY_MS = 86_400_000;

/**
 * Claims whose work is over for good. `resolved` and `auto_resolved` are not:
 * the customer may still contest and the ticket go back to a person
 * (../shared/spec/sav-domain.md §7, api/src/sav/domain/lifecycle.ts), so the
 * conversation that holds their evidence stays.
 */
export const FINISHED_TICKET_STATUSES: readonly TicketStatus[] = ['closed', 'cancelled'];

/**
 * Conversations last active before this instant lose their transcript (when
 * nothing still needs it); null when transcripts are kept (0 days).
 */
export function transcriptCutoff(now: Date, retentionDays: number): Date | null {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return null;
  return new Date(now.getTime() - Math.floor(retentionDays) * DAY_MS);
}
