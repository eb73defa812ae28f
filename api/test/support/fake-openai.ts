import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A local OpenAI-compatible chat completions server for tests: no test calls the internet.
 * Each request takes the next scripted answer, or the default answerer when none is queued.
 */

export interface FakeToolCall {
  name: string;
  /** Sent as is: may be malformed JSON on purpose. */
  arguments: string;
  id?: string;
  /** Streamed in this many pieces of the arguments (default 1). */
  pieces?: number;
}

export type FakeAnswer =
  | {
      /** Text, or the chunks to stream it in (in this order). */
      text?: string | string[];
      toolCalls?: FakeToolCall[];
      /** Delay before the first chunk / the non-streamed body, ms. */
      delayFirstMs?: number;
      /** Delay before each streamed chunk after the first text chunk, ms. */
      delayBetweenMs?: number;
      usage?: { prompt_tokens: number; completion_tokens: number } | null;
      finishReason?: string;
      model?: string;
    }
  | { status: number; retryAfter?: string; body?: unknown }
  /** Accepts the request and never answers (until the client gives up or the server closes). */
  | { hang: true }
  /** Sends these raw SSE data lines (e.g. malformed JSON), then ends the stream. */
  | { rawSse: string[] };

/** The body of a chat completions request, as received. */
export interface FakeRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: {
    model: string;
    stream?: boolean;
    messages: { role: string; content: unknown; tool_calls?: unknown; tool_call_id?: string }[];
    tools?: {
      type: string;
      function: { name: string; description?: string; parameters?: unknown };
    }[];
    [key: string]: unknown;
  };
}

export type DefaultAnswerer = (request: FakeRequest) => FakeAnswer;

export interface FakeOpenAi {
  /** Base URL without /v1 (append /v1 for an OpenAI-style base URL; both paths are served). */
  url: string;
  /** Every chat completions request received, in order. */
  requests: FakeRequest[];
  /** Queues answers, taken one per request. */
  script: (...answers: FakeAnswer[]) => void;
  setDefault: (answerer: DefaultAnswerer) => void;
  /** Scripted answers not yet used. */
  pending: () => number;
  /** Streamed answers started and not yet finished. */
  streaming: () => number;
  close: () => Promise<void>;
}

const PATHS = new Set(['/v1/chat/completions', '/chat/completions']);

/** Echoes the last user message, so an unscripted call still gets a plausible answer. */
const echo: DefaultAnswerer = (request) => {
  const last = [...request.body.messages].reverse().find((m) => m.role === 'user');
  const content = typeof last?.content === 'string' ? last.content : 'image';
  return { text: `Vous avez dit : ${content}` };
};

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const queue: FakeAnswer[] = [];
  let open = 0;
  const requests: FakeRequest[] = [];
  const sockets = new Set<Socket>();
  let answerer = echo;

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://fake').pathname.replace(
      /^\/openai\/deployments\/[^/]+/,
      '',
    );
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !PATHS.has(path)) {
      return json(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
    }
    let body: FakeRequest['body'];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeRequest['body'];
    } catch {
      return json(res, 400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
    }
    const request: FakeRequest = { path: req.url ?? path, headers: req.headers, body };
    requests.push(request);
    const answer = queue.shift() ?? answerer(request);

    if ('hang' in answer) return; // the socket stays open until the client aborts or close()
    if ('status' in answer) {
      res.statusCode = answer.status;
      if (answer.retryAfter !== undefined) res.setHeader('retry-after', answer.retryAfter);
      return json(
        res,
        answer.status,
        answer.body ?? {
          error: { message: `scripted ${answer.status}`, type: 'server_error', code: null },
        },
      );
    }
    if ('rawSse' in answer) {
      startSse(res);
      for (const line of answer.rawSse) res.write(`data: ${line}\n\n`);
      return void res.end();
    }
    const model = answer.model ?? body.model;
    const pieces = typeof answer.text === 'string' ? [answer.text] : (answer.text ?? []);
    const usage =
      answer.usage === null
        ? undefined
        : (answer.usage ?? {
            prompt_tokens: JSON.stringify(body.messages).length,
            completion_tokens: pieces.join('').length,
          });
    const finishReason = answer.finishReason ?? (answer.toolCalls?.length ? 'tool_calls' : 'stop');
    if (answer.delayFirstMs) await pause(answer.delayFirstMs);

    if (!body.stream) {
      return json(res, 200, {
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: pieces.length ? pieces.join('') : null,
              ...(answer.toolCalls?.length
                ? {
                    tool_calls: answer.toolCalls.map((call, i) => ({
                      id: call.id ?? `call_fake_${i}`,
                      type: 'function',
                      function: { name: call.name, arguments: call.arguments },
                    })),
                  }
                : {}),
            },
            finish_reason: finishReason,
          },
        ],
        ...(usage
          ? { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }
          : {}),
      });
    }

    startSse(res);
    open++;
    res.once('close', () => open--);
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
      id: 'chatcmpl-fake',
      object: 'chat.completion.chunk',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, delta, finish_reason: finish }],
    });
    const send = async (data: unknown, delayed: boolean) => {
      if (delayed && answer.delayBetweenMs) await pause(answer.delayBetweenMs);
      if (res.destroyed) throw new Error('client gone');
      res.write(`data: ${JSON.stringify(data)}\n\n`);
    };
    await send(chunk({ role: 'assistant', content: '' }), false);
    for (const [i, piece] of pieces.entries()) await send(chunk({ content: piece }), i > 0);
    for (const [index, call] of (answer.toolCalls ?? []).entries()) {
      const parts = splitInto(call.arguments, call.pieces ?? 1);
      await send(
        chunk({
          tool_calls: [
            {
              index,
              id: call.id ?? `call_fake_${index}`,
              type: 'function',
              function: { name: call.name, arguments: parts[0] },
            },
          ],
        }),
        pieces.length > 0 || index > 0,
      );
      for (const part of parts.slice(1))
        await send(chunk({ tool_calls: [{ index, function: { arguments: part } }] }), true);
    }
    await send(chunk({}, finishReason), true);
    if (usage) {
      await send(
        {
          id: 'chatcmpl-fake',
          object: 'chat.completion.chunk',
          created: Math.floor(Date.now() / 1000),
          model,
          choices: [],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        },
        false,
      );
    }
    res.write('data: [DONE]\n\n');
    res.end();
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...answers) => void queue.push(...answers),
    setDefault: (fn) => void (answerer = fn),
    pending: () => queue.length,
    streaming: () => open,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A delay that does not keep the test process alive once the server is closed. */
function pause(ms: number): Promise<void> {
  return sleep(ms, undefined, { ref: false });
}

function startSse(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  res.flushHeaders();
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Splits a string into `count` consecutive pieces (the first ones may be empty for short input). */
function splitInto(text: string, count: number): string[] {
  const size = Math.ceil(text.length / Math.max(count, 1));
  return Array.from({ length: Math.max(count, 1) }, (_, i) => text.slice(i * size, (i + 1) * size));
}
