import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ChatApi } from './api';
import { LiveEvents } from './live-events';

const session = { sessionId: 's-1', token: 'tok' };

function body(text: string): ReadableStream<Uint8Array> {
  return new Response(text).body!;
}

type Stream = ReadableStream<Uint8Array>;

function setup(responses: (() => Promise<Stream>)[]) {
  type Open = (s: unknown, last: string | undefined, signal: AbortSignal) => Promise<Stream>;
  const openEvents = vi.fn<Open>(() => {
    const next = responses.shift();
    return next ? next() : new Promise<Stream>(() => undefined);
  });
  const api = { openEvents } as unknown as ChatApi;
  const handlers = { onEvent: vi.fn(), onPosition: vi.fn(), onSessionLost: vi.fn() };
  return { openEvents, handlers, api };
}

describe('LiveEvents', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('dispatches events and reconnects after the server retry delay with the last event id', async () => {
    const { openEvents, handlers, api } = setup([
      async () =>
        body(
          'retry: 5000\n\nid: 7\nevent: typing\ndata: {"active":true}\n\nid: 8\nevent: state\ndata: {"state":"handoff"}\n\n',
        ),
    ]);
    const live = new LiveEvents(api, session, '3', handlers);
    live.start();
    await vi.advanceTimersByTimeAsync(0);

    expect(openEvents.mock.calls[0][1]).toBe('3');
    expect(handlers.onEvent.mock.calls).toEqual([
      ['typing', { active: true }],
      ['state', { state: 'handoff' }],
    ]);
    expect(handlers.onPosition.mock.calls).toEqual([['7'], ['8']]);

    await vi.advanceTimersByTimeAsync(4999);
    expect(openEvents).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(openEvents).toHaveBeenCalledTimes(2);
    expect(openEvents.mock.calls[1][1]).toBe('8');
    live.stop();
  });

  it('waits longer after each failed connection, and reconnects at once when back online', async () => {
    const down = () => Promise.reject(new ApiError(0));
    const { openEvents, handlers, api } = setup([down, down, down]);
    const live = new LiveEvents(api, session, undefined, handlers);
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(5999);
    expect(openEvents).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 3 s × 2
    expect(openEvents).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(11_999);
    expect(openEvents).toHaveBeenCalledTimes(2);
    live.reconnectNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(openEvents).toHaveBeenCalledTimes(3);
    live.stop();
  });

  it('stops and reports a lost session on 401 instead of retrying', async () => {
    const { openEvents, handlers, api } = setup([() => Promise.reject(new ApiError(401))]);
    const live = new LiveEvents(api, session, undefined, handlers);
    live.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(handlers.onSessionLost).toHaveBeenCalledTimes(1);
    expect(openEvents).toHaveBeenCalledTimes(1);
  });

  it('aborts the open stream when stopped', async () => {
    const { openEvents, handlers, api } = setup([]);
    const live = new LiveEvents(api, session, undefined, handlers);
    live.start();
    const signal = openEvents.mock.calls[0][2];
    expect(signal.aborted).toBe(false);
    live.stop();
    expect(signal.aborted).toBe(true);
  });
});
