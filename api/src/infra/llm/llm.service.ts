import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import CircuitBreaker from 'opossum';
import type { Counter, Gauge, Histogram } from 'prom-client';
import { AppConfig } from '../../config';
import {
  type LlmCompletion,
  type LlmFailureReason,
  LlmProvider,
  type LlmRequest,
  LlmUnavailableError,
  type LlmUsage,
} from './llm-provider';
import {
  LLM_CIRCUIT_METRIC,
  LLM_COST_METRIC,
  LLM_DURATION_METRIC,
  LLM_REQUESTS_METRIC,
  LLM_TOKENS_METRIC,
} from './llm-metrics';
import { type LlmUsageRecord, LlmUsageLedger } from './llm-usage-ledger';

export type LlmCircuitState = 'closed' | 'half_open' | 'open';

/** What /ready shows of the language model. */
export interface LlmState {
  enabled: boolean;
  /** 'openai', 'azure-openai', or 'none' when disabled. */
  provider: string;
  model?: string;
  vision: boolean;
  circuit: LlmCircuitState;
  /** The last call that reached the provider: did it answer? Undefined before the first. */
  lastCallOk?: boolean;
  lastFailure?: { reason: LlmFailureReason; at: Date };
}

export interface LlmMetrics {
  requests: Counter<string>;
  tokens: Counter<string>;
  cost: Counter<string>;
  duration: Histogram<string>;
  circuit: Gauge<string>;
}

type Action = (request: LlmRequest, onDelta?: (text: string) => void) => Promise<LlmCompletion>;

const CIRCUIT_GAUGE: Record<LlmCircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * What the application calls to use the language model. Wraps the configured provider with
 * budgets (per conversation, per UTC day), a circuit breaker, usage rows and metrics. Every
 * failure is an LlmUnavailableError: the caller answers with the built-in engine instead.
 */
@Injectable()
export class LlmService implements OnModuleDestroy {
  private readonly logger = new Logger('LlmService');
  private readonly breaker: CircuitBreaker<Parameters<Action>, LlmCompletion>;
  private readonly metrics: LlmMetrics;
  private lastCallOk: boolean | undefined;
  private lastFailure: LlmState['lastFailure'];

  constructor(
    private readonly provider: LlmProvider,
    private readonly config: AppConfig,
    private readonly ledger: LlmUsageLedger,
    @InjectMetric(LLM_REQUESTS_METRIC) requests: Counter<string>,
    @InjectMetric(LLM_TOKENS_METRIC) tokens: Counter<string>,
    @InjectMetric(LLM_COST_METRIC) cost: Counter<string>,
    @InjectMetric(LLM_DURATION_METRIC) duration: Histogram<string>,
    @InjectMetric(LLM_CIRCUIT_METRIC) circuit: Gauge<string>,
  ) {
    this.metrics = { requests, tokens, cost, duration, circuit };
    const { breaker } = config.llm;
    const action: Action = (request, onDelta) => provider.complete(request, onDelta);
    this.breaker = new CircuitBreaker(action, {
      name: 'llm',
      // The provider times out by itself (silence per attempt, bounded retries).
      timeout: false,
      errorThresholdPercentage: breaker.errorThresholdPercent,
      volumeThreshold: breaker.volumeThreshold,
      resetTimeout: breaker.resetTimeoutMs,
      rollingCountTimeout: 10_000,
      rollingCountBuckets: 10,
    });
    this.breaker.on('open', () => this.circuitChanged('open'));
    this.breaker.on('halfOpen', () => this.circuitChanged('half_open'));
    this.breaker.on('close', () => this.circuitChanged('closed'));
    circuit.set(0);
  }

  /** False without a configured provider: complete() then always fails with 'disabled'. */
  get enabled(): boolean {
    return this.provider.enabled;
  }

  /** Whether images may be sent (the configured model accepts them). */
  get vision(): boolean {
    return this.provider.enabled && this.provider.vision;
  }

  /**
   * One completion, its text streamed to `onDelta` as it comes. Refused without calling the
   * provider when disabled, over budget or while the circuit is open.
   * @throws LlmUnavailableError
   */
  async complete(request: LlmRequest, onDelta?: (text: string) => void): Promise<LlmCompletion> {
    if (!this.provider.enabled) throw new LlmUnavailableError('disabled');
    if (await this.overBudget(request.sessionId)) return this.refuse(request, 'budget_exhausted');
    const started = performance.now();
    let completion: LlmCompletion;
    try {
      completion = await this.breaker.fire(request, onDelta);
    } catch (err) {
      if ((err as { code?: unknown }).code === 'EOPENBREAKER')
        return this.refuse(request, 'circuit_open');
      const reason = err instanceof LlmUnavailableError ? err.reason : 'invalid_response';
      const latencyMs = Math.round(performance.now() - started);
      await this.failed(request, reason, latencyMs);
      // A fresh error: what the provider threw may carry details not meant for callers' logs.
      throw new LlmUnavailableError(reason);
    }
    const latencyMs = Math.round(performance.now() - started);
    await this.succeeded(request, completion, latencyMs);
    return completion;
  }

  state(): LlmState {
    return {
      enabled: this.provider.enabled,
      provider: this.provider.name,
      model: this.config.llm.openai?.model,
      vision: this.vision,
      circuit: this.circuitState(),
      lastCallOk: this.lastCallOk,
      lastFailure: this.lastFailure,
    };
  }

  /** The cost in euros of a call's tokens, at the configured prices. */
  costOf(usage: LlmUsage): number {
    const { inputEurPerMillionTokens, outputEurPerMillionTokens } = this.config.llm.pricing;
    const eur =
      (usage.promptTokens * inputEurPerMillionTokens +
        usage.completionTokens * outputEurPerMillionTokens) /
      1_000_000;
    // llm_usage.cost_eur keeps 6 decimals.
    return Math.round(eur * 1_000_000) / 1_000_000;
  }

  onModuleDestroy(): void {
    this.breaker.shutdown();
  }

  private circuitState(): LlmCircuitState {
    if (this.breaker.opened) return 'open';
    if (this.breaker.halfOpen) return 'half_open';
    return 'closed';
  }

  private circuitChanged(state: LlmCircuitState): void {
    this.metrics.circuit.set(CIRCUIT_GAUGE[state]);
    if (state === 'open')
      this.logger.warn('Language model circuit opened: the built-in engine answers');
    if (state === 'closed') this.logger.log('Language model circuit closed');
  }

  private async overBudget(sessionId: string | undefined): Promise<boolean> {
    const { perConversationEur, perDayEur } = this.config.llm.budget;
    try {
      const spent = await this.ledger.spending(sessionId);
      return (
        spent.todayEur >= perDayEur ||
        (sessionId !== undefined && spent.conversationEur >= perConversationEur)
      );
    } catch {
      // Without the ledger the budget cannot be checked: better the built-in engine than overspend.
      this.logger.warn('Language model budget unknown (usage table unreadable): call refused');
      return true;
    }
  }

  private async refuse(request: LlmRequest, reason: LlmFailureReason): Promise<never> {
    this.metrics.requests.inc({ outcome: 'fallback', reason });
    await this.record(request, { promptTokens: 0, completionTokens: 0 }, 'fallback', 0);
    throw new LlmUnavailableError(reason);
  }

  private async failed(
    request: LlmRequest,
    reason: LlmFailureReason,
    latencyMs: number,
  ): Promise<void> {
    this.lastCallOk = false;
    this.lastFailure = { reason, at: new Date() };
    this.metrics.requests.inc({ outcome: 'error', reason });
    this.metrics.duration.observe({ outcome: 'error' }, latencyMs / 1000);
    // Reason and latency only: never the prompt, the customer's words or the key.
    this.logger.warn(`Language model call failed: ${reason} after ${latencyMs} ms`);
    await this.record(request, { promptTokens: 0, completionTokens: 0 }, 'error', latencyMs);
  }

  private async succeeded(
    request: LlmRequest,
    completion: LlmCompletion,
    latencyMs: number,
  ): Promise<void> {
    this.lastCallOk = true;
    const cost = this.costOf(completion.usage);
    this.metrics.requests.inc({ outcome: 'ok', reason: 'none' });
    this.metrics.duration.observe({ outcome: 'ok' }, latencyMs / 1000);
    this.metrics.tokens.inc({ kind: 'prompt' }, completion.usage.promptTokens);
    this.metrics.tokens.inc({ kind: 'completion' }, completion.usage.completionTokens);
    this.metrics.cost.inc(cost);
    await this.record(request, completion.usage, 'ok', latencyMs, completion.model, cost);
  }

  private async record(
    request: LlmRequest,
    usage: LlmUsage,
    outcome: LlmUsageRecord['outcome'],
    latencyMs: number,
    model = this.config.llm.openai?.model ?? 'none',
    costEur = 0,
  ): Promise<void> {
    try {
      await this.ledger.record({
        sessionId: request.sessionId,
        provider: this.provider.name.slice(0, 32),
        model: model.slice(0, 100),
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
        costEur,
        outcome,
        latencyMs,
      });
    } catch {
      // Statistics lose one row; the customer still gets an answer.
      this.logger.warn(`Language model usage not recorded (${outcome})`);
    }
  }
}
