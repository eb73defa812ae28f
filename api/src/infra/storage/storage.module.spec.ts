import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '../../config';
import { DiskFileStorage } from './disk-file-storage';
import { FileStorage } from './file-storage';
import { S3FileStorage } from './s3-file-storage';
import { StorageModule } from './storage.module';

describe('StorageModule', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mdf-storage-module-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function storageFor(env: Record<string, string>): Promise<FileStorage> {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(loadConfig({ DATA_DIR: dataDir, ...env })), StorageModule],
    }).compile();
    const storage = moduleRef.get(FileStorage);
    await moduleRef.close();
    return storage;
  }

  it('stores on local disk under DATA_DIR/uploads by default', async () => {
    const storage = await storageFor({});
    expect(storage).toBeInstanceOf(DiskFileStorage);
    expect((storage as DiskFileStorage).root).toBe(join(dataDir, 'uploads'));
  });

  it('stores in the S3 bucket when S3_BUCKET is set, and closes its client at shutdown', async () => {
    const close = jest.spyOn(S3FileStorage.prototype, 'close');
    const storage = await storageFor({
      S3_BUCKET: 'mdf-evidence',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(storage).toBeInstanceOf(S3FileStorage);
    expect((storage as S3FileStorage).bucket).toBe('mdf-evidence');
    expect((storage as S3FileStorage).client.config.forcePathStyle).toBe(true);
    expect(close).toHaveBeenCalled();
  });
});
