import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openLogFile, withLogFile, type LogFile } from './log-file';

/** yyyy-MM-dd of a local date, as the file names carry it. */
function day(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function flushed(file: LogFile): Promise<void> {
  return new Promise((done, fail) => file.stream.flush((err) => (err ? fail(err) : done())));
}

/** Resolves once the file holds `text` (the stream writes asynchronously). */
async function written(path: string, text: string): Promise<void> {
  const deadline = performance.now() + 5_000;
  while (performance.now() < deadline) {
    if (existsSync(path) && readFileSync(path, 'utf8').includes(text)) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`${path} never received "${text}"`);
}

function cleanedUp(file: LogFile): Promise<void> {
  return new Promise((done) => file.stream.once('cleanup-complete', () => done()));
}

describe('log file', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mdf-logs-'));
  });

  afterEach(() => {
    jest.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes JSON lines to a file named after the day', async () => {
    const file = await openLogFile({ path: join(dir, 'api.log'), retentionDays: 90 });
    const logger = pino({ level: 'info' }, file.stream);

    logger.info({ ticket: 'SAV-2026-000001' }, 'Ticket opened');
    await flushed(file);
    await file.close();

    const name = `api.${day(new Date())}.1.log`;
    expect(readdirSync(dir)).toEqual([name]);
    const line = JSON.parse(readFileSync(join(dir, name), 'utf8').trim()) as Record<
      string,
      unknown
    >;
    expect(line).toMatchObject({ msg: 'Ticket opened', ticket: 'SAV-2026-000001' });
  });

  it('starts a new file at midnight and keeps the last days only', async () => {
    const evening = new Date(2026, 10, 26, 23, 59, 58);
    // Only the clock and the roll's timer are simulated; file writes run for real.
    jest.useFakeTimers({
      now: evening,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
      ],
    });
    // Ninety-five earlier days of logs, from an earlier deployment of the same host.
    for (let d = 1; d <= 95; d++) {
      const earlier = new Date(2026, 10, 26 - d, 12);
      writeFileSync(join(dir, `api.${day(earlier)}.1.log`), '{"msg":"old"}\n');
    }
    writeFileSync(join(dir, 'other-service.log'), 'not ours\n');
    const file = await openLogFile({ path: join(dir, 'api.log'), retentionDays: 90 });
    const logger = pino({ level: 'info' }, file.stream);
    const today = `api.${day(evening)}.1.log`;
    logger.info('before midnight');
    await written(join(dir, today), 'before midnight');

    const cleanup = cleanedUp(file);
    jest.advanceTimersByTime(3_000);
    await cleanup;
    logger.info('after midnight');
    await flushed(file);
    await file.close();

    const tomorrow = `api.${day(new Date(2026, 10, 27))}.1.log`;
    expect(readFileSync(join(dir, today), 'utf8')).toContain('before midnight');
    expect(readFileSync(join(dir, tomorrow), 'utf8')).toContain('after midnight');
    expect(readFileSync(join(dir, tomorrow), 'utf8')).not.toContain('before midnight');
    const ours = readdirSync(dir).filter((f) => f.startsWith('api.'));
    // Ninety days: the new day's file and the eighty-nine before it.
    expect(ours).toHaveLength(90);
    expect(ours).toContain(`api.${day(new Date(2026, 10, 26 - 88, 12))}.1.log`);
    expect(ours).not.toContain(`api.${day(new Date(2026, 10, 26 - 89, 12))}.1.log`);
    expect(readdirSync(dir)).toContain('other-service.log');
  });

  it('goes on with the day’s file after a restart', async () => {
    const first = await openLogFile({ path: join(dir, 'api.log'), retentionDays: 90 });
    pino(first.stream).info('first run');
    await flushed(first);
    await first.close();

    const second = await openLogFile({ path: join(dir, 'api.log'), retentionDays: 90 });
    pino(second.stream).info('second run');
    await flushed(second);
    await second.close();

    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const text = readFileSync(join(dir, files[0]), 'utf8');
    expect(text).toContain('first run');
    expect(text).toContain('second run');
  });

  it('refuses a folder for a file', async () => {
    await expect(openLogFile({ path: `${dir}/`, retentionDays: 90 })).rejects.toThrow(
      /LOG_FILE must name a file/,
    );
  });

  it('sends every line the logger writes to the file as well as to standard output', async () => {
    const file = await openLogFile({ path: join(dir, 'api.log'), retentionDays: 90 });
    const logger = pino({ level: 'debug' }, withLogFile(file));

    logger.debug('a debug line');
    logger.trace('a trace line');
    await flushed(file);
    await file.close();

    const text = readFileSync(join(dir, readdirSync(dir)[0]), 'utf8');
    expect(text).toContain('a debug line');
    expect(text).not.toContain('a trace line');
  });
});
