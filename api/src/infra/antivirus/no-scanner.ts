import type { Readable } from 'node:stream';
import { type ScanResult, VirusScanner } from './virus-scanner';

/** The embedded default when no clamd is configured: every file is kept as unscanned. */
export class NoScanner extends VirusScanner {
  readonly kind = 'none' as const;

  async scan(content: Readable): Promise<ScanResult> {
    // Read it to the end as clamd would, so a caller teeing the upload elsewhere never stalls;
    // its bytes are not needed, so a read error is the caller's concern, not a crash here.
    content.on('error', () => undefined).resume();
    return { status: 'unscanned' };
  }

  async ping(): Promise<void> {}
}
