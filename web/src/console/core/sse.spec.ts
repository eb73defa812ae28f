import {
  type SseConnection,
  type SseEvent,
  type SseFrame,
  SseParser,
  eventData,
  openEventStream,
} from './sse';

function events(frames: SseFrame[]): SseEvent[] {
  return frames.flatMap((frame) => (frame.kind === 'event' ? [frame.event] : []));
}

describe('SseParser', () => {
  it('reads id, event and data fields, as the API sends them', () => {
    const parser = new SseParser();
    const frames = parser.push(
      'id: 1042\nevent: ticket\ndata: {"reference":"SAV-2026-000123"}\n\n',
    );

    expect(frames).toEqual([
      {
        kind: 'event',
        event: { type: 'ticket', data: '{"reference":"SAV-2026-000123"}', lastEventId: '1042' },
      },
    ]);
    expect(parser.lastEventId).toBe('1042');
  });

  it('joins multi-line data with line feeds and defaults the type to "message"', () => {
    const frames = new SseParser().push('data: first\ndata:second\ndata\ndata:  indented\n\n');

    expect(events(frames)).toEqual([
      { type: 'message', data: 'first\nsecond\n\n indented', lastEventId: '' },
    ]);
  });

  it('ignores comments and unknown fields', () => {
    const frames = new SseParser().push(': keep-alive\n\nfoo: bar\ndata: x\n: inside\n\n');

    expect(events(frames)).toEqual([{ type: 'message', data: 'x', lastEventId: '' }]);
  });

  it('reports retry delays made of digits only', () => {
    const frames = new SseParser().push('retry: 3000\n\nretry: soon\n\nretry: 1500\n\n');

    expect(frames).toEqual([
      { kind: 'retry', ms: 3000 },
      { kind: 'retry', ms: 1500 },
    ]);
  });

  it('keeps the id of a frame without data (a position) without dispatching an event', () => {
    const parser = new SseParser();

    expect(parser.push('id: 77\n\n')).toEqual([]);
    expect(parser.lastEventId).toBe('77');
    expect(events(parser.push('event: typing\ndata: {}\n\n'))).toEqual([
      { type: 'typing', data: '{}', lastEventId: '77' },
    ]);
  });

  it('ignores an id containing NUL and resets the event type after each dispatch', () => {
    const parser = new SseParser('5');
    const frames = parser.push('id: a\u0000b\nevent: state\ndata: 1\n\ndata: 2\n\n');

    expect(events(frames)).toEqual([
      { type: 'state', data: '1', lastEventId: '5' },
      { type: 'message', data: '2', lastEventId: '5' },
    ]);
  });

  it('accepts CRLF and CR line ends, even split between chunks', () => {
    const parser = new SseParser();
    const received = [
      ...parser.push('event: a\r'),
      ...parser.push('\ndata: 1\r\n\r'),
      ...parser.push('\nevent: b\rdata: 2\r\r'),
    ];

    expect(events(received)).toEqual([
      { type: 'a', data: '1', lastEventId: '' },
      { type: 'b', data: '2', lastEventId: '' },
    ]);
  });

  it('assembles frames cut at any position', () => {
    const stream = 'id: 1\nevent: message\ndata: {"a":1}\n\nid: 2\ndata: {"b":2}\n\n';
    for (let size = 1; size <= stream.length; size++) {
      const parser = new SseParser();
      const received: SseFrame[] = [];
      for (let i = 0; i < stream.length; i += size)
        received.push(...parser.push(stream.slice(i, i + size)));

      expect(events(received)).toEqual([
        { type: 'message', data: '{"a":1}', lastEventId: '1' },
        { type: 'message', data: '{"b":2}', lastEventId: '2' },
      ]);
    }
  });

  it('does not dispatch an unterminated frame', () => {
    expect(new SseParser().push('data: half')).toEqual([]);
  });
});

describe('eventData', () => {
  it('parses a JSON object and refuses anything else', () => {
    const of = (data: string) => eventData({ type: 'message', data, lastEventId: '' });

    expect(of('{"a":1}')).toEqual({ a: 1 });
    expect(of('[1]')).toBeNull();
    expect(of('null')).toBeNull();
    expect(of('not json')).toBeNull();
  });
});

/** A response body the test writes to, chunk by chunk. */
class FakeStream {
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  readonly body = new ReadableStream<Uint8Array>({
    start: (controller) => (this.controller = controller),
  });

  send(text: string): void {
    this.controller.enqueue(new TextEncoder().encode(text));
  }

  end(): void {
    this.controller.close();
  }

  fail(): void {
    this.controller.error(new TypeError('network error'));
  }

  response(): Response {
    return new Response(this.body, {
      status: 200,
      headers: { 'Content-Type': 'text/event-stream; charset=utf-8' },
    });
  }
}

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

describe('openEventStream', () => {
  let calls: Call[];
  let answers: (() => Promise<Response>)[];
  let received: SseEvent[];
  let opens: boolean[];
  let fatal: number[];
  let connection: SseConnection | undefined;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    calls = [];
    answers = [];
    received = [];
    opens = [];
    fatal = [];
  });

  afterEach(() => {
    connection?.close();
    vi.useRealTimers();
  });

  const fetcher = (url: string, init: RequestInit): Promise<Response> => {
    calls.push({ url, init });
    const answer = answers.shift();
    return answer ? answer() : new Promise<Response>(() => undefined);
  };

  function open(streams: (FakeStream | Response | Error)[]): SseConnection {
    answers = streams.map(
      (item) => () =>
        item instanceof Error
          ? Promise.reject(item)
          : Promise.resolve(item instanceof FakeStream ? item.response() : item),
    );
    connection = openEventStream(fetcher, '/api/v1/tickets/events', {
      event: (event) => received.push(event),
      open: (reconnected) => opens.push(reconnected),
      fatal: (status) => fatal.push(status),
    });
    return connection;
  }

  /** Lets the reading loop handle what was written (several promise hops per chunk). */
  async function settle(): Promise<void> {
    await vi.advanceTimersByTimeAsync(0);
  }

  function header(call: Call, name: string): string | null {
    return new Headers(call.init.headers).get(name);
  }

  it('asks for an event stream and delivers its events while connected', async () => {
    const stream = new FakeStream();
    const sse = open([stream]);
    await settle();

    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/v1/tickets/events');
    expect(header(calls[0], 'Accept')).toBe('text/event-stream');
    expect(header(calls[0], 'Last-Event-ID')).toBeNull();
    expect(sse.connected()).toBe(true);
    expect(opens).toEqual([false]);

    stream.send('id: 7\nevent: ticket\ndata: {"reference":"SAV-2026-000001"}\n\n');
    await settle();

    expect(received).toEqual([
      { type: 'ticket', data: '{"reference":"SAV-2026-000001"}', lastEventId: '7' },
    ]);
    expect(sse.lastEventId()).toBe('7');
  });

  it('reconnects after the server-sent retry delay with Last-Event-ID, and says it reconnected', async () => {
    const first = new FakeStream();
    const second = new FakeStream();
    const sse = open([first, second]);
    await settle();
    first.send('retry: 1500\n\nid: 41\nevent: ticket\ndata: {}\n\n');
    first.end();
    await settle();

    expect(sse.connected()).toBe(false);
    expect(calls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1499);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(calls).toHaveLength(2);
    expect(header(calls[1], 'Last-Event-ID')).toBe('41');
    expect(sse.connected()).toBe(true);
    expect(opens).toEqual([false, true]);
  });

  it('waits 3 s by default before reconnecting after a dropped connection', async () => {
    const first = new FakeStream();
    open([first, new FakeStream()]);
    await settle();
    first.fail();
    await settle();

    await vi.advanceTimersByTimeAsync(2999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
  });

  it('keeps trying, more slowly, while the API cannot be reached', async () => {
    open([new TypeError('offline'), new Response('busy', { status: 503 }), new FakeStream()]);
    await settle();
    expect(calls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toHaveLength(2);
    // Second failure in a row: twice the delay.
    await vi.advanceTimersByTimeAsync(5999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    expect(opens).toEqual([false]);
  });

  it('stops for good when the session is refused', async () => {
    const sse = open([new Response('{}', { status: 401 })]);
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);

    expect(calls).toHaveLength(1);
    expect(fatal).toEqual([401]);
    expect(sse.connected()).toBe(false);
  });

  it('retries a response that is not an event stream', async () => {
    open([
      new Response('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      new FakeStream(),
    ]);
    await settle();
    await vi.advanceTimersByTimeAsync(3000);

    expect(calls).toHaveLength(2);
    expect(opens).toEqual([false]);
  });

  it('aborts the request and cancels the pending reconnection on close', async () => {
    const first = new FakeStream();
    const sse = open([first, new FakeStream()]);
    await settle();
    const signal = calls[0].init.signal;

    sse.close();
    await settle();
    expect(signal?.aborted).toBe(true);
    expect(sse.connected()).toBe(false);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it('delivers nothing after close, even what was already on the wire', async () => {
    const first = new FakeStream();
    const sse = open([first]);
    await settle();
    first.send('data: late\n\n');
    sse.close();
    await settle();

    expect(received).toEqual([]);
  });

  it('keeps reading when a handler throws', async () => {
    const stream = new FakeStream();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answers = [() => Promise.resolve(stream.response())];
    connection = openEventStream(fetcher, '/x', {
      event: (event) => {
        if (event.data === 'bad') throw new Error('boom');
        received.push(event);
      },
    });
    await settle();
    stream.send('data: bad\n\ndata: good\n\n');
    await settle();

    expect(received.map((event) => event.data)).toEqual(['good']);
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});
