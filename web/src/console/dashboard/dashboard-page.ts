import { Component, computed, inject, linkedSignal, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';

import { ProblemAlert } from '../admin/shared/problem-alert';
import { ApiClient, type Schemas } from '../core/api-client';
import { LocalFormat } from '../core/local-format';
import { problemOf, unwrap } from '../core/problem';
import { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import {
  type ChartModel,
  aiCallsChart,
  conversationsChart,
  priorityChart,
  statusChart,
} from './dashboard-charts';
import { PERIODS, type StatsPeriod, parsePeriod, periodWindow } from './stats-period';
import { StatsChart } from './stats-chart';

type Stats = Schemas['StatsView'];
type KpiTarget = Schemas['KpiTargetView'];

/** One figure of the dashboard; `value` null means "no data yet" (not zero). */
export interface Kpi {
  readonly id: string;
  readonly label: string;
  readonly value: string | null;
  readonly detail: string;
  readonly target?: { readonly text: string; readonly met: boolean | null };
}

interface DashboardCharts {
  readonly priority: ChartModel;
  readonly status: ChartModel;
  readonly conversations: ChartModel;
  readonly ai: ChartModel;
}

const PERIOD_LABELS: Readonly<Record<StatsPeriod, MessageKey>> = {
  today: 'dashboard.period.today',
  '7d': 'dashboard.period.7d',
  '30d': 'dashboard.period.30d',
};

@Component({
  selector: 'mdf-dashboard-page',
  imports: [ProblemAlert, StatsChart],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.css',
})
export class DashboardPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(LocalFormat);
  private readonly api = inject(ApiClient).api;
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly periods = PERIODS;
  protected readonly period = toSignal(
    this.route.queryParamMap.pipe(map((params) => parsePeriod(params.get('period')))),
    { requireSync: true },
  );

  /** Re-queried whenever the period changes; the window ends now. */
  protected readonly stats = resource({
    params: () => ({ period: this.period() }),
    loader: ({ params, abortSignal }) =>
      unwrap(
        this.api.GET('/api/v1/stats', {
          params: { query: periodWindow(params.period, new Date()) },
          signal: abortSignal,
        }),
      ),
  });

  /** The figures shown: while another period loads, the previous ones stay (marked busy). */
  protected readonly data = linkedSignal<{ value: Stats | null; loading: boolean }, Stats | null>({
    source: () => ({
      value: this.stats.hasValue() ? this.stats.value() : null,
      loading: this.stats.isLoading(),
    }),
    computation: (current, previous) =>
      current.value ?? (current.loading ? (previous?.value ?? null) : null),
  });
  protected readonly problem = computed(() => {
    const error = this.stats.error();
    return error ? problemOf(error) : null;
  });

  protected readonly kpis = computed(() => {
    const stats = this.data();
    return stats ? this.buildKpis(stats) : [];
  });

  protected readonly charts = computed<DashboardCharts | null>(() => {
    const stats = this.data();
    if (!stats) return null;
    const t = this.i18n.t.bind(this.i18n);
    return {
      priority: priorityChart(stats, t),
      status: statusChart(stats, t),
      conversations: conversationsChart(stats, t, (day) => this.format.day(day)),
      ai: aiCallsChart(stats, t),
    };
  });

  protected periodLabel(period: StatsPeriod): string {
    return this.i18n.t(PERIOD_LABELS[period]);
  }

  protected selectPeriod(period: StatsPeriod): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { period },
      queryParamsHandling: 'merge',
    });
  }

  /** The button stays focusable while loading (aria-disabled), so extra clicks are ignored here. */
  protected refresh(): void {
    if (!this.stats.isLoading()) this.stats.reload();
  }

  private rate(value: number | null): string | null {
    return value === null ? null : this.format.percent(value);
  }

  private duration(minutes: number | null): string | null {
    if (minutes === null) return null;
    if (minutes < 60)
      return this.i18n.t('dashboard.minutes', { value: this.format.decimal(minutes) });
    const total = Math.round(minutes);
    return this.i18n.t('dashboard.hours', {
      hours: this.format.integer(Math.floor(total / 60)),
      minutes: this.format.integer(total % 60),
    });
  }

  private target(kpi: KpiTarget, above: boolean): Kpi['target'] {
    const goal = this.format.percent(kpi.target);
    return {
      text: this.i18n.t(above ? 'dashboard.target.above' : 'dashboard.target.below', { goal }),
      met: kpi.met,
    };
  }

  private buildKpis(stats: Stats): Kpi[] {
    const t = this.i18n.t.bind(this.i18n);
    const n = (value: number) => this.format.integer(value);
    const { sla, csat, ai, targets } = stats;
    return [
      {
        id: 'open',
        label: t('dashboard.kpi.open'),
        value: n(stats.tickets.open.total),
        detail: t('dashboard.kpi.openDetail'),
      },
      {
        id: 'sla',
        label: t('dashboard.kpi.sla'),
        value: this.rate(sla.complianceRate),
        detail: t('dashboard.kpi.slaDetail', { measured: n(sla.measured) }),
      },
      {
        id: 'breaches',
        label: t('dashboard.kpi.breaches'),
        value: n(sla.responseBreaches + sla.interventionBreaches),
        detail: t('dashboard.kpi.breachesDetail', {
          response: n(sla.responseBreaches),
          intervention: n(sla.interventionBreaches),
        }),
      },
      {
        id: 'auto-resolution',
        label: t('dashboard.kpi.autoResolution'),
        value: this.rate(stats.autoResolutionRate),
        detail: t('dashboard.kpi.autoResolutionDetail', {
          created: n(stats.tickets.created.total),
        }),
      },
      {
        id: 'first-contact',
        label: t('dashboard.kpi.firstContact'),
        value: this.rate(stats.firstContactResolutionRate),
        detail: t('dashboard.kpi.firstContactDetail'),
        target: this.target(targets.firstContactResolution, true),
      },
      {
        id: 'csat',
        label: t('dashboard.kpi.csat'),
        value: this.rate(csat.rate),
        detail:
          csat.averageScore === null
            ? t('dashboard.kpi.csatNoRating')
            : t('dashboard.kpi.csatDetail', {
                average: this.format.decimal(csat.averageScore),
                ratings: n(csat.ratings),
              }),
        target: this.target(targets.csat, true),
      },
      {
        id: 'abandonment',
        label: t('dashboard.kpi.abandonment'),
        value: this.rate(stats.abandonmentRate),
        detail: t('dashboard.kpi.abandonmentDetail'),
        target: this.target(targets.abandonment, false),
      },
      {
        id: 'first-response',
        label: t('dashboard.kpi.firstResponse'),
        value: this.duration(stats.medianFirstResponseMinutes),
        detail:
          stats.p90FirstResponseMinutes === null
            ? t('dashboard.kpi.firstResponseDetailNone')
            : t('dashboard.kpi.firstResponseDetail', {
                p90: this.duration(stats.p90FirstResponseMinutes) ?? '',
              }),
      },
      {
        id: 'ai-cost',
        label: t('dashboard.kpi.aiCost'),
        value: this.format.euros(ai.costEur),
        detail: t('dashboard.kpi.aiCostDetail', {
          calls: n(ai.calls),
          tokens: n(ai.promptTokens + ai.completionTokens),
        }),
      },
    ];
  }
}
