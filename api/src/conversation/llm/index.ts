/** The language-model conversation engine, placed in front of the built-in one. */
export {
  DEFAULT_LLM_ENGINE_OPTIONS,
  LlmConversationEngine,
  type LlmCompleter,
  type LlmEngineOptions,
} from './llm-conversation-engine';
