import type { Readable } from 'node:stream';

export type ScanResult =
  | { status: 'clean' }
  | { status: 'infected'; signature: string }
  /** No scanner configured: the file is kept but marked as never scanned. */
  | { status: 'unscanned' };

/** Raised when the scanner cannot give an answer (down, timeout, protocol error). */
export class ScannerUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'ScannerUnavailableError';
  }
}

/** Looks for malware in a file: ClamAV's clamd when configured, else nothing. */
export abstract class VirusScanner {
  abstract readonly kind: 'clamav' | 'none';
  abstract scan(content: Readable): Promise<ScanResult>;
  /** Round trip to the scanner (clamd PING), for readiness. */
  abstract ping(): Promise<void>;
}
