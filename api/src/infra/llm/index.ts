export * from './llm-provider';
export type { OpenAiOptions } from './openai-llm-provider';
export { DisabledLlmProvider } from './disabled-llm-provider';
export { LlmService, type LlmState, type LlmCircuitState, type LlmMetrics } from './llm.service';
export {
  type ConversationAiUsage,
  LlmUsageLedger,
  type LlmUsageRecord,
  type LlmSpending,
} from './llm-usage-ledger';
export { LlmModule } from './llm.module';
