import type { Readable } from 'node:stream';

export interface StoredObject {
  /** The bytes, streamed. */
  body: Readable;
  size: number;
  contentType: string;
}

/** Raised when the storage backend cannot be reached or refuses an operation. */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The file storage is unavailable', { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** The storage answers but has no space left (disk full, quota reached): retrying now won't help. */
export class StorageFullError extends StorageUnavailableError {
  constructor(cause: unknown) {
    super(cause);
    this.message = 'The file storage is full';
    this.name = 'StorageFullError';
  }
}

/** Wraps a failed storage operation's error: StorageFullError when the disk or quota is full. */
export function storageError(err: unknown): StorageUnavailableError {
  if (err instanceof StorageUnavailableError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT'
    ? new StorageFullError(err)
    : new StorageUnavailableError(err);
}

/**
 * Where uploaded files live: local disk by default, S3-compatible object
 * storage when configured. Keys are chosen by the caller (random, never a
 * user's file name); adapters must refuse keys that could escape their root.
 * A key is `[a-z0-9-]` segments joined by `/`, 200 characters at most
 * (assertStorageKey); any other key is refused with InvalidStorageKeyError.
 */
export abstract class FileStorage {
  abstract readonly kind: 'disk' | 's3';
  /** Stores a file read from `source` (a local path) under `key`. */
  abstract putFile(key: string, source: string, contentType: string): Promise<void>;
  /** Stores bytes already in memory (small, e.g. a re-encoded photo). */
  abstract putBuffer(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The file, or null when there is none under that key. Consume or destroy the body. */
  abstract get(key: string): Promise<StoredObject | null>;
  /** Deleting a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
  /** Round trip to the backend, for readiness. */
  abstract ping(): Promise<void>;
  /** Releases connections at shutdown; nothing to do for most adapters. */
  async close(): Promise<void> {}
}
