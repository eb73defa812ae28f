import { StorageFullError, storageError, StorageUnavailableError } from './file-storage';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('storageError', () => {
  it.each(['ENOSPC', 'EDQUOT'])('reports %s as a full storage', (code) => {
    const err = storageError(errno(code));
    expect(err).toBeInstanceOf(StorageFullError);
    // Callers that only know "unavailable" still catch it.
    expect(err).toBeInstanceOf(StorageUnavailableError);
    expect(err.message).toBe('The file storage is full');
  });

  it.each(['EACCES', 'EIO', 'ECONNREFUSED'])('reports %s as an unavailable storage', (code) => {
    const err = storageError(errno(code));
    expect(err).toBeInstanceOf(StorageUnavailableError);
    expect(err).not.toBeInstanceOf(StorageFullError);
  });

  it('keeps an error that is already a storage error', () => {
    const full = new StorageFullError(errno('ENOSPC'));
    expect(storageError(full)).toBe(full);
  });
});
