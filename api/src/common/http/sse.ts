import type { Request, Response } from 'express';

/** How often a comment line keeps idle proxies and load balancers from closing the stream. */
export const SSE_HEARTBEAT_MS = 15_000;

/**
 * A server-sent events stream on an Express response (text/event-stream, as
 * EventSource reads it). Writing after the client left is a no-op.
 */
export class SseStream {
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly closeHandlers: (() => void)[] = [];

  constructor(
    req: Request,
    private readonly res: Response,
    heartbeatMs = SSE_HEARTBEAT_MS,
  ) {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    // nginx would otherwise buffer the stream and deliver it in bursts.
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    this.heartbeat = setInterval(() => this.comment('keep-alive'), heartbeatMs);
    this.heartbeat.unref();
    res.on('close', () => this.end());
    // The client may have left while the stream was being prepared: 'close' is behind us.
    if (req.socket.destroyed) this.end();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Runs when the stream ends, whoever ends it. */
  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  /** One event; `data` is sent as one line of JSON. */
  send(event: string, data: unknown, id?: string): void {
    if (this.closed) return;
    let frame = '';
    if (id !== undefined) frame += `id: ${id}\n`;
    frame += `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    this.res.write(frame);
  }

  /**
   * Sets the id a reconnecting EventSource sends back as Last-Event-ID without
   * dispatching an event (a frame with an id and no data, as the spec allows).
   */
  position(id: string): void {
    if (!this.closed) this.res.write(`id: ${id.replace(/[\r\n]+/g, '')}\n\n`);
  }

  /** Tells EventSource how long to wait before reconnecting. */
  retry(ms: number): void {
    if (!this.closed) this.res.write(`retry: ${Math.round(ms)}\n\n`);
  }

  comment(text: string): void {
    if (!this.closed) this.res.write(`: ${text.replace(/[\r\n]+/g, ' ')}\n\n`);
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    if (!this.res.writableEnded) this.res.end();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }
}

const MAX_EVENT_ID = 9_223_372_036_854_775_807n;

/** An event id as stored (a PostgreSQL bigint): digits, within range. */
export function isEventId(raw: string | undefined): raw is string {
  return raw !== undefined && /^\d{1,19}$/.test(raw) && BigInt(raw) <= MAX_EVENT_ID;
}

/** The id a reconnecting EventSource sends back; only digits are meaningful here. */
export function lastEventId(req: Request): string | undefined {
  const raw = req.header('last-event-id')?.trim();
  return isEventId(raw) ? raw : undefined;
}
