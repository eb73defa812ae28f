import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidStorageKeyError, StorageUnavailableError } from '../src/infra/storage';
import { S3FileStorage, type S3StorageOptions } from '../src/infra/storage/s3-file-storage';
import { describeFileStorageContract } from './support/file-storage-contract';
import { startS3rver } from './support/s3rver';

const BUCKET = 'mdf-test';

function options(endpoint: string, overrides: Partial<S3StorageOptions> = {}): S3StorageOptions {
  return {
    endpoint,
    region: 'us-east-1',
    bucket: BUCKET,
    // s3rver's fixed account.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    ...overrides,
  };
}

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('S3FileStorage against s3rver', () => {
  let s3: { endpoint: string; stop: () => Promise<void> };

  beforeAll(async () => {
    s3 = await startS3rver(BUCKET);
  });
  afterAll(async () => {
    await s3?.stop();
  });

  // s3rver writes an object's bytes in place, then its metadata: concurrent writes to one key
  // can mix. S3 itself replaces objects atomically, so that test is skipped here only.
  describeFileStorageContract('s3', () => S3FileStorage.connect(options(s3.endpoint)), {
    atomicReplace: false,
  });

  it('reports refused credentials as StorageUnavailableError', async () => {
    // s3rver checks the access key id only: it does not verify V4 signatures.
    const storage = S3FileStorage.connect(
      options(s3.endpoint, { accessKeyId: 'UNKNOWN', secretAccessKey: 'wrong' }),
    );
    try {
      await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.get('any')).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await storage.close();
    }
  });

  it('reports a missing bucket as StorageUnavailableError, not as a missing file', async () => {
    const storage = S3FileStorage.connect(options(s3.endpoint, { bucket: 'no-such-bucket' }));
    try {
      await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.get('any')).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await storage.close();
    }
  });
});

describe('S3FileStorage while the server is down', () => {
  let scratch: string;
  let source: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'mdf-s3-down-'));
    source = join(scratch, 'evidence.txt');
    await writeFile(source, 'evidence');
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('fails with StorageUnavailableError once the server it was using stops', async () => {
    const server = await startS3rver(BUCKET);
    const storage = S3FileStorage.connect(options(server.endpoint));
    try {
      await storage.putBuffer('before', Buffer.from('ok'), 'text/plain');
      await server.stop();
      await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.putFile('after', source, 'text/plain')).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );
      await expect(
        storage.putBuffer('after', Buffer.from('x'), 'text/plain'),
      ).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.get('before')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.delete('before')).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await storage.close();
    }
  });

  it('fails with StorageUnavailableError when nothing listens, and refuses hostile keys without a request', async () => {
    const storage = S3FileStorage.connect(options(`http://127.0.0.1:${await closedPort()}`));
    try {
      await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.putFile('k', source, 'text/plain')).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );
      // Refused before any request: otherwise this would be StorageUnavailableError too.
      await expect(storage.putFile('../k', source, 'text/plain')).rejects.toBeInstanceOf(
        InvalidStorageKeyError,
      );
      await expect(storage.get('a//b')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    } finally {
      await storage.close();
    }
  });

  it('reports a missing source file as it is, not as an unavailable store', async () => {
    const storage = S3FileStorage.connect(options(`http://127.0.0.1:${await closedPort()}`));
    try {
      await expect(
        storage.putFile('k', join(scratch, 'no-such-file'), 'text/plain'),
      ).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await storage.close();
    }
  });
});
