/** Raised when a caller passes a key that is not a safe relative path; nothing was touched. */
export class InvalidStorageKeyError extends Error {
  constructor(key: unknown) {
    super(`Invalid storage key ${JSON.stringify(String(key)).slice(0, 80)}`);
    this.name = 'InvalidStorageKeyError';
  }
}

export const MAX_STORAGE_KEY_LENGTH = 200;

// No dots, backslashes or empty segments: a key cannot climb out of its root,
// and the disk adapter's own names (which all contain a dot) never collide with one.
const KEY = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;

/** Throws InvalidStorageKeyError unless `key` is slash-separated `[a-z0-9-]` segments, 200 chars at most. */
export function assertStorageKey(key: string): void {
  if (typeof key !== 'string' || key.length > MAX_STORAGE_KEY_LENGTH || !KEY.test(key)) {
    throw new InvalidStorageKeyError(key);
  }
}
