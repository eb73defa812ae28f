import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import {
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { KeyValueStore } from '../infra/store';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * What /ready reports. The database is required (down → 503); Redis is
 * optional: when it fails the instance is degraded but keeps serving.
 */
@Injectable()
export class ReadinessService implements BeforeApplicationShutdown {
  private shuttingDown = false;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly store: KeyValueStore,
    private readonly config: AppConfig,
  ) {}

  beforeApplicationShutdown(): void {
    // Load balancers stop sending new requests while in-flight ones finish.
    this.shuttingDown = true;
  }

  async check(): Promise<HealthCheckResult> {
    if (this.shuttingDown) return { status: 'shutting_down', details: {} };
    try {
      return await this.health.check([() => this.database(), () => this.redis()]);
    } catch (err) {
      if (err instanceof ServiceUnavailableException) return err.getResponse() as HealthCheckResult;
      throw err;
    }
  }

  private async database(): Promise<HealthIndicatorResult> {
    const mode = this.config.database.url ? 'external' : 'embedded';
    const started = performance.now();
    const result = await this.indicators
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
        return { mode, latencyMs: Math.round(performance.now() - started) };
      })
      .withTimeout(CHECK_TIMEOUT_MS);
    return result;
  }

  private async redis(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('redis');
    if (this.store.kind === 'memory') return session.up({ mode: 'memory' });
    const started = performance.now();
    try {
      await Promise.race([
        this.store.ping(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref(),
        ),
      ]);
      return session.up({ mode: 'redis', latencyMs: Math.round(performance.now() - started) });
    } catch {
      return session.degraded({ mode: 'redis', message: 'Redis is unreachable' });
    }
  }
}
