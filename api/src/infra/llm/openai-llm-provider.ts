import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AzureOpenAI,
} from 'openai';
import type {
  ChatCompletionChunk,
  ChatCompletionContentPart,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import {
  type LlmCompletion,
  type LlmFailureReason,
  type LlmMessage,
  LlmProvider,
  type LlmRequest,
  type LlmToolCall,
  LlmUnavailableError,
} from './llm-provider';

export interface OpenAiOptions {
  apiKey: string;
  baseUrl?: string;
  model: string;
  /** Set: Azure OpenAI (baseUrl is the resource endpoint, model the deployment). */
  azureApiVersion?: string;
  vision: boolean;
  /** Longest silence: before the response starts, or between two streamed chunks. */
  timeoutMs: number;
  /** Retries of a retryable failure, only while no text has been streamed yet. */
  maxRetries: number;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Longest pause between two attempts: a chat customer is waiting. */
const MAX_RETRY_DELAY_MS = 2_000;
const RETRYABLE: ReadonlySet<LlmFailureReason> = new Set([
  'timeout',
  'rate_limited',
  'server_error',
  'network',
]);

/** A failure of one attempt, with how long the provider asked us to wait before the next. */
class AttemptFailure extends LlmUnavailableError {
  constructor(
    reason: LlmFailureReason,
    detail: string,
    readonly retryAfterMs?: number,
  ) {
    super(reason, `Language model unavailable: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

/** The OpenAI chat completions API: OpenAI, Azure OpenAI or any compatible server. */
export class OpenAiLlmProvider extends LlmProvider {
  readonly name: string;
  readonly enabled = true;
  readonly vision: boolean;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiOptions) {
    super();
    this.vision = options.vision;
    // Explicit values everywhere: the SDK would otherwise read OPENAI_* variables itself.
    const common = {
      apiKey: options.apiKey,
      timeout: options.timeoutMs,
      // Retries are ours (bounded, never after text was streamed, capped Retry-After).
      maxRetries: 0,
      organization: null,
      project: null,
      // The SDK's own logger could print request details; ours logs reasons only.
      logLevel: 'off' as const,
    };
    if (options.azureApiVersion) {
      this.name = 'azure-openai';
      this.client = new AzureOpenAI({
        ...common,
        baseURL: azureBaseUrl(options.baseUrl ?? ''),
        apiVersion: options.azureApiVersion,
        deployment: options.model,
      });
    } else {
      this.name = 'openai';
      this.client = new OpenAI({ ...common, baseURL: options.baseUrl ?? DEFAULT_BASE_URL });
    }
  }

  async complete(request: LlmRequest, onDelta?: (text: string) => void): Promise<LlmCompletion> {
    let streamed = false;
    const emit = (text: string) => {
      streamed = true;
      onDelta?.(text);
    };
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(request, emit);
      } catch (err) {
        const failure = err instanceof AttemptFailure ? err : new AttemptFailure('network', '');
        const retryAfter = failure.retryAfterMs;
        const canRetry =
          attempt < this.options.maxRetries &&
          !streamed &&
          RETRYABLE.has(failure.reason) &&
          (retryAfter === undefined || retryAfter <= MAX_RETRY_DELAY_MS);
        if (!canRetry) throw new LlmUnavailableError(failure.reason, failure.message);
        await sleep(retryAfter ?? Math.min(250 * 2 ** attempt, MAX_RETRY_DELAY_MS));
      }
    }
  }

  private async attempt(request: LlmRequest, emit: (text: string) => void): Promise<LlmCompletion> {
    const controller = new AbortController();
    let timedOut = false;
    let idle: NodeJS.Timeout | undefined;
    const armIdleTimer = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, this.options.timeoutMs);
    };
    armIdleTimer();
    const result = new StreamedCompletion(this.options.model);
    try {
      const stream = await this.client.chat.completions.create(this.body(request), {
        signal: controller.signal,
      });
      for await (const chunk of stream) {
        armIdleTimer();
        const text = result.add(chunk);
        if (text) emit(text);
      }
      // An abort may end the iteration quietly instead of throwing.
      if (timedOut) throw new AttemptFailure('timeout', `no data for ${this.options.timeoutMs} ms`);
      return result.finish(request);
    } catch (err) {
      if (timedOut) throw new AttemptFailure('timeout', `no data for ${this.options.timeoutMs} ms`);
      throw toFailure(err);
    } finally {
      clearTimeout(idle);
      controller.abort();
    }
  }

  private body(request: LlmRequest): ChatCompletionCreateParamsStreaming {
    const tools: ChatCompletionTool[] | undefined = request.tools?.length
      ? request.tools.map((tool) => ({
          type: 'function',
          function: { name: tool.name, description: tool.description, parameters: tool.parameters },
        }))
      : undefined;
    return {
      model: this.options.model,
      messages: request.messages.map((message) => this.message(message)),
      stream: true,
      stream_options: { include_usage: true },
      ...(tools ? { tools } : {}),
      ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    };
  }

  private message(message: LlmMessage): ChatCompletionMessageParam {
    switch (message.role) {
      case 'system':
        return { role: 'system', content: message.content };
      case 'user': {
        const images = this.vision ? (message.images ?? []) : [];
        if (images.length === 0) return { role: 'user', content: message.content };
        const parts: ChatCompletionContentPart[] = [
          { type: 'text', text: message.content },
          ...images.map((image): ChatCompletionContentPart => ({
            type: 'image_url',
            image_url: { url: `data:${image.mimeType};base64,${image.data.toString('base64')}` },
          })),
        ];
        return { role: 'user', content: parts };
      }
      case 'assistant':
        return {
          role: 'assistant',
          content: message.content,
          ...(message.toolCalls?.length
            ? {
                tool_calls: message.toolCalls.map((call) => ({
                  id: call.id,
                  type: 'function' as const,
                  function: { name: call.name, arguments: call.arguments },
                })),
              }
            : {}),
        };
      case 'tool':
        return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    }
  }
}

/** Azure's base URL is the resource endpoint followed by /openai. */
function azureBaseUrl(endpoint: string): string {
  const trimmed = endpoint.replace(/\/+$/, '');
  return trimmed.endsWith('/openai') ? trimmed : `${trimmed}/openai`;
}

/** The pieces of a streamed completion, put back together. */
class StreamedCompletion {
  private text = '';
  private readonly toolCalls = new Map<number, { id?: string; name: string; arguments: string }>();
  private usage: { prompt_tokens?: number; completion_tokens?: number } | undefined;
  private finishReason: string | null = null;
  private model: string;

  constructor(configuredModel: string) {
    this.model = configuredModel;
  }

  /** Takes one chunk in; returns its text, if any. */
  add(chunk: ChatCompletionChunk): string {
    if (!chunk || typeof chunk !== 'object' || !Array.isArray(chunk.choices))
      throw new AttemptFailure('invalid_response', 'a chunk without choices');
    if (typeof chunk.model === 'string' && chunk.model) this.model = chunk.model;
    if (chunk.usage) this.usage = chunk.usage;
    let text = '';
    for (const choice of chunk.choices) {
      if (choice.index !== undefined && choice.index !== 0) continue;
      const delta = choice.delta ?? {};
      if (typeof delta.content === 'string') text += delta.content;
      for (const call of delta.tool_calls ?? []) {
        if (typeof call.index !== 'number')
          throw new AttemptFailure('invalid_response', 'a tool call without index');
        const known = this.toolCalls.get(call.index) ?? { name: '', arguments: '' };
        if (call.id) known.id = call.id;
        if (call.function?.name) known.name += call.function.name;
        if (call.function?.arguments) known.arguments += call.function.arguments;
        this.toolCalls.set(call.index, known);
      }
      if (choice.finish_reason) this.finishReason = choice.finish_reason;
    }
    this.text += text;
    return text;
  }

  finish(request: LlmRequest): LlmCompletion {
    const toolCalls: LlmToolCall[] = [...this.toolCalls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, call]) => {
        if (!call.name) throw new AttemptFailure('invalid_response', 'a tool call without name');
        return { id: call.id ?? `call_${index}`, name: call.name, arguments: call.arguments };
      });
    if (this.finishReason === null && !this.text && toolCalls.length === 0)
      throw new AttemptFailure('invalid_response', 'an empty answer');
    return {
      text: this.text,
      toolCalls,
      usage: {
        promptTokens: tokenCount(this.usage?.prompt_tokens) ?? estimatePromptTokens(request),
        completionTokens:
          tokenCount(this.usage?.completion_tokens) ??
          estimateTokens(this.text + toolCalls.map((c) => c.name + c.arguments).join('')),
      },
      model: this.model,
      finishReason: this.finishReason,
    };
  }
}

function tokenCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Servers that ignore stream_options send no usage: estimate (about 4 characters a token)
 * rather than count the call as free, so budgets still hold.
 */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function estimatePromptTokens(request: LlmRequest): number {
  return estimateTokens(
    request.messages.map((m) => m.content ?? '').join('') +
      (request.tools ?? [])
        .map((t) => t.name + t.description + JSON.stringify(t.parameters))
        .join(''),
  );
}

/** Maps what the SDK throws to a reason. Messages carry no body text: it could echo the key. */
function toFailure(err: unknown): AttemptFailure {
  if (err instanceof AttemptFailure) return err;
  if (err instanceof APIConnectionTimeoutError) return new AttemptFailure('timeout', '');
  if (err instanceof APIConnectionError) return new AttemptFailure('network', '');
  if (err instanceof APIError) {
    const { status, headers } = err as APIError<number | undefined, Headers | undefined>;
    if (status === 429)
      return new AttemptFailure('rate_limited', 'HTTP 429', retryAfterMs(headers));
    if (status !== undefined && status >= 500)
      return new AttemptFailure('server_error', `HTTP ${status}`, retryAfterMs(headers));
    if (status !== undefined) return new AttemptFailure('rejected', `HTTP ${status}`);
    // An error event inside the stream.
    return new AttemptFailure('server_error', 'error in the stream');
  }
  if (err instanceof SyntaxError) return new AttemptFailure('invalid_response', 'malformed JSON');
  if (err instanceof TypeError && /terminated|fetch failed|socket/i.test(err.message))
    return new AttemptFailure('network', 'connection lost');
  return new AttemptFailure('invalid_response', '');
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
