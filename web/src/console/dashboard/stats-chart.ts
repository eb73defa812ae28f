import {
  Component,
  DestroyRef,
  type ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import type { ChartConfiguration } from 'chart.js';

import { LocalFormat } from '../core/local-format';
import { I18n } from '../i18n/i18n';
import { ChartRenderer, type RenderedChart } from './chart-renderer';
import type { ChartModel } from './dashboard-charts';

/** Motion only for those who have not asked the system to reduce it. */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * One chart of the dashboard. The canvas is hidden from assistive technologies: the same figures
 * are in a table, visually hidden unless the agent asks to see it. Numbers and dates follow the
 * console's language, and the chart is redrawn in place when the data or the language change.
 */
@Component({
  selector: 'mdf-stats-chart',
  template: `
    @let current = model();
    <figure>
      <figcaption>
        <span class="title">{{ heading() }}</span>
        <button
          type="button"
          class="toggle"
          [attr.aria-pressed]="tableShown()"
          (click)="tableShown.set(!tableShown())"
        >
          {{ i18n.t('dashboard.chart.showTable') }}
        </button>
      </figcaption>
      @if (description(); as text) {
        <p class="description">{{ text }}</p>
      }
      <div class="canvas" [class.canvas--compact]="tableShown()">
        <canvas #canvas aria-hidden="true" [attr.data-testid]="testId()"></canvas>
      </div>
      <table [class.visually-hidden]="!tableShown()" [attr.data-testid]="testId() + '-table'">
        <caption>
          {{
            heading()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ current.categoryLabel }}</th>
            @for (series of current.series; track $index) {
              <th scope="col" class="numeric">{{ series.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (category of current.categories; track $index; let row = $index) {
            <tr>
              <th scope="row">{{ category }}</th>
              @for (series of current.series; track $index) {
                <td class="numeric">{{ format.integer(series.values[row] ?? 0) }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </figure>
  `,
  styleUrl: './stats-chart.css',
})
export class StatsChart {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(LocalFormat);
  private readonly renderer = inject(ChartRenderer);

  readonly testId = input.required<string>();
  readonly heading = input.required<string>();
  readonly description = input<string>('');
  readonly model = input.required<ChartModel>();

  protected readonly tableShown = signal(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: RenderedChart | null = null;

  /** Chart.js configuration of the model, in the current locale. */
  readonly config = computed<ChartConfiguration>(() => {
    const model = this.model();
    const valueAxis = model.horizontal ? 'x' : 'y';
    const categoryAxis = model.horizontal ? 'y' : 'x';
    return {
      type: model.kind,
      data: {
        labels: [...model.categories],
        datasets: model.series.map((series) => ({
          label: series.label,
          data: [...series.values],
          backgroundColor: typeof series.color === 'string' ? series.color : [...series.color],
          borderColor: typeof series.color === 'string' ? series.color : [...series.color],
          borderWidth: model.kind === 'line' ? 2 : 0,
          pointRadius: model.kind === 'line' ? 3 : undefined,
        })),
      },
      options: {
        locale: this.format.locale(),
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion() ? false : undefined,
        indexAxis: categoryAxis,
        plugins: {
          legend: { display: model.series.length > 1 },
        },
        scales: {
          [valueAxis]: { beginAtZero: true, ticks: { precision: 0 } },
          [categoryAxis]: { grid: { display: false } },
        },
      },
    };
  });

  constructor() {
    afterRenderEffect({
      write: () => {
        const config = this.config();
        const canvas = this.canvas().nativeElement;
        untracked(() => {
          if (this.chart) this.chart.update(config);
          else this.chart = this.renderer.render(canvas, config);
        });
      },
    });
    inject(DestroyRef).onDestroy(() => {
      this.chart?.destroy();
      this.chart = null;
    });
  }
}
