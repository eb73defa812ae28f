import { setTimeout as sleep } from 'node:timers/promises';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { loadConfig } from '../../config';
import {
  type LlmCompletion,
  type LlmFailureReason,
  LlmProvider,
  type LlmRequest,
  LlmUnavailableError,
} from './llm-provider';
import { DisabledLlmProvider } from './disabled-llm-provider';
import { LlmService } from './llm.service';
import type { LlmSpending, LlmUsageLedger, LlmUsageRecord } from './llm-usage-ledger';

const SESSION = '5f0c7a52-8a39-4b6e-9d7f-0a1b2c3d4e5f';

/** A provider whose next answers the test decides. */
class ScriptedProvider extends LlmProvider {
  readonly name = 'openai';
  readonly enabled = true;
  readonly vision = false;
  calls = 0;
  failWith: LlmFailureReason | undefined;
  usage = { promptTokens: 1_000, completionTokens: 500 };

  async complete(_request: LlmRequest, onDelta?: (text: string) => void): Promise<LlmCompletion> {
    this.calls++;
    if (this.failWith) throw new LlmUnavailableError(this.failWith);
    onDelta?.('Bonjour');
    return {
      text: 'Bonjour',
      toolCalls: [],
      usage: this.usage,
      model: 'gpt-test-2024',
      finishReason: 'stop',
    };
  }
}

/** llm_usage in memory: spending is the sum of the recorded costs. */
class MemoryLedger {
  rows: LlmUsageRecord[] = [];
  earlierToday = 0;

  async spending(sessionId: string | undefined): Promise<LlmSpending> {
    const sum = (rows: LlmUsageRecord[]) => rows.reduce((total, row) => total + row.costEur, 0);
    return {
      conversationEur: sum(this.rows.filter((r) => sessionId && r.sessionId === sessionId)),
      todayEur: this.earlierToday + sum(this.rows),
    };
  }

  async record(row: LlmUsageRecord): Promise<void> {
    this.rows.push(row);
  }
}

function serviceWith(provider: LlmProvider, env: Record<string, string> = {}) {
  const config = loadConfig({ OPENAI_API_KEY: 'sk-unit', OPENAI_MODEL: 'gpt-test', ...env });
  const registers = [new Registry()];
  const metrics = {
    requests: new Counter({ name: 'r', help: 'r', labelNames: ['outcome', 'reason'], registers }),
    tokens: new Counter({ name: 't', help: 't', labelNames: ['kind'], registers }),
    cost: new Counter({ name: 'c', help: 'c', registers }),
    duration: new Histogram({ name: 'd', help: 'd', labelNames: ['outcome'], registers }),
    circuit: new Gauge({ name: 'g', help: 'g', registers }),
  };
  const ledger = new MemoryLedger();
  const service = new LlmService(
    provider,
    config,
    ledger as unknown as LlmUsageLedger,
    metrics.requests,
    metrics.tokens,
    metrics.cost,
    metrics.duration,
    metrics.circuit,
  );
  return { service, ledger, metrics };
}

async function reasonOf(promise: Promise<unknown>): Promise<LlmFailureReason> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof LlmUnavailableError) return err.reason;
    throw err;
  }
  throw new Error('expected the call to fail');
}

async function value(metric: Counter<string> | Gauge<string>, labels: Record<string, string> = {}) {
  const { values } = await metric.get();
  return (
    values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0
  );
}

const chat = (sessionId?: string): LlmRequest => ({
  purpose: 'chat',
  sessionId,
  messages: [{ role: 'user', content: 'Mon canapé est abîmé' }],
});

describe('LlmService', () => {
  const services: LlmService[] = [];
  afterEach(() => services.splice(0).forEach((s) => s.onModuleDestroy()));
  const make = (provider: LlmProvider, env?: Record<string, string>) => {
    const made = serviceWith(provider, env);
    services.push(made.service);
    return made;
  };

  it('records tokens, cost at the configured prices, outcome and latency of a successful call', async () => {
    const provider = new ScriptedProvider();
    const { service, ledger, metrics } = make(provider, {
      LLM_PRICE_INPUT_EUR_PER_MTOK: '0.15',
      LLM_PRICE_OUTPUT_EUR_PER_MTOK: '0.60',
    });
    const deltas: string[] = [];
    const completion = await service.complete(chat(SESSION), (t) => deltas.push(t));
    expect(completion.text).toBe('Bonjour');
    expect(deltas).toEqual(['Bonjour']);
    // 1000 × 0.15 / 1e6 + 500 × 0.60 / 1e6 = 0.00015 + 0.0003
    expect(ledger.rows).toEqual([
      {
        sessionId: SESSION,
        provider: 'openai',
        model: 'gpt-test-2024',
        promptTokens: 1_000,
        completionTokens: 500,
        costEur: 0.00045,
        outcome: 'ok',
        latencyMs: expect.any(Number),
      },
    ]);
    expect(await value(metrics.requests, { outcome: 'ok' })).toBe(1);
    expect(await value(metrics.tokens, { kind: 'prompt' })).toBe(1_000);
    expect(await value(metrics.tokens, { kind: 'completion' })).toBe(500);
    expect(await value(metrics.cost)).toBeCloseTo(0.00045, 9);
    expect(service.state()).toMatchObject({ enabled: true, circuit: 'closed', lastCallOk: true });
  });

  it('rounds the cost to the 6 decimals llm_usage keeps', () => {
    const { service } = make(new ScriptedProvider(), {
      LLM_PRICE_INPUT_EUR_PER_MTOK: '2.5',
      LLM_PRICE_OUTPUT_EUR_PER_MTOK: '10',
    });
    expect(service.costOf({ promptTokens: 1, completionTokens: 1 })).toBe(0.000013);
    expect(service.costOf({ promptTokens: 1_000_000, completionTokens: 2_000_000 })).toBe(22.5);
    expect(service.costOf({ promptTokens: 0, completionTokens: 0 })).toBe(0);
  });

  it('records a failed call as an error with its reason and rethrows it', async () => {
    const provider = new ScriptedProvider();
    provider.failWith = 'server_error';
    const { service, ledger, metrics } = make(provider);
    expect(await reasonOf(service.complete(chat(SESSION)))).toBe('server_error');
    expect(ledger.rows).toMatchObject([
      { outcome: 'error', promptTokens: 0, completionTokens: 0, costEur: 0, sessionId: SESSION },
    ]);
    expect(await value(metrics.requests, { outcome: 'error', reason: 'server_error' })).toBe(1);
    expect(service.state()).toMatchObject({
      lastCallOk: false,
      lastFailure: { reason: 'server_error' },
    });
  });

  it('opens the circuit after the configured failures, then fails fast without calling', async () => {
    const provider = new ScriptedProvider();
    provider.failWith = 'timeout';
    const { service, ledger, metrics } = make(provider, {
      LLM_BREAKER_VOLUME: '3',
      LLM_BREAKER_ERROR_PERCENT: '50',
      LLM_BREAKER_RESET_MS: '60000',
    });
    for (let i = 0; i < 2; i++) expect(await reasonOf(service.complete(chat()))).toBe('timeout');
    expect(service.state().circuit).toBe('closed');
    expect(await reasonOf(service.complete(chat()))).toBe('timeout');
    expect(service.state().circuit).toBe('open');
    expect(await value(metrics.circuit)).toBe(2);

    provider.failWith = undefined;
    expect(await reasonOf(service.complete(chat()))).toBe('circuit_open');
    expect(provider.calls).toBe(3);
    expect(ledger.rows.at(-1)).toMatchObject({ outcome: 'fallback', latencyMs: 0 });
    expect(await value(metrics.requests, { outcome: 'fallback', reason: 'circuit_open' })).toBe(1);
  });

  it('closes the circuit after a successful half-open probe, and reopens on a failed one', async () => {
    const provider = new ScriptedProvider();
    provider.failWith = 'rate_limited';
    const { service, metrics } = make(provider, {
      LLM_BREAKER_VOLUME: '2',
      LLM_BREAKER_RESET_MS: '100',
    });
    await reasonOf(service.complete(chat()));
    await reasonOf(service.complete(chat()));
    expect(service.state().circuit).toBe('open');

    await sleep(150);
    expect(service.state().circuit).toBe('half_open');
    expect(await value(metrics.circuit)).toBe(1);
    expect(await reasonOf(service.complete(chat()))).toBe('rate_limited');
    expect(service.state().circuit).toBe('open');

    provider.failWith = undefined;
    await sleep(150);
    await expect(service.complete(chat())).resolves.toMatchObject({ text: 'Bonjour' });
    expect(service.state()).toMatchObject({ circuit: 'closed', lastCallOk: true });
    expect(await value(metrics.circuit)).toBe(0);
    expect(provider.calls).toBe(4);
  });

  it('refuses a call once the conversation has spent its budget, without calling', async () => {
    const provider = new ScriptedProvider();
    provider.usage = { promptTokens: 100_000, completionTokens: 50_000 }; // 0.045 €
    const { service, ledger, metrics } = make(provider, {
      LLM_BUDGET_PER_CONVERSATION_EUR: '0.05',
      LLM_BUDGET_PER_DAY_EUR: '20',
    });
    await service.complete(chat(SESSION));
    await service.complete(chat(SESSION)); // 0.045 < 0.05: allowed, now 0.09
    expect(await reasonOf(service.complete(chat(SESSION)))).toBe('budget_exhausted');
    expect(provider.calls).toBe(2);
    expect(ledger.rows.at(-1)).toMatchObject({
      outcome: 'fallback',
      sessionId: SESSION,
      costEur: 0,
    });
    expect(await value(metrics.requests, { outcome: 'fallback', reason: 'budget_exhausted' })).toBe(
      1,
    );
    // Another conversation still has its own budget.
    await expect(
      service.complete(chat('00000000-0000-4000-8000-000000000001')),
    ).resolves.toBeDefined();
  });

  it('refuses every call once the day has spent its budget', async () => {
    const provider = new ScriptedProvider();
    const { service, ledger } = make(provider, { LLM_BUDGET_PER_DAY_EUR: '20' });
    ledger.earlierToday = 20;
    expect(await reasonOf(service.complete(chat()))).toBe('budget_exhausted');
    expect(await reasonOf(service.complete(chat(SESSION)))).toBe('budget_exhausted');
    expect(provider.calls).toBe(0);
  });

  it('fails with disabled, records nothing, without a provider', async () => {
    const { service, ledger } = make(new DisabledLlmProvider());
    expect(await reasonOf(service.complete(chat(SESSION)))).toBe('disabled');
    expect(ledger.rows).toEqual([]);
    expect(service.enabled).toBe(false);
    expect(service.state()).toMatchObject({ enabled: false, provider: 'none', circuit: 'closed' });
  });
});
