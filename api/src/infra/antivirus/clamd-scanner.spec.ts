import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { ClamdScanner, MAX_CHUNK_BYTES, parseScanAnswer } from './clamd-scanner';
import { ScannerUnavailableError } from './virus-scanner';

/** What the fake clamd does with a connection once it has read the command. */
interface Behaviour {
  /** The answer (NUL added) once the whole file is in; null: never answer. */
  answer?: (file: Buffer) => string | null;
  pong?: string;
  /** Like StreamMaxLength: past this many bytes in, send `reply` (if any) and drop the connection. */
  limit?: { bytes: number; reply?: string };
  closeAfterCommand?: boolean;
  /** Stops reading after this many bytes of file, until `resumeReading()`. */
  pauseAfterBytes?: number;
}

interface Received {
  command: string;
  /** The length prefix of every frame, the final zero included. */
  frameLengths: number[];
  file: Buffer;
  complete: boolean;
}

/** A clamd speaking just enough of the protocol (zINSTREAM, zPING) to check the client. */
class FakeClamd {
  readonly received: Received[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private paused: Socket[] = [];

  constructor(private readonly behaviour: Behaviour) {
    this.server = createServer((socket) => this.serve(socket));
  }

  async listen(): Promise<number> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return (this.server.address() as { port: number }).port;
  }

  resumeReading(): void {
    for (const socket of this.paused) socket.resume();
    this.paused = [];
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const received: Received = {
      command: '',
      frameLengths: [],
      file: Buffer.alloc(0),
      complete: false,
    };
    this.received.push(received);
    const parts: Buffer[] = [];
    let pending = Buffer.alloc(0);
    let size = 0;
    let rawBytes = 0;
    let commandRead = false;
    let pausedOnce = false;

    socket.on('data', (data: Buffer) => {
      rawBytes += data.length;
      const { limit } = this.behaviour;
      if (limit && rawBytes > limit.bytes) {
        if (limit.reply) socket.write(`${limit.reply}\0`);
        // Closing with unread data resets the connection, as clamd's close does.
        return void socket.destroy();
      }
      pending = Buffer.concat([pending, data]);
      if (!commandRead) {
        const end = pending.indexOf(0);
        if (end < 0) return;
        received.command = pending.subarray(0, end).toString();
        pending = pending.subarray(end + 1);
        commandRead = true;
        if (this.behaviour.closeAfterCommand) return void socket.destroy();
        if (received.command === 'zPING')
          return void socket.end(`${this.behaviour.pong ?? 'PONG'}\0`);
      }
      while (pending.length >= 4) {
        const length = pending.readUInt32BE(0);
        if (length === 0) {
          received.frameLengths.push(0);
          received.file = Buffer.concat(parts);
          received.complete = true;
          const answer = this.behaviour.answer?.(received.file) ?? null;
          if (answer !== null) socket.write(`${answer}\0`);
          return;
        }
        if (pending.length < 4 + length) return;
        received.frameLengths.push(length);
        parts.push(pending.subarray(4, 4 + length));
        pending = pending.subarray(4 + length);
        size += length;
        const { pauseAfterBytes } = this.behaviour;
        if (pauseAfterBytes !== undefined && size >= pauseAfterBytes && !pausedOnce) {
          pausedOnce = true;
          socket.pause();
          this.paused.push(socket);
        }
      }
    });
  }
}

const ok = (): string => 'stream: OK';

async function withClamd<T>(
  behaviour: Behaviour,
  run: (scanner: ClamdScanner, fake: FakeClamd) => Promise<T>,
  timeoutMs = 5_000,
): Promise<T> {
  const fake = new FakeClamd(behaviour);
  const port = await fake.listen();
  try {
    return await run(new ClamdScanner({ host: '127.0.0.1', port, timeoutMs }), fake);
  } finally {
    await fake.close();
  }
}

async function unusedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('ClamdScanner', () => {
  it('reports a clean file', async () => {
    await withClamd({ answer: ok }, async (scanner, fake) => {
      await expect(scanner.scan(Readable.from([Buffer.from('bonjour')]))).resolves.toEqual({
        status: 'clean',
      });
      expect(fake.received[0]).toMatchObject({ command: 'zINSTREAM', complete: true });
      expect(fake.received[0].file.toString()).toBe('bonjour');
    });
  });

  it('reports an infected file with the signature clamd names', async () => {
    await withClamd({ answer: () => 'stream: Eicar-Signature FOUND' }, async (scanner) => {
      await expect(scanner.scan(Readable.from([Buffer.from('X5O!P%@AP')]))).resolves.toEqual({
        status: 'infected',
        signature: 'Eicar-Signature',
      });
    });
  });

  it('turns an ERROR answer into ScannerUnavailableError carrying its reason', async () => {
    await withClamd({ answer: () => "stream: Can't allocate memory ERROR" }, async (scanner) => {
      const scan = scanner.scan(Readable.from([Buffer.from('x')]));
      await expect(scan).rejects.toBeInstanceOf(ScannerUnavailableError);
      await expect(scan).rejects.toThrow("clamd could not scan the file: Can't allocate memory");
    });
  });

  it('frames a file of more than 200 KiB in chunks of at most 64 KiB that reassemble it exactly', async () => {
    const file = randomBytes(300 * 1024 + 17);
    // Irregular pieces: tiny, empty (must not end the stream), larger than a frame, a Uint8Array.
    const pieces = [
      file.subarray(0, 1),
      Buffer.alloc(0),
      file.subarray(1, 150_001),
      new Uint8Array(file.subarray(150_001, 220_000)),
      file.subarray(220_000),
    ];
    await withClamd({ answer: ok }, async (scanner, fake) => {
      await expect(scanner.scan(Readable.from(pieces))).resolves.toEqual({ status: 'clean' });
      const [{ frameLengths, file: reassembled }] = fake.received;
      expect(reassembled.equals(file)).toBe(true);
      expect(frameLengths.at(-1)).toBe(0);
      const dataFrames = frameLengths.slice(0, -1);
      expect(dataFrames.every((n) => n > 0 && n <= MAX_CHUNK_BYTES)).toBe(true);
      expect(dataFrames.reduce((a, b) => a + b, 0)).toBe(file.length);
    });
  });

  it('streams with backpressure instead of reading the whole file into memory', async () => {
    const total = 64 * 1024 * 1024;
    let produced = 0;
    const source = new Readable({
      read() {
        if (produced >= total) return void this.push(null);
        produced += MAX_CHUNK_BYTES;
        this.push(Buffer.alloc(MAX_CHUNK_BYTES, 7));
      },
    });
    await withClamd(
      { answer: ok, pauseAfterBytes: 1024 * 1024 },
      async (scanner, fake) => {
        const scan = scanner.scan(source);
        // clamd stops reading: once the socket buffers are full, the source must stop being read.
        let before = -1;
        while (produced !== before) {
          before = produced;
          await sleep(100);
        }
        expect(produced).toBeLessThan(total / 4);
        fake.resumeReading();
        await expect(scan).resolves.toEqual({ status: 'clean' });
        expect(fake.received[0].file.length).toBe(total);
      },
      // 64 MB through the fake daemon: on a loaded machine a pause between two reads may be
      // longer than the usual idle timeout, which is not what this test is about.
      60_000,
    );
  });

  it('reports why clamd closed early, e.g. the INSTREAM size limit', async () => {
    const limit = { bytes: 100 * 1024, reply: 'INSTREAM size limit exceeded. ERROR' };
    await withClamd({ answer: ok, limit }, async (scanner) => {
      // One big chunk: frames go out back to back, the hard case for reading the answer in time.
      for (let attempt = 0; attempt < 10; attempt++) {
        const source = Readable.from([Buffer.alloc(8 * 1024 * 1024, attempt)]);
        const scan = scanner.scan(source);
        await expect(scan).rejects.toBeInstanceOf(ScannerUnavailableError);
        await expect(scan).rejects.toThrow(/INSTREAM size limit exceeded/);
        expect(source.destroyed).toBe(true);
      }
    });
  });

  it('never takes an "OK" that comes before the end of the file for a clean file', async () => {
    const limit = { bytes: 100 * 1024, reply: 'stream: OK' };
    await withClamd({ answer: ok, limit }, async (scanner) => {
      const scan = scanner.scan(Readable.from([Buffer.alloc(4 * 1024 * 1024)]));
      await expect(scan).rejects.toBeInstanceOf(ScannerUnavailableError);
      await expect(scan).rejects.toThrow(/answered "stream: OK" before the end of the file/);
    });
  });

  it('fails with ScannerUnavailableError when clamd closes without answering', async () => {
    await withClamd({ closeAfterCommand: true }, async (scanner) => {
      const scan = scanner.scan(Readable.from([randomBytes(1024)]));
      await expect(scan).rejects.toBeInstanceOf(ScannerUnavailableError);
      await expect(scan).rejects.toThrow(/closed the connection/);
    });
  });

  it('accepts an answer whose NUL is missing when clamd then closes, even split in pieces', async () => {
    const server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => {
        socket.write('stream: Win.Test');
        setTimeout(() => socket.end('.EICAR_HDB-1 FOUND'), 20);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    try {
      const scanner = new ClamdScanner({ host: '127.0.0.1', port, timeoutMs: 2_000 });
      await expect(scanner.scan(Readable.from([Buffer.from('x')]))).resolves.toEqual({
        status: 'infected',
        signature: 'Win.Test.EICAR_HDB-1',
      });
    } finally {
      server.close();
    }
  });

  it('times out when clamd never answers', async () => {
    await withClamd(
      { answer: () => null },
      async (scanner) => {
        const scan = scanner.scan(Readable.from([Buffer.from('x')]));
        await expect(scan).rejects.toBeInstanceOf(ScannerUnavailableError);
        await expect(scan).rejects.toThrow(/did not answer within 200 ms/);
      },
      200,
    );
  });

  it('times out and destroys the source when the file stops coming', async () => {
    await withClamd(
      { answer: ok },
      async (scanner) => {
        const stalled = new PassThrough();
        stalled.write('the first bytes, then nothing');
        await expect(scanner.scan(stalled)).rejects.toThrow(/did not answer within 200 ms/);
        expect(stalled.destroyed).toBe(true);
      },
      200,
    );
  });

  it('fails with ScannerUnavailableError when nothing listens, and destroys the source', async () => {
    const scanner = new ClamdScanner({
      host: '127.0.0.1',
      port: await unusedPort(),
      timeoutMs: 1_000,
    });
    const source = Readable.from([Buffer.from('x')]);
    const scan = scanner.scan(source);
    await expect(scan).rejects.toBeInstanceOf(ScannerUnavailableError);
    await expect(scan).rejects.toThrow(/is unreachable \(connect ECONNREFUSED/);
    expect(source.destroyed).toBe(true);
  });

  it("lets the source's own error through and hangs up on clamd", async () => {
    await withClamd({ answer: ok }, async (scanner, fake) => {
      const source = new PassThrough();
      const scan = scanner.scan(source);
      source.write('partial');
      setTimeout(() => source.destroy(new Error('upload aborted')), 20);
      await expect(scan).rejects.toThrow('upload aborted');
      await expect(scan).rejects.not.toBeInstanceOf(ScannerUnavailableError);
      expect(fake.received[0].complete).toBe(false);
    });
  });

  it('refuses an object-mode stream', async () => {
    await withClamd({ answer: ok }, async (scanner) => {
      await expect(scanner.scan(Readable.from([{ not: 'bytes' }]))).rejects.toThrow(TypeError);
    });
  });

  describe('ping', () => {
    it('resolves on PONG', async () => {
      await withClamd({}, async (scanner, fake) => {
        await expect(scanner.ping()).resolves.toBeUndefined();
        expect(fake.received[0].command).toBe('zPING');
      });
    });

    it('rejects any other answer', async () => {
      await withClamd({ pong: 'UNKNOWN COMMAND' }, async (scanner) => {
        await expect(scanner.ping()).rejects.toThrow(/answered PING with "UNKNOWN COMMAND"/);
      });
    });

    it('rejects with ScannerUnavailableError when clamd is down', async () => {
      const scanner = new ClamdScanner({
        host: '127.0.0.1',
        port: await unusedPort(),
        timeoutMs: 500,
      });
      await expect(scanner.ping()).rejects.toBeInstanceOf(ScannerUnavailableError);
    });
  });
});

describe('parseScanAnswer', () => {
  it.each([
    ['stream: OK', { status: 'clean' }],
    [
      'stream: Eicar-Test-Signature.UNOFFICIAL FOUND',
      { status: 'infected', signature: 'Eicar-Test-Signature.UNOFFICIAL' },
    ],
    [
      'stream: Win.Test.EICAR_HDB-1 FOUND',
      { status: 'infected', signature: 'Win.Test.EICAR_HDB-1' },
    ],
  ])('reads %j', (answer, expected) => {
    expect(parseScanAnswer(answer)).toEqual(expected);
  });

  it.each([
    [
      'INSTREAM size limit exceeded. ERROR',
      /could not scan the file: INSTREAM size limit exceeded\.$/,
    ],
    ['stream: lstat() failed ERROR', /could not scan the file: lstat\(\) failed$/],
    ['UNKNOWN COMMAND', /unexpected answer: "UNKNOWN COMMAND"/],
    ['', /unexpected answer/],
  ])('turns %j into ScannerUnavailableError', (answer, message) => {
    expect(() => parseScanAnswer(answer)).toThrow(ScannerUnavailableError);
    expect(() => parseScanAnswer(answer)).toThrow(message);
  });
});
