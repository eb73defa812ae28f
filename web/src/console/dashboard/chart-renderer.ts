import { Service } from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

/** A chart drawn on a canvas, updated in place and destroyed with its component. */
export interface RenderedChart {
  update(config: ChartConfiguration): void;
  destroy(): void;
}

let registered = false;

/**
 * Draws charts with Chart.js. Only the pieces the dashboard uses are registered, so the rest of the
 * library is tree-shaken; the dashboard is a lazy route, so none of it weighs on the first load.
 */
@Service()
export class ChartRenderer {
  render(canvas: HTMLCanvasElement, config: ChartConfiguration): RenderedChart {
    if (!registered) {
      Chart.register(
        BarController,
        BarElement,
        LineController,
        LineElement,
        PointElement,
        CategoryScale,
        LinearScale,
        Tooltip,
        Legend,
      );
      registered = true;
    }
    const chart = new Chart(canvas, config);
    return {
      update: (next) => {
        chart.data = next.data;
        chart.options = next.options ?? {};
        chart.update();
      },
      destroy: () => chart.destroy(),
    };
  }
}
