import { connect } from 'node:net';
import { LEAK_MARKERS } from './hostile-values';

/** One request as the suite sends it, and what came back. */
export interface Exchange {
  label: string;
  method: string;
  path: string;
  /** Everything the client put on the wire that a response could echo (path, headers, body). */
  sent: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Counts every request of the run, by status, for the report. */
export class Tally {
  total = 0;
  readonly byStatus = new Map<number, number>();

  add(status: number): void {
    this.total++;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
  }

  summary(): string {
    const statuses = [...this.byStatus.entries()].sort(([a], [b]) => a - b);
    return `${this.total} requests (${statuses.map(([s, n]) => `${s}: ${n}`).join(', ')})`;
  }
}

export interface SendOptions {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | FormData | Uint8Array;
  /** Read the body of an event stream until the server ends it (streamed replies), else hang up after the headers. */
  readStream?: boolean;
}

/** Sends one request with fetch; a live event stream is closed once its status and headers are in. */
export async function send(base: string, options: SendOptions): Promise<Exchange> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 30_000);
  try {
    const res = await fetch(`${base}${options.path}`, {
      method: options.method,
      headers: options.headers,
      body: options.body,
      signal: abort.signal,
      redirect: 'manual',
    });
    const headers = Object.fromEntries(res.headers.entries());
    const streaming = headers['content-type']?.startsWith('text/event-stream') ?? false;
    let body = '';
    if (streaming && !options.readStream) abort.abort();
    else body = await res.text();
    return {
      label: '',
      method: options.method,
      path: options.path,
      sent: sentText(options),
      status: res.status,
      headers,
      body,
    };
  } finally {
    clearTimeout(timer);
  }
}

function sentText(options: SendOptions): string {
  const body =
    typeof options.body === 'string'
      ? options.body
      : options.body instanceof FormData
        ? [...options.body.entries()]
            .map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.name}`)
            .join('&')
        : '';
  let path = options.path;
  try {
    path = `${path} ${decodeURIComponent(path)}`;
  } catch {
    // Invalid percent-encoding is sent on purpose; the raw form is enough.
  }
  return [path, JSON.stringify(options.headers ?? {}), body].join('\n');
}

/**
 * Writes bytes to the server on a raw socket, for what fetch refuses to send
 * (CRLF in header values, unknown methods, broken percent-encoding), and parses the answer.
 */
export function sendRaw(
  host: string,
  port: number,
  request: string,
  timeoutMs = 5_000,
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    const chunks: Buffer[] = [];
    // A request the server is still waiting on the end of gets no answer: report status 0.
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // One response is enough: stop once the announced body is in.
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end));
      if (length && Buffer.concat(chunks).length >= end + 4 + Number(length[1])) socket.end();
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      // The server may hang up right after answering; what it sent still counts.
      if (chunks.length > 0) finish();
      else reject(err);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      finish();
    });
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      const raw = Buffer.concat(chunks);
      const text = raw.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const head = end < 0 ? text : text.slice(0, end);
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body: string | Buffer =
        end < 0 ? '' : raw.subarray(Buffer.byteLength(text.slice(0, end + 4), 'latin1'));
      if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body as Buffer);
      const firstLine = request.slice(0, request.indexOf('\r\n'));
      resolve({
        label: 'raw',
        method: firstLine.split(' ')[0],
        path: firstLine.split(' ')[1] ?? '',
        sent: request,
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: typeof body === 'string' ? body : body.toString('utf8'),
      });
    }
    socket.write(request, 'latin1');
  });
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const line = body.indexOf('\r\n', at);
    if (line < 0) break;
    const size = parseInt(body.subarray(at, line).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * What every answer to a hostile request must be: no server error, every
 * client error an RFC 9457 problem, nothing internal in the body or headers.
 * Returns the list of violations (empty when the answer is sound).
 */
export function violations(x: Exchange): string[] {
  const found: string[] = [];
  if (!(x.status >= 100 && x.status < 500)) found.push(`status ${x.status}`);
  if (x.status >= 400 && x.status < 500) found.push(...problemViolations(x));
  const text = `${JSON.stringify(x.headers)}\n${x.body}`;
  for (const [what, marker] of LEAK_MARKERS) {
    // An echo of what the client itself sent is not a leak.
    if (marker.test(text) && !marker.test(x.sent)) {
      found.push(`leaks ${what}: …${excerpt(text, marker)}…`);
    }
  }
  return found;
}

function problemViolations(x: Exchange): string[] {
  const type = x.headers['content-type'] ?? '';
  if (!type.startsWith('application/problem+json')) {
    return [`a ${x.status} with Content-Type "${type}" instead of application/problem+json`];
  }
  if (x.method === 'HEAD') return [];
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(x.body) as Record<string, unknown>;
  } catch {
    return [`a ${x.status} whose body is not JSON`];
  }
  const found: string[] = [];
  if (typeof problem.type !== 'string') found.push('a problem without a type');
  if (typeof problem.title !== 'string') found.push('a problem without a title');
  if (problem.status !== x.status)
    found.push(`a problem whose status is ${String(problem.status)}`);
  return found;
}

function excerpt(text: string, marker: RegExp): string {
  const at = text.search(marker);
  return text.slice(Math.max(0, at - 80), at + 80).replace(/\s+/g, ' ');
}

/** A readable account of an answer that broke the rules, for the failure message. */
export function explain(x: Exchange, problems: string[]): string {
  return [
    `${x.label} ${x.method} ${x.path.slice(0, 300)}${x.path.length > 300 ? '…' : ''}`,
    `  → ${x.status} ${x.headers['content-type'] ?? ''}: ${x.body.slice(0, 300)}`,
    ...problems.map((p) => `  ✗ ${p}`),
  ].join('\n');
}
