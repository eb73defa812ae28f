/**
 * Server-sent events read from a fetch body (EventSource cannot send the Authorization header).
 * Follows the WHATWG event-stream parsing rules: lines end with CRLF, LF or CR, a blank line
 * ends a frame, `:` starts a comment, one leading space after the colon is dropped.
 */

export interface SseFrame {
  /** Present when the frame carried an `id:` field (possibly empty, which resets the id). */
  id?: string;
  /** `message` when the frame named none. */
  event: string;
  /** Undefined for frames without `data:` (an id or retry alone): nothing to dispatch. */
  data?: string;
  /** Reconnection delay in ms, when the frame set one. */
  retry?: number;
}

export class SseParser {
  private buffer = '';
  private dataLines: string[] | undefined;
  private eventName = '';
  private id: string | undefined;
  private retry: number | undefined;

  /** Feeds decoded text; returns the frames completed by it. */
  push(chunk: string): SseFrame[] {
    this.buffer += chunk;
    const frames: SseFrame[] = [];
    let start = 0;
    for (;;) {
      let end = start;
      while (end < this.buffer.length && this.buffer[end] !== '\n' && this.buffer[end] !== '\r') {
        end++;
      }
      if (end >= this.buffer.length) break;
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (this.buffer[end] === '\r' && end === this.buffer.length - 1) break;
      const line = this.buffer.slice(start, end);
      start = end + (this.buffer[end] === '\r' && this.buffer[end + 1] === '\n' ? 2 : 1);
      const frame = this.line(line);
      if (frame) frames.push(frame);
    }
    this.buffer = this.buffer.slice(start);
    return frames;
  }

  /** The stream ended: a trailing CR completes its line; an unfinished frame is dropped, as the spec says. */
  end(): SseFrame[] {
    const frames = this.buffer.endsWith('\r') ? this.push('\n') : [];
    this.buffer = '';
    this.reset();
    return frames;
  }

  private line(line: string): SseFrame | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        (this.dataLines ??= []).push(value);
        break;
      case 'event':
        this.eventName = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.id = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
        break;
    }
    return undefined;
  }

  private dispatch(): SseFrame | undefined {
    const frame: SseFrame = { event: this.eventName || 'message' };
    if (this.id !== undefined) frame.id = this.id;
    if (this.retry !== undefined) frame.retry = this.retry;
    if (this.dataLines !== undefined) frame.data = this.dataLines.join('\n');
    const empty = this.id === undefined && this.retry === undefined && this.dataLines === undefined;
    this.reset();
    return empty ? undefined : frame;
  }

  private reset(): void {
    this.dataLines = undefined;
    this.eventName = '';
    this.id = undefined;
    this.retry = undefined;
  }
}

/** Yields the frames of a byte stream as they complete; cancelling the iteration cancels the read. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseFrame> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.push(decoder.decode());
    yield* parser.end();
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** JSON data of a frame, or undefined when it is not JSON. */
export function frameJson(frame: SseFrame): unknown {
  if (frame.data === undefined) return undefined;
  try {
    return JSON.parse(frame.data) as unknown;
  } catch {
    return undefined;
  }
}
