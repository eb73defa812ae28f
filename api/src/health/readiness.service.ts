import { type BeforeApplicationShutdown, Injectable, Optional } from '@nestjs/common';
import {
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { VirusScanner } from '../infra/antivirus/virus-scanner';
import { LlmService } from '../infra/llm/llm.service';
import { FileStorage } from '../infra/storage/file-storage';
import { KeyValueStore } from '../infra/store';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * What /ready reports. The database is required (down → 503); Redis, file
 * storage, the virus scanner and the language model are optional: when one fails
 * the instance is degraded but keeps serving (chat works with the built-in engine;
 * uploads wait or stay unscanned).
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
    @Optional() private readonly storage?: FileStorage,
    @Optional() private readonly scanner?: VirusScanner,
    @Optional() private readonly llm?: LlmService,
  ) {}

  beforeApplicationShutdown(): void {
    // Load balancers stop sending new requests while in-flight ones finish.
    this.shuttingDown = true;
  }

  async check(): Promise<HealthCheckResult> {
    if (this.shuttingDown) return { status: 'shutting_down', details: {} };
    try {
      return await this.health.check([
        () => this.database(),
        () => this.redis(),
        () => this.fileStorage(),
        () => this.antivirus(),
        () => this.languageModel(),
      ]);
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

  private redis(): Promise<HealthIndicatorResult> {
    if (this.store.kind === 'memory')
      return Promise.resolve(this.indicators.check('redis').up({ mode: 'memory' }));
    return this.optional('redis', 'redis', () => this.store.ping(), 'Redis is unreachable');
  }

  private fileStorage(): Promise<HealthIndicatorResult> {
    const storage = this.storage;
    if (!storage) return Promise.resolve({});
    return this.optional(
      'storage',
      storage.kind,
      () => storage.ping(),
      'File storage is unreachable: uploads are refused',
    );
  }

  private antivirus(): Promise<HealthIndicatorResult> {
    const scanner = this.scanner;
    if (!scanner) return Promise.resolve({});
    if (scanner.kind === 'none') {
      return Promise.resolve(
        this.indicators.check('antivirus').up({
          mode: 'none',
          message: 'No virus scanner (CLAMAV_HOST): uploads are stored unscanned',
        }),
      );
    }
    return this.optional(
      'antivirus',
      scanner.kind,
      () => scanner.ping(),
      'ClamAV is unreachable: uploads wait unscanned and are not shown to customers',
    );
  }

  /**
   * From the calls already made, never a call of its own (each costs money): degraded while
   * the circuit is not closed or when the last call failed, up again after a call succeeds.
   */
  private async languageModel(): Promise<HealthIndicatorResult> {
    const llm = this.llm;
    if (!llm) return {};
    const session = this.indicators.check('llm');
    const state = llm.state();
    if (!state.enabled) {
      return session.up({
        mode: 'none',
        message: 'No language model (OPENAI_API_KEY): the built-in engine answers alone',
      });
    }
    const details = { mode: state.provider, model: state.model, circuit: state.circuit };
    if (state.circuit !== 'closed' || state.lastCallOk === false) {
      return session.degraded({
        ...details,
        ...(state.lastFailure ? { reason: state.lastFailure.reason } : {}),
        message:
          state.circuit === 'closed'
            ? 'The last language-model call failed: the built-in engine answers meanwhile'
            : 'The language model is paused after repeated failures: the built-in engine answers',
      });
    }
    return session.up(details);
  }

  /** Up with its latency, or degraded (never down: the instance keeps serving without it). */
  private async optional(
    name: string,
    mode: string,
    ping: () => Promise<void>,
    whenDown: string,
  ): Promise<HealthIndicatorResult> {
    const session = this.indicators.check(name);
    const started = performance.now();
    try {
      await Promise.race([
        ping(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref(),
        ),
      ]);
      return session.up({ mode, latencyMs: Math.round(performance.now() - started) });
    } catch {
      return session.degraded({ mode, message: whenDown });
    }
  }
}
