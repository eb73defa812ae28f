export { FileStorage, StorageFullError, StorageUnavailableError } from './file-storage';
export type { StoredObject } from './file-storage';
export { assertStorageKey, InvalidStorageKeyError, MAX_STORAGE_KEY_LENGTH } from './storage-key';
export { DiskFileStorage } from './disk-file-storage';
export type { S3StorageOptions } from './s3-file-storage';
export { StorageModule } from './storage.module';
