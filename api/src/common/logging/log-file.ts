import { dirname, isAbsolute, resolve } from 'node:path';
import pino, { type DestinationStream } from 'pino';
import pinoRoll from 'pino-roll';
import type SonicBoom from 'sonic-boom';

export interface LogFileOptions {
  /** Where the log goes: `/var/log/mdf/api.log` writes `/var/log/mdf/api.2026-11-26.1.log`. */
  path: string;
  /** Daily files kept, the current one included; older ones are deleted at each rotation. */
  retentionDays: number;
}

/** A log file rotated at midnight (the server's time zone: UTC in the images). */
export interface LogFile {
  stream: SonicBoom;
  /** Writes what is buffered and closes the file. */
  close(): Promise<void>;
}

/**
 * Opens the rotating log file. Every file of this log in its folder counts towards the
 * retention, so restarts and earlier deployments do not leave files behind.
 */
export async function openLogFile(options: LogFileOptions, cwd = process.cwd()): Promise<LogFile> {
  const path = isAbsolute(options.path) ? options.path : resolve(cwd, options.path);
  if (path.endsWith('/') || dirname(path) === path) {
    throw new Error('LOG_FILE must name a file, e.g. /var/log/mdf/api.log');
  }
  const stream = await pinoRoll({
    file: path,
    frequency: 'daily',
    dateFormat: 'yyyy-MM-dd',
    mkdir: true,
    // pino-roll keeps `count` rotated files besides the current one.
    limit: { count: Math.max(1, options.retentionDays - 1), removeOtherLogFiles: true },
  });
  return {
    stream,
    close: () =>
      new Promise<void>((done) => {
        if ((stream as { destroyed?: boolean }).destroyed) return done();
        stream.once('close', () => done());
        stream.once('error', () => done());
        stream.end();
      }),
  };
}

/** Standard output and the log file; the logger's own level decides what is written. */
export function withLogFile(file: LogFile): DestinationStream {
  return pino.multistream([
    { level: 'trace', stream: pino.destination({ dest: 1, sync: true }) },
    { level: 'trace', stream: file.stream },
  ]);
}
