import { type LlmCompletion, LlmProvider, LlmUnavailableError } from './llm-provider';

/** The embedded default without OPENAI_API_KEY: every call fails fast, the built-in engine answers. */
export class DisabledLlmProvider extends LlmProvider {
  readonly name = 'none';
  readonly enabled = false;
  readonly vision = false;

  complete(): Promise<LlmCompletion> {
    return Promise.reject(new LlmUnavailableError('disabled'));
  }
}
