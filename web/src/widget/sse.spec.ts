import { describe, expect, it } from 'vitest';
import { readSse, SseParser, type SseFrame } from './sse';

function parseAll(chunks: string[]): SseFrame[] {
  const parser = new SseParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('SseParser', () => {
  it('reads one event with its id, name and data', () => {
    expect(parseAll(['id: 7\nevent: ticket\ndata: {"a":1}\n\n'])).toEqual([
      { id: '7', event: 'ticket', data: '{"a":1}' },
    ]);
  });

  it('reassembles frames split anywhere across chunks', () => {
    const text = 'id: 41\nevent: delta\ndata: {"text":"Bonjour "}\n\nevent: done\ndata: {}\n\n';
    const whole = parseAll([text]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(parseAll([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    expect(parseAll(text.split(''))).toEqual(whole);
    expect(whole.map((f) => f.event)).toEqual(['delta', 'done']);
  });

  it('joins multi-line data with newlines', () => {
    expect(parseAll(['data: first\ndata: second\ndata:third\n\n'])).toEqual([
      { event: 'message', data: 'first\nsecond\nthird' },
    ]);
  });

  it('accepts CRLF and CR line endings, even a CRLF split between chunks', () => {
    expect(parseAll(['event: a\r\ndata: 1\r', '\n\r\nevent: b\rdata: 2\r\r'])).toEqual([
      { event: 'a', data: '1' },
      { event: 'b', data: '2' },
    ]);
  });

  it('reports retry and id-only frames without data, so the caller can resume from them', () => {
    expect(parseAll(['retry: 3000\n\nid: 1042\n\n'])).toEqual([
      { event: 'message', retry: 3000 },
      { event: 'message', id: '1042' },
    ]);
  });

  it('ignores comments, unknown fields and a retry that is not a number', () => {
    expect(parseAll([': keep-alive\n\nfoo: bar\nretry: soon\ndata: x\n\n'])).toEqual([
      { event: 'message', data: 'x' },
    ]);
  });

  it('drops one leading space only, and treats a line without a colon as an empty field', () => {
    expect(parseAll(['data:  two spaces\ndata\n\n'])).toEqual([
      { event: 'message', data: ' two spaces\n' },
    ]);
  });

  it('drops an unfinished frame when the stream ends', () => {
    expect(parseAll(['data: complete\n\ndata: cut off'])).toEqual([
      { event: 'message', data: 'complete' },
    ]);
  });

  it('does not leak an event name into the next frame', () => {
    expect(parseAll(['event: typing\ndata: {}\n\ndata: plain\n\n'])).toEqual([
      { event: 'typing', data: '{}' },
      { event: 'message', data: 'plain' },
    ]);
  });
});

describe('readSse', () => {
  it('decodes UTF-8 characters split across byte chunks', async () => {
    const bytes = new TextEncoder().encode('event: delta\ndata: {"text":"Très bien ✓"}\n\n');
    const at = bytes.indexOf(0xc3) + 1; // inside the two bytes of "è"
    const frames: SseFrame[] = [];
    for await (const frame of readSse(streamOf([bytes.slice(0, at), bytes.slice(at)]))) {
      frames.push(frame);
    }
    expect(frames).toEqual([{ event: 'delta', data: '{"text":"Très bien ✓"}' }]);
  });
});
