import { type DynamicModule, Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { makeHistogramProvider, PrometheusModule } from '@willsoto/nestjs-prometheus';
import { register } from 'prom-client';
import { HTTP_DURATION_METRIC } from './http-metrics';
import { MetricsController } from './metrics.controller';
import { MetricsAccessGuard } from './metrics-access.guard';

const httpDuration = makeHistogramProvider({
  name: HTTP_DURATION_METRIC,
  help: 'HTTP request duration in seconds, by method, route template and status code',
  labelNames: ['method', 'route', 'status_code'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
});

/** Prometheus metrics: process defaults plus the HTTP histogram; features add their own. */
@Global()
@Module({})
export class MetricsModule implements OnApplicationShutdown {
  static forRoot(): DynamicModule {
    // The registry is process-wide; a second application in one process (a CLI
    // command run beside a server, tests) starts from an empty one.
    register.clear();
    return {
      module: MetricsModule,
      imports: [
        PrometheusModule.register({
          path: '/metrics',
          controller: MetricsController,
          defaultMetrics: { enabled: true },
        }),
      ],
      providers: [httpDuration, MetricsAccessGuard],
      exports: [httpDuration],
    };
  }

  onApplicationShutdown(): void {
    // The registry is process-wide: empty it so a later app in the same process can register again.
    register.clear();
  }
}
