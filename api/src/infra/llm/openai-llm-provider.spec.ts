import { once } from 'node:events';
import { createServer } from 'node:net';
import { startFakeOpenAi, type FakeOpenAi } from '../../../test/support/fake-openai';
import { type LlmRequest, LlmUnavailableError } from './llm-provider';
import { OpenAiLlmProvider, type OpenAiOptions } from './openai-llm-provider';

const KEY = 'sk-test-provider-key-0123456789';

const ask = (text: string, extra: Partial<LlmRequest> = {}): LlmRequest => ({
  purpose: 'chat',
  messages: [
    { role: 'system', content: 'Tu es l’assistant SAV.' },
    { role: 'user', content: text },
  ],
  ...extra,
});

async function failureOf(promise: Promise<unknown>): Promise<LlmUnavailableError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(LlmUnavailableError);
    return err as LlmUnavailableError;
  }
  throw new Error('expected the call to fail');
}

describe('OpenAiLlmProvider', () => {
  let fake: FakeOpenAi;
  const provider = (options: Partial<OpenAiOptions> = {}) =>
    new OpenAiLlmProvider({
      apiKey: KEY,
      baseUrl: `${fake.url}/v1`,
      model: 'gpt-test',
      vision: false,
      timeoutMs: 2_000,
      maxRetries: 0,
      ...options,
    });

  beforeEach(async () => {
    fake = await startFakeOpenAi();
  });
  afterEach(async () => fake.close());

  it('streams text deltas in order before resolving, with the usage of the final chunk', async () => {
    fake.script({
      text: ['Bonjour', ', ', 'comment ', 'puis-je aider ?'],
      delayBetweenMs: 10,
      usage: { prompt_tokens: 42, completion_tokens: 7 },
    });
    const deltas: string[] = [];
    let resolved = false;
    const completion = await provider().complete(ask('Salut'), (text) => {
      expect(resolved).toBe(false);
      deltas.push(text);
    });
    resolved = true;
    expect(deltas).toEqual(['Bonjour', ', ', 'comment ', 'puis-je aider ?']);
    expect(completion).toMatchObject({
      text: 'Bonjour, comment puis-je aider ?',
      toolCalls: [],
      usage: { promptTokens: 42, completionTokens: 7 },
      model: 'gpt-test',
      finishReason: 'stop',
    });
    const [request] = fake.requests;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request.body).toMatchObject({
      model: 'gpt-test',
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(request.body.messages).toEqual([
      { role: 'system', content: 'Tu es l’assistant SAV.' },
      { role: 'user', content: 'Salut' },
    ]);
  });

  it('assembles tool calls by index, arguments split across chunks, malformed ones left raw', async () => {
    fake.script({
      toolCalls: [
        {
          name: 'find_order',
          arguments: '{"orderNumber":"CMD-2024-001","email":"a@b.fr"}',
          pieces: 4,
        },
        { name: 'open_ticket', arguments: '{"category": "livraison",', id: 'call_x' },
      ],
    });
    const completion = await provider().complete(
      ask('Ma commande ?', {
        tools: [
          {
            name: 'find_order',
            description: 'Finds an order',
            parameters: { type: 'object', properties: { orderNumber: { type: 'string' } } },
          },
        ],
      }),
    );
    expect(completion.finishReason).toBe('tool_calls');
    expect(completion.toolCalls).toEqual([
      {
        id: 'call_fake_0',
        name: 'find_order',
        arguments: '{"orderNumber":"CMD-2024-001","email":"a@b.fr"}',
      },
      { id: 'call_x', name: 'open_ticket', arguments: '{"category": "livraison",' },
    ]);
    expect(fake.requests[0].body.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'find_order',
          description: 'Finds an order',
          parameters: { type: 'object', properties: { orderNumber: { type: 'string' } } },
        },
      },
    ]);
  });

  it('sends earlier tool calls and their results back in the conversation', async () => {
    fake.script({ text: 'Votre commande est livrée.' });
    await provider().complete({
      purpose: 'chat',
      messages: [
        { role: 'user', content: 'Ma commande ?' },
        {
          role: 'assistant',
          content: null,
          toolCalls: [{ id: 'call_1', name: 'find_order', arguments: '{"n":"1"}' }],
        },
        { role: 'tool', toolCallId: 'call_1', content: '{"status":"delivered"}' },
      ],
    });
    expect(fake.requests[0].body.messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'find_order', arguments: '{"n":"1"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"status":"delivered"}' },
    ]);
  });

  it('sends images as data URLs to a vision model, and leaves them out otherwise', async () => {
    const photo = { mimeType: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff, 0x01]) };
    const request = ask('', {
      purpose: 'vision',
      messages: [{ role: 'user', content: 'Que voyez-vous ?', images: [photo] }],
    });
    await provider({ vision: true }).complete(request);
    await provider({ vision: false }).complete(request);
    expect(fake.requests[0].body.messages[0].content).toEqual([
      { type: 'text', text: 'Que voyez-vous ?' },
      { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,/9j/AQ==' } },
    ]);
    expect(fake.requests[1].body.messages[0].content).toBe('Que voyez-vous ?');
  });

  it('maps 429 to rate_limited, without retrying when Retry-After is longer than it may wait', async () => {
    fake.script({ status: 429, retryAfter: '30' }, { text: 'trop tard' });
    const failure = await failureOf(provider({ maxRetries: 3 }).complete(ask('x')));
    expect(failure.reason).toBe('rate_limited');
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a 500 within the configured bound, then answers', async () => {
    fake.script({ status: 500 }, { text: 'Me revoilà' });
    const completion = await provider({ maxRetries: 1 }).complete(ask('x'));
    expect(completion.text).toBe('Me revoilà');
    expect(fake.requests).toHaveLength(2);
  });

  it('maps 500 to server_error once the retries are used up', async () => {
    fake.script({ status: 500 }, { status: 503 }, { text: 'never asked' });
    const failure = await failureOf(provider({ maxRetries: 1 }).complete(ask('x')));
    expect(failure.reason).toBe('server_error');
    expect(fake.requests).toHaveLength(2);
  });

  it('maps a 401 to rejected and keeps the key out of the error', async () => {
    fake.script({
      status: 401,
      body: {
        error: { message: `Incorrect API key provided: ${KEY}`, type: 'invalid_request_error' },
      },
    });
    const failure = await failureOf(provider({ maxRetries: 2 }).complete(ask('x')));
    expect(failure.reason).toBe('rejected');
    expect(fake.requests).toHaveLength(1);
    expect(
      `${failure.message} ${JSON.stringify(failure.cause ?? null)} ${failure.stack}`,
    ).not.toContain(KEY);
  });

  it('times out when the server never answers', async () => {
    fake.script({ hang: true });
    const failure = await failureOf(provider({ timeoutMs: 200 }).complete(ask('x')));
    expect(failure.reason).toBe('timeout');
  });

  it('times out when the stream stalls, and never retries once text was streamed', async () => {
    fake.script({ text: ['Début', ' et la suite'], delayBetweenMs: 2_000 }, { text: 'retry' });
    const deltas: string[] = [];
    const failure = await failureOf(
      provider({ timeoutMs: 200, maxRetries: 2 }).complete(ask('x'), (t) => deltas.push(t)),
    );
    expect(failure.reason).toBe('timeout');
    expect(deltas).toEqual(['Début']);
    expect(fake.requests).toHaveLength(1);
  });

  it('maps malformed stream data to invalid_response', async () => {
    fake.script({ rawSse: ['{"id":"x","choices":[{"index":0,"delta":{"content":"a"'] });
    expect((await failureOf(provider().complete(ask('x')))).reason).toBe('invalid_response');
    fake.script({ rawSse: ['{"id":"x","object":"chat.completion.chunk"}', '[DONE]'] });
    expect((await failureOf(provider().complete(ask('x')))).reason).toBe('invalid_response');
  });

  it('maps a refused connection to network', async () => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const failure = await failureOf(
      provider({ baseUrl: `http://127.0.0.1:${port}/v1` }).complete(ask('x')),
    );
    expect(failure.reason).toBe('network');
  });

  it('estimates the usage when the server sends none', async () => {
    fake.script({ text: 'abcdefgh', usage: null });
    const completion = await provider().complete(ask('12345678'));
    expect(completion.usage.completionTokens).toBe(2);
    expect(completion.usage.promptTokens).toBeGreaterThan(0);
  });

  it('speaks Azure OpenAI when an API version is set: deployment path, api-version, api-key', async () => {
    fake.script({ text: 'Azure répond' });
    const azure = provider({
      baseUrl: fake.url,
      model: 'sav-deployment',
      azureApiVersion: '2024-10-21',
    });
    expect(azure.name).toBe('azure-openai');
    await expect(azure.complete(ask('x'))).resolves.toMatchObject({ text: 'Azure répond' });
    const [request] = fake.requests;
    expect(request.path).toBe(
      '/openai/deployments/sav-deployment/chat/completions?api-version=2024-10-21',
    );
    expect(request.headers['api-key']).toBe(KEY);
  });
});
