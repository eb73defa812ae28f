/**
 * The language-model port: one chat completion with tools, its text streamed
 * as it comes. One adapter speaks the OpenAI API (OpenAI, Azure OpenAI or any
 * compatible server); when none is configured the port is disabled and the
 * built-in conversation engine answers alone.
 */

/** A JSON Schema object describing a tool's arguments. */
export type JsonSchema = Record<string, unknown>;

export interface LlmTool {
  name: string;
  description: string;
  parameters: JsonSchema;
}

export interface LlmToolCall {
  id: string;
  name: string;
  /** The raw JSON text the model produced: validate before use, it may be malformed. */
  arguments: string;
}

export type LlmMessage =
  | { role: 'system' | 'user'; content: string; images?: LlmImage[] }
  | { role: 'assistant'; content: string | null; toolCalls?: LlmToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

/** A picture sent to a vision model, as bytes (never a URL the model would fetch). */
export interface LlmImage {
  mimeType: string;
  data: Buffer;
}

export interface LlmRequest {
  /** What the call is for, in metrics and usage records. */
  purpose: 'chat' | 'vision';
  /** The conversation it serves, for usage records and the per-conversation budget. */
  sessionId?: string;
  messages: LlmMessage[];
  tools?: LlmTool[];
  maxTokens?: number;
  temperature?: number;
}

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface LlmCompletion {
  text: string;
  toolCalls: LlmToolCall[];
  usage: LlmUsage;
  model: string;
  finishReason: string | null;
}

/** Why a call did not answer; every case ends in the built-in engine answering. */
export type LlmFailureReason =
  | 'disabled'
  | 'circuit_open'
  | 'budget_exhausted'
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'invalid_response'
  | 'network'
  /** The provider refused the request (4xx other than 429: bad key, unknown model, too long). */
  | 'rejected';

export class LlmUnavailableError extends Error {
  constructor(
    readonly reason: LlmFailureReason,
    message = `Language model unavailable: ${reason}`,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmUnavailableError';
  }
}

export abstract class LlmProvider {
  /** 'openai' for the OpenAI-compatible adapter, 'none' when disabled. */
  abstract readonly name: string;
  abstract readonly enabled: boolean;
  /** Whether the configured model accepts images. */
  abstract readonly vision: boolean;
  /**
   * One completion. Text deltas go to `onDelta` as they arrive (before the
   * call ends); tool calls come whole in the result. Fails with LlmUnavailableError.
   */
  abstract complete(request: LlmRequest, onDelta?: (text: string) => void): Promise<LlmCompletion>;
}
