import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type ScanResult, ScannerUnavailableError, VirusScanner } from './virus-scanner';

export interface ClamdOptions {
  host: string;
  port: number;
  /** The longest the connection may stay idle: connecting, sending the file or awaiting the answer. */
  timeoutMs: number;
}

/** Frame size: bounds memory on both ends while keeping the 4-byte headers negligible. */
export const MAX_CHUNK_BYTES = 64 * 1024;
const INSTREAM = Buffer.from('zINSTREAM\0');
const PING = Buffer.from('zPING\0');
const END_OF_STREAM = Buffer.alloc(4);

/**
 * ClamAV adapter: streams the file to clamd over TCP with the INSTREAM command, one
 * connection per scan. Each frame reaches the kernel before the next is read from the
 * source, so memory stays bounded whatever the file's size.
 */
export class ClamdScanner extends VirusScanner {
  readonly kind = 'clamav' as const;

  constructor(private readonly options: ClamdOptions) {
    super();
  }

  /** Consumes `content`; when the scan fails, `content` is destroyed. */
  async scan(content: Readable): Promise<ScanResult> {
    let clamd: ClamdConnection | undefined;
    try {
      clamd = await ClamdConnection.open(this.options, () => content.destroy());
      await clamd.send(INSTREAM);
      for await (const chunk of content) {
        for (const [header, payload] of frames(chunk)) {
          await answerAlreadySentIsRead();
          if (clamd.answered) return earlyAnswer(await clamd.answer);
          await clamd.send(header, payload);
        }
      }
      await clamd.send(END_OF_STREAM);
      return parseScanAnswer(await clamd.answer);
    } catch (err) {
      content.destroy();
      // A source destroyed because clamd failed reports a premature close: name the cause.
      throw clamd?.failure ?? err;
    } finally {
      clamd?.close();
    }
  }

  async ping(): Promise<void> {
    const clamd = await ClamdConnection.open(this.options);
    try {
      await clamd.send(PING);
      const answer = await clamd.answer;
      if (answer !== 'PONG') {
        const { host, port } = this.options;
        throw new ScannerUnavailableError(
          `clamd at ${host}:${port} answered PING with "${answer}"`,
        );
      }
    } finally {
      clamd.close();
    }
  }
}

/**
 * clamd answers early (e.g. "INSTREAM size limit exceeded") and hangs up while the file is
 * still coming: the next write fails and Node discards the socket, answer unread. Two turns of
 * the event loop let an answer already on its way be read first (one is not enough when the
 * hang-up comes in the same turn as the last write).
 */
async function answerAlreadySentIsRead(): Promise<void> {
  await nextTurn();
  await nextTurn();
}

/** An answer before the end of the file can only be a refusal: never take it for "clean". */
function earlyAnswer(answer: string): ScanResult {
  const result = parseScanAnswer(answer);
  if (result.status === 'clean') {
    throw new ScannerUnavailableError(`clamd answered "${answer}" before the end of the file`);
  }
  return result;
}

/** Splits a chunk of the file into INSTREAM frames: 4-byte big-endian length, then bytes. */
function* frames(chunk: unknown): Generator<[Buffer, Buffer]> {
  const bytes = toBuffer(chunk);
  // An empty frame would tell clamd the file has ended.
  for (let offset = 0; offset < bytes.length; offset += MAX_CHUNK_BYTES) {
    const payload = bytes.subarray(offset, offset + MAX_CHUNK_BYTES);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(payload.length);
    yield [header, payload];
  }
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  if (typeof chunk === 'string') return Buffer.from(chunk);
  throw new TypeError('ClamdScanner.scan expects a byte stream, not an object-mode stream');
}

/** Reads clamd's answer to INSTREAM: `stream: OK`, `stream: NAME FOUND` or `... ERROR`. */
export function parseScanAnswer(answer: string): ScanResult {
  if (answer === 'stream: OK') return { status: 'clean' };
  const found = /^stream: (.+) FOUND$/.exec(answer);
  if (found) return { status: 'infected', signature: found[1] };
  const error = /^(?:stream: )?(.*?)\s*ERROR$/.exec(answer);
  if (error) throw new ScannerUnavailableError(`clamd could not scan the file: ${error[1]}`);
  throw new ScannerUnavailableError(`clamd gave an unexpected answer: "${answer}"`);
}

/**
 * One exchange with clamd. Its answer (up to the NUL that ends it) wins over any later
 * socket error: clamd answers, then closes while the client may still be writing.
 */
class ClamdConnection {
  readonly answer: Promise<string>;
  answered = false;
  failure: ScannerUnavailableError | undefined;
  private connected = false;
  private closed = false;
  private readonly received: Buffer[] = [];
  private resolveAnswer!: (answer: string) => void;
  private rejectAnswer!: (err: ScannerUnavailableError) => void;

  private constructor(
    private readonly socket: Socket,
    private readonly where: string,
    timeoutMs: number,
    private readonly onFailure?: () => void,
  ) {
    this.answer = new Promise<string>((resolve, reject) => {
      this.resolveAnswer = resolve;
      this.rejectAnswer = reject;
    });
    // Nobody awaits the answer when sending fails first; the failure is reported from there.
    this.answer.catch(() => undefined);
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => (this.connected = true));
    socket.on('data', (data: Buffer) => this.receive(data));
    socket.on('end', () => this.endOfAnswer());
    socket.on('close', () => this.endOfAnswer());
    socket.on('timeout', () => this.fail(`did not answer within ${timeoutMs} ms`));
    socket.on('error', (err: NodeJS.ErrnoException) =>
      this.fail(
        this.connected ? ClamdConnection.describe(err) : `is unreachable (${err.message})`,
        err,
      ),
    );
  }

  static open(options: ClamdOptions, onFailure?: () => void): Promise<ClamdConnection> {
    const socket = connect({ host: options.host, port: options.port });
    const where = `${options.host}:${options.port}`;
    const connection = new ClamdConnection(socket, where, options.timeoutMs, onFailure);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(connection));
      connection.answer.catch(reject);
    });
  }

  /** Resolves once the bytes are handed to the kernel, so at most one frame waits in memory. */
  send(...buffers: Buffer[]): Promise<void> {
    if (this.answered) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.socket.cork();
      buffers.forEach((buffer, i) =>
        this.socket.write(
          buffer,
          i < buffers.length - 1
            ? undefined
            : (err) => {
                if (err) this.fail(ClamdConnection.describe(err), err);
                if (this.answered || !this.failure) resolve();
                else reject(this.failure);
              },
        ),
      );
      this.socket.uncork();
    });
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private static describe(err: NodeJS.ErrnoException): string {
    return err.code === 'EPIPE' || err.code === 'ECONNRESET'
      ? `closed the connection before answering (${err.message}); is the file larger than its StreamMaxLength?`
      : `failed (${err.message})`;
  }

  private receive(data: Buffer): void {
    if (this.answered || this.failure || this.closed) return;
    this.received.push(data);
    const all = Buffer.concat(this.received);
    const end = all.indexOf(0);
    if (end >= 0) this.settle(all.subarray(0, end).toString('utf8').trim());
  }

  /** clamd closed its side: an answer without its NUL still counts, silence does not. */
  private endOfAnswer(): void {
    if (this.answered || this.failure || this.closed) return;
    const partial = Buffer.concat(this.received).toString('utf8').trim();
    if (partial) this.settle(partial);
    else this.fail('closed the connection without answering');
  }

  private settle(answer: string): void {
    this.answered = true;
    this.socket.setTimeout(0);
    this.resolveAnswer(answer);
  }

  private fail(reason: string, cause?: unknown): void {
    if (this.answered || this.failure || this.closed) return;
    this.failure = new ScannerUnavailableError(`clamd at ${this.where} ${reason}`, cause);
    this.socket.destroy();
    this.rejectAnswer(this.failure);
    this.onFailure?.();
  }
}
