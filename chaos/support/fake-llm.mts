// A local OpenAI-compatible chat completions server whose behaviour the test switches:
// answer (streamed, as bench/llm.mjs's), time out (never answer), fail (500) or refuse (429).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LlmMode = 'answer' | 'timeout' | 'error' | 'rate-limit';

/** The sentence the fake model writes; a reply containing it came from the model. */
export const MODEL_SENTENCE = 'Voici ce que je peux vous proposer chez Meuble de France.';

export class FakeLlm {
  mode: LlmMode = 'answer';
  readonly calls: Record<LlmMode, number> = { answer: 0, timeout: 0, error: 0, 'rate-limit': 0 };
  private readonly held = new Set<ServerResponse>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for await (const chunk of req) void chunk;
    const mode = this.mode;
    this.calls[mode]++;
    if (mode === 'timeout') {
      // Headers never come: the API's OPENAI_TIMEOUT_MS must end the wait.
      this.held.add(res);
      res.once('close', () => this.held.delete(res));
      return;
    }
    if (mode === 'error') {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'internal error', type: 'server_error' } }));
      return;
    }
    if (mode === 'rate-limit') {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '100' });
      res.end(JSON.stringify({ error: { message: 'Rate limit reached', type: 'requests' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
      res.write(
        `data: ${JSON.stringify({ id: 'chaos', object: 'chat.completion.chunk', created: 0, model: 'chaos', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
      );
    chunk({ role: 'assistant', content: MODEL_SENTENCE });
    chunk({}, 'stop');
    res.write(
      `data: ${JSON.stringify({ id: 'chaos', object: 'chat.completion.chunk', created: 0, model: 'chaos', choices: [], usage: { prompt_tokens: 500, completion_tokens: 12, total_tokens: 512 } })}\n\n`,
    );
    res.end('data: [DONE]\n\n');
  }
}
