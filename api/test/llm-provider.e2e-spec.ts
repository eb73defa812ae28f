import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type LlmRequest, LlmService, LlmUnavailableError } from '../src/infra/llm';
import { openChat } from './support/chat';
import { type FakeOpenAi, startFakeOpenAi } from './support/fake-openai';
import { startTestApp, type TestApp } from './support/test-app';

/** Distinctive, so any trace of it in the logs is found. */
const API_KEY = 'sk-e2e-do-not-log-7f3a9c1b5d2e8f4a6b0c';
const CUSTOMER_WORDS = 'Le pied de ma table basse Oslo est cassé';

describe('language model provider (against a local OpenAI-compatible server)', () => {
  let fake: FakeOpenAi;
  let t: TestApp;
  let llm: LlmService;

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    t = await startTestApp({
      env: {
        OPENAI_API_KEY: API_KEY,
        OPENAI_BASE_URL: `${fake.url}/v1`,
        OPENAI_MODEL: 'gpt-fake',
        OPENAI_TIMEOUT_MS: '300',
        OPENAI_MAX_RETRIES: '0',
        LLM_BREAKER_VOLUME: '5',
        LLM_BREAKER_ERROR_PERCENT: '50',
        LLM_BREAKER_RESET_MS: '500',
      },
    });
    llm = t.app.get(LlmService);
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const ask = (sessionId?: string): LlmRequest => ({
    purpose: 'chat',
    sessionId,
    messages: [
      { role: 'system', content: 'Tu es l’assistant SAV de Meuble de France.' },
      { role: 'user', content: CUSTOMER_WORDS },
    ],
  });

  async function reasonOf(call: Promise<unknown>): Promise<string> {
    try {
      await call;
    } catch (err) {
      if (err instanceof LlmUnavailableError) return err.reason;
      throw err;
    }
    return 'answered';
  }

  const ready = async () => {
    const res = await request(t.app.getHttpServer()).get('/ready').expect(200);
    return res.body as { status: string; details: Record<string, Record<string, unknown>> };
  };

  it('reports the language model up before any call', async () => {
    const body = await ready();
    expect(body.details.llm).toMatchObject({
      status: 'up',
      mode: 'openai',
      model: 'gpt-fake',
      circuit: 'closed',
    });
  });

  it('streams the deltas in order before the completion resolves, and records the usage', async () => {
    const chat = await openChat(t);
    const before = fake.requests.length;
    fake.script({
      text: ['Je suis ', 'désolé ', 'pour votre ', 'table.'],
      delayBetweenMs: 20,
      usage: { prompt_tokens: 1_200, completion_tokens: 300 },
    });
    const events: string[] = [];
    const completion = await llm.complete(ask(chat.sessionId), (text) =>
      events.push(`delta:${text}`),
    );
    events.push('resolved');
    expect(events).toEqual([
      'delta:Je suis ',
      'delta:désolé ',
      'delta:pour votre ',
      'delta:table.',
      'resolved',
    ]);
    expect(completion).toMatchObject({
      text: 'Je suis désolé pour votre table.',
      usage: { promptTokens: 1_200, completionTokens: 300 },
      finishReason: 'stop',
    });
    const sent = fake.requests[before];
    expect(sent.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent.body.messages.at(-1)).toEqual({ role: 'user', content: CUSTOMER_WORDS });

    const rows = await t.app
      .get(DataSource)
      .query<Record<string, unknown>[]>(
        'SELECT provider, model, prompt_tokens, completion_tokens, cost_eur, outcome, latency_ms FROM llm_usage WHERE session_id = $1',
        [chat.sessionId],
      );
    // 1200 × 0.15 / 1e6 + 300 × 0.60 / 1e6 = 0.00018 + 0.00018
    expect(rows).toEqual([
      {
        provider: 'openai',
        model: 'gpt-fake',
        prompt_tokens: 1_200,
        completion_tokens: 300,
        cost_eur: '0.000360',
        outcome: 'ok',
        latency_ms: expect.any(Number),
      },
    ]);
  });

  it('assembles tool calls streamed in pieces, malformed arguments kept raw for the caller', async () => {
    fake.script({
      toolCalls: [
        { name: 'verify_order', arguments: '{"orderNumber":"CMD-2025-00042"}', pieces: 5 },
        { name: 'open_claim', arguments: '{"category":"casse"', pieces: 2 },
      ],
    });
    const completion = await llm.complete({
      ...ask(),
      tools: [
        { name: 'verify_order', description: 'Checks an order', parameters: { type: 'object' } },
        { name: 'open_claim', description: 'Opens a claim', parameters: { type: 'object' } },
      ],
    });
    expect(completion.finishReason).toBe('tool_calls');
    expect(completion.toolCalls.map(({ name, arguments: args }) => ({ name, args }))).toEqual([
      { name: 'verify_order', args: '{"orderNumber":"CMD-2025-00042"}' },
      { name: 'open_claim', args: '{"category":"casse"' },
    ]);
    expect(fake.requests.at(-1)?.body.tools?.map((tool) => tool.function.name)).toEqual([
      'verify_order',
      'open_claim',
    ]);
  });

  it('maps 429, 500, a timeout and a malformed stream to their reasons', async () => {
    // A success after each failure keeps the breaker closed (50 % is not above the threshold).
    const cases: [Parameters<FakeOpenAi['script']>[0], string][] = [
      [{ status: 429, retryAfter: '1' }, 'rate_limited'],
      [{ status: 500 }, 'server_error'],
      [{ hang: true }, 'timeout'],
      [{ text: ['Bonjour'], delayBetweenMs: 0, delayFirstMs: 1_000 }, 'timeout'],
      [{ rawSse: ['{"choices":[{"delta":{"content":"a"}'] }, 'invalid_response'],
    ];
    for (const [answer, reason] of cases) {
      fake.script(answer, { text: 'ok' });
      expect(await reasonOf(llm.complete(ask()))).toBe(reason);
      await expect(llm.complete(ask())).resolves.toMatchObject({ text: 'ok' });
    }
    const outcomes = await t.app
      .get(DataSource)
      .query<{ outcome: string; n: number }[]>(
        "SELECT outcome, count(*)::int AS n FROM llm_usage WHERE outcome = 'error' GROUP BY outcome",
      );
    expect(outcomes).toEqual([{ outcome: 'error', n: cases.length }]);
  });

  it('shows the language model degraded on /ready after failures, and up again after recovery', async () => {
    fake.setDefault(() => ({ status: 503 }));
    let reason = '';
    for (let i = 0; i < 20 && reason !== 'circuit_open'; i++)
      reason = await reasonOf(llm.complete(ask()));
    expect(reason).toBe('circuit_open');
    const down = await ready();
    expect(down.status).toBe('degraded');
    expect(down.details.llm).toMatchObject({
      status: 'degraded',
      mode: 'openai',
      circuit: 'open',
      reason: 'server_error',
    });
    expect(down.details.database).toMatchObject({ status: 'up' });

    fake.setDefault(() => ({ text: 'De retour' }));
    // After LLM_BREAKER_RESET_MS one probe goes through; until then calls fail fast.
    let answer = '';
    for (let i = 0; i < 50 && !answer; i++) {
      answer = await llm.complete(ask()).then(
        (c) => c.text,
        () => '',
      );
      if (!answer) await sleep(100);
    }
    expect(answer).toBe('De retour');
    const up = await ready();
    expect(up.details.llm).toMatchObject({ status: 'up', circuit: 'closed' });
  });

  it('exposes calls, tokens, cost and the circuit state as metrics', async () => {
    const res = await request(t.app.getHttpServer()).get('/metrics').expect(200);
    expect(res.text).toMatch(/llm_requests_total\{outcome="ok",reason="none"\} [1-9]/);
    expect(res.text).toMatch(
      /llm_requests_total\{outcome="fallback",reason="circuit_open"\} [1-9]/,
    );
    expect(res.text).toMatch(/llm_tokens_total\{kind="prompt"\} [1-9]/);
    expect(res.text).toMatch(/llm_cost_eur_total [0-9.e-]+/);
    expect(res.text).toMatch(/llm_request_duration_seconds_count\{outcome="error"\} [1-9]/);
    expect(res.text).toMatch(/llm_circuit_state 0/);
  });

  it('never logs the API key nor what the customer wrote, but logs why calls failed', () => {
    expect(t.logs.text).toContain('Language model call failed: timeout');
    expect(t.logs.text).not.toContain(API_KEY);
    expect(t.logs.text).not.toContain(CUSTOMER_WORDS);
  });
});
