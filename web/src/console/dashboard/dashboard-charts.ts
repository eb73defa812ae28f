import type { Schemas } from '../core/api-client';
import type { MessageKey } from '../i18n/messages';

type Stats = Schemas['StatsView'];
type TicketStatus = Schemas['TicketStatus'];
type Priority = Schemas['PriorityLevel'];

/** One series of a chart: a value per category, one colour or one per category. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly color: string | readonly string[];
}

/** What a chart shows, in words already translated; drawn by Chart.js and listed in a table. */
export interface ChartModel {
  readonly kind: 'bar' | 'line';
  /** Bars along the vertical axis, for long category names. */
  readonly horizontal?: boolean;
  readonly categoryLabel: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

export const PRIORITIES: readonly Priority[] = ['P0', 'P1', 'P2', 'P3'];

/** Red for the most urgent to grey for the least; every colour is at least 4.5:1 on white. */
export const PRIORITY_COLORS: Readonly<Record<Priority, string>> = {
  P0: '#b42318',
  P1: '#b54708',
  P2: '#1f4e8c',
  P3: '#5b6472',
};

const PRIMARY = '#1f4e8c';
const WARNING = '#8a6100';
const DANGER = '#842029';

const STATUS_LABELS: Readonly<Record<TicketStatus, MessageKey>> = {
  new: 'dashboard.status.new',
  problem_analysis: 'dashboard.status.problem_analysis',
  warranty_check: 'dashboard.status.warranty_check',
  evidence_collection: 'dashboard.status.evidence_collection',
  priority_assessment: 'dashboard.status.priority_assessment',
  decision_pending: 'dashboard.status.decision_pending',
  auto_resolved: 'dashboard.status.auto_resolved',
  escalated_to_human: 'dashboard.status.escalated_to_human',
  awaiting_technician: 'dashboard.status.awaiting_technician',
  in_progress: 'dashboard.status.in_progress',
  resolved: 'dashboard.status.resolved',
  closed: 'dashboard.status.closed',
  cancelled: 'dashboard.status.cancelled',
};

function statusLabel(status: string, t: Translate): string {
  return Object.hasOwn(STATUS_LABELS, status) ? t(STATUS_LABELS[status as TicketStatus]) : status;
}

export function priorityChart(stats: Stats, t: Translate): ChartModel {
  const byPriority = stats.tickets.open.byPriority;
  return {
    kind: 'bar',
    categoryLabel: t('dashboard.chart.priority.category'),
    categories: PRIORITIES.map((p) => t(`dashboard.priority.${p}`)),
    series: [
      {
        label: t('dashboard.chart.openTickets'),
        values: PRIORITIES.map((p) => byPriority[p] ?? 0),
        color: PRIORITIES.map((p) => PRIORITY_COLORS[p]),
      },
    ],
  };
}

export function statusChart(stats: Stats, t: Translate): ChartModel {
  const entries = Object.entries(stats.tickets.open.byStatus);
  return {
    kind: 'bar',
    horizontal: true,
    categoryLabel: t('dashboard.chart.status.category'),
    categories: entries.map(([status]) => statusLabel(status, t)),
    series: [
      {
        label: t('dashboard.chart.openTickets'),
        values: entries.map(([, count]) => count),
        color: PRIMARY,
      },
    ],
  };
}

export function conversationsChart(
  stats: Stats,
  t: Translate,
  day: (isoDay: string) => string,
): ChartModel {
  return {
    kind: 'line',
    categoryLabel: t('dashboard.chart.conversations.category'),
    categories: stats.conversationsPerDay.map((entry) => day(entry.date)),
    series: [
      {
        label: t('dashboard.chart.conversations.series'),
        values: stats.conversationsPerDay.map((entry) => entry.count),
        color: PRIMARY,
      },
    ],
  };
}

/** Every model call ends one way: answered by the model, by the embedded fallback, or failed. */
export function aiCallsChart(stats: Stats, t: Translate): ChartModel {
  const { calls, fallbacks, errors } = stats.ai;
  return {
    kind: 'bar',
    categoryLabel: t('dashboard.chart.ai.category'),
    categories: [
      t('dashboard.chart.ai.model'),
      t('dashboard.chart.ai.fallback'),
      t('dashboard.chart.ai.error'),
    ],
    series: [
      {
        label: t('dashboard.chart.ai.series'),
        values: [Math.max(calls - fallbacks - errors, 0), fallbacks, errors],
        color: [PRIMARY, WARNING, DANGER],
      },
    ],
  };
}
