import { ConfigValidationError, loadConfig } from '../../config';

describe('language model configuration', () => {
  it('is disabled without OPENAI_API_KEY, with the documented defaults', () => {
    const { llm } = loadConfig({});
    expect(llm.openai).toBeUndefined();
    expect(llm).toEqual({
      breaker: { errorThresholdPercent: 50, volumeThreshold: 5, resetTimeoutMs: 30_000 },
      pricing: { inputEurPerMillionTokens: 0.15, outputEurPerMillionTokens: 0.6 },
      budget: { perConversationEur: 0.05, perDayEur: 20 },
    });
  });

  it('reads an OpenAI-compatible server', () => {
    const { llm } = loadConfig({
      OPENAI_API_KEY: 'sk-x',
      OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1/',
      OPENAI_MODEL: 'mistralai/Mistral-7B-Instruct-v0.3',
      OPENAI_VISION: 'true',
      OPENAI_TIMEOUT_MS: '5000',
      OPENAI_MAX_RETRIES: '0',
      LLM_PRICE_INPUT_EUR_PER_MTOK: '0',
    });
    expect(llm.openai).toEqual({
      apiKey: 'sk-x',
      baseUrl: 'http://127.0.0.1:8000/v1',
      model: 'mistralai/Mistral-7B-Instruct-v0.3',
      azureApiVersion: undefined,
      vision: true,
      timeoutMs: 5000,
      maxRetries: 0,
    });
    expect(llm.pricing.inputEurPerMillionTokens).toBe(0);
  });

  it('needs the resource endpoint for Azure OpenAI, and refuses bad numbers without echoing values', () => {
    expect(() =>
      loadConfig({ OPENAI_API_KEY: 'sk-secret-value', OPENAI_API_VERSION: '2024-10-21' }),
    ).toThrow(/OPENAI_BASE_URL: is required with OPENAI_API_VERSION/);
    let error: unknown;
    try {
      loadConfig({
        OPENAI_MAX_RETRIES: '9',
        LLM_BUDGET_PER_DAY_EUR: '-1',
        OPENAI_API_KEY: 'sk-secret-value',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as ConfigValidationError).problems.map((p) => p.variable).sort()).toEqual([
      'LLM_BUDGET_PER_DAY_EUR',
      'OPENAI_MAX_RETRIES',
    ]);
    expect((error as Error).message).not.toContain('sk-secret-value');
  });
});
