import {
  makeCounterProvider,
  makeGaugeProvider,
  makeHistogramProvider,
} from '@willsoto/nestjs-prometheus';

export const LLM_REQUESTS_METRIC = 'llm_requests_total';
export const LLM_TOKENS_METRIC = 'llm_tokens_total';
export const LLM_COST_METRIC = 'llm_cost_eur_total';
export const LLM_DURATION_METRIC = 'llm_request_duration_seconds';
export const LLM_CIRCUIT_METRIC = 'llm_circuit_state';

export const llmMetricProviders = [
  makeCounterProvider({
    name: LLM_REQUESTS_METRIC,
    help: 'Language-model calls by outcome (ok, error, fallback) and failure reason (none when ok)',
    labelNames: ['outcome', 'reason'],
  }),
  makeCounterProvider({
    name: LLM_TOKENS_METRIC,
    help: 'Language-model tokens used, by kind (prompt, completion)',
    labelNames: ['kind'],
  }),
  makeCounterProvider({
    name: LLM_COST_METRIC,
    help: 'Language-model spend in euros, from the configured prices per million tokens',
  }),
  makeHistogramProvider({
    name: LLM_DURATION_METRIC,
    help: 'Duration of language-model calls that reached the provider, by outcome',
    labelNames: ['outcome'],
    buckets: [0.25, 0.5, 1, 2, 4, 8, 15, 30, 60],
  }),
  makeGaugeProvider({
    name: LLM_CIRCUIT_METRIC,
    help: 'Circuit breaker of the language model: 0 closed, 1 half-open, 2 open',
  }),
];
